package se.kommunsvar.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads every request body in full, asynchronously and under a deadline, before the app sees the request.
 *
 * <p>The app (Javalin on the servlet API) reads bodies with blocking I/O: a client that sends its body one byte a
 * second held a server thread for as long as it liked, and a few hundred such clients took all 250 threads
 * (issue 13 §5). Here the body is collected by Jetty's non-blocking {@code read}/{@code demand} without holding a
 * thread, and the request is handed on only when the last byte has arrived, so the app's read never waits. A body
 * must arrive at {@link #MIN_BYTES_PER_SECOND} after a {@link #GRACE}; one that does not is answered 408 and the
 * connection closed. A body larger than the limit is read to its end (up to {@link #DRAIN_MAX_BYTES}) and answered 413;
 * a larger one is answered 413 before it is read.
 */
final class BodyDeadlineHandler extends Handler.Wrapper {

    /**
     * Time every body gets before the rate counts: a phone on a poor mobile link takes well under a second for a
     * chat message (a few hundred bytes); five seconds leaves room for a stalled radio.
     */
    static final Duration GRACE = Duration.ofSeconds(5);
    /**
     * The slowest body accepted, 4 kB/s — about 32 kbit/s, below 2G EDGE; the largest body (64 kB) then has 21 s.
     * A slow-body attacker must send at least this fast, which makes each connection cost him real bandwidth.
     */
    static final long MIN_BYTES_PER_SECOND = 4096;

    /**
     * A body over the limit but at most this large is read and thrown away before the 413 is sent. Answering and
     * closing while the client is still sending makes its TCP stack see a reset before it reads the answer, so an
     * ordinary client (a browser, Java's HttpClient) reports "no response" instead of the 413 (seen under load for a
     * 100 kB chat body). 1 MiB is 16 times the limit: enough for any honest mistake, at the body deadline's pace.
     */
    static final long DRAIN_MAX_BYTES = 1 << 20;

    private final long maxBytes;

    BodyDeadlineHandler(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** How long a body of {@code bytes} may take to arrive. */
    static Duration deadline(long bytes) {
        return GRACE.plusMillis(bytes * 1000 / MIN_BYTES_PER_SECOND);
    }

    static String tooLarge(long maxBytes) {
        return "the request body is larger than " + maxBytes + " bytes";
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Handler next = getHandler();
        if (next == null) {
            return false;
        }
        long length = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (length == 0 || length < 0 && !chunked) {
            return next.handle(request, response, callback);
        }
        if (length > DRAIN_MAX_BYTES) {
            refuse(request, response, callback, 413, tooLarge(maxBytes));
            return true;
        }
        boolean drain = length > maxBytes;
        new BodyLoader(next, request, response, callback, deadline(length < 0 ? maxBytes : length), drain).start();
        return true;
    }

    /** Answers with a JSON error (through the server's {@link JsonErrorHandler}) and closes the connection. */
    private static void refuse(Request request, Response response, Callback callback, int status, String message) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Response.writeError(request, response, callback, status, message);
    }

    /** Collects one request's body; woken by Jetty when bytes arrive (no thread waits) or by the deadline timer. */
    private final class BodyLoader implements Invocable.Task {
        private final Handler next;
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final Duration deadline;
        /** Whether the body is known to be too large and is only read to its end before the 413. */
        private final boolean drain;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private Scheduler.Task timer;
        private boolean finished;

        BodyLoader(Handler next, Request request, Response response, Callback callback, Duration deadline,
                   boolean drain) {
            this.next = next;
            this.drain = drain;
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.deadline = deadline;
        }

        void start() {
            timer = request.getComponents().getScheduler().schedule(this::expire, deadline);
            run();
        }

        @Override
        public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING;
        }

        /** Reads what has arrived; asks to be called again when more comes. Never blocks. */
        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    if (!isFinished()) {
                        request.demand(this);
                    }
                    return;
                }
                try {
                    if (!take(chunk)) {
                        return;
                    }
                } finally {
                    chunk.release();
                }
            }
        }

        /** Takes one chunk; false when reading is over (complete, failed, too large or too late). */
        private boolean take(Content.Chunk chunk) {
            if (Content.Chunk.isFailure(chunk)) {
                Throwable failure = chunk.getFailure();
                if (finish()) {
                    if (failure instanceof TimeoutException) {
                        refuse(request, response, callback, 408, late());
                    } else {
                        callback.failed(failure);
                    }
                }
                return false;
            }
            synchronized (this) {
                if (finished) {
                    return false;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                if (drain) {
                    bytes.position(bytes.limit());
                    if (chunk.isLast()) {
                        finished = true;
                        timer.cancel();
                        refuse(request, response, callback, 413, tooLarge(maxBytes));
                        return false;
                    }
                    return true;
                }
                if (body.size() + (long) bytes.remaining() > maxBytes) {
                    finished = true;
                    timer.cancel();
                    refuse(request, response, callback, 413, tooLarge(maxBytes));
                    return false;
                }
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                body.write(copy, 0, copy.length);
                if (!chunk.isLast()) {
                    return true;
                }
                finished = true;
                timer.cancel();
            }
            // the app may block (it answers on this thread): hand over to the server's pool
            request.getContext().execute(this::handOn);
            return false;
        }

        private synchronized boolean isFinished() {
            return finished;
        }

        /** Marks reading as over; false when it already was. */
        private synchronized boolean finish() {
            if (finished) {
                return false;
            }
            finished = true;
            timer.cancel();
            return true;
        }

        private void expire() {
            if (finish()) {
                refuse(request, response, callback, 408, late());
            }
        }

        private String late() {
            return "the request body did not arrive within " + deadline.toSeconds() + " s (bodies must come at "
                    + MIN_BYTES_PER_SECOND + " bytes/s or faster)";
        }

        private void handOn() {
            Request whole = new WholeBodyRequest(request, ByteBuffer.wrap(body.toByteArray()));
            try {
                if (!next.handle(whole, response, callback)) {
                    Response.writeError(request, response, callback, 404);
                }
            } catch (Throwable t) {
                Response.writeError(request, response, callback, t);
            }
        }
    }

    /** The request with its body already in memory: reads never wait. */
    private static final class WholeBodyRequest extends Request.Wrapper {
        private final ByteBufferContentSource body;

        WholeBodyRequest(Request request, ByteBuffer bytes) {
            super(request);
            this.body = new ByteBufferContentSource(bytes);
        }

        @Override
        public Content.Chunk read() {
            return body.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            body.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            body.fail(failure);
        }
    }
}
