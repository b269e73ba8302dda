package se.kommunsvar.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose request headers do not arrive in time. A client that sends its headers a byte every few
 * seconds (slowloris) never trips the idle timeout, which only counts silence; this counts progress: the
 * connection is looked at every {@link #CHECK_INTERVAL}, and one found part-way through the headers of the same
 * request at two looks in a row is closed — so headers get at least one interval and at most two from their first
 * byte. The body is then bounded by {@link BodyDeadlineHandler}; a response being written is never cut. Uses the
 * parser and generator state of Jetty's {@code HttpConnection} (public methods of a class in Jetty's
 * {@code internal} package; {@code SlowClientsTest} fails if an upgrade changes them).
 */
final class HeaderDeadline implements Connection.Listener {

    /**
     * Headers are a few hundred bytes: even a very poor link sends them in well under a second, so 5–10 s is ample;
     * a slow-header client then holds a connection at most 10 s.
     */
    static final Duration CHECK_INTERVAL = Duration.ofSeconds(5);

    private final Scheduler scheduler;
    private final Map<Connection, Scheduler.Task> checks = new ConcurrentHashMap<>();

    HeaderDeadline(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void onOpened(Connection connection) {
        schedule(connection, 0, false);
    }

    @Override
    public void onClosed(Connection connection) {
        Scheduler.Task task = checks.remove(connection);
        if (task != null) {
            task.cancel();
        }
    }

    /**
     * Closes the connection when it was part-way through the headers of the same request at the last check and
     * still is: that request's headers have taken at least {@link #CHECK_INTERVAL}. A request whose headers just began
     * (a kept-alive connection reused a moment before the check) is not touched.
     */
    private void check(Connection connection, long requestsSeen, boolean wasInHeaders) {
        if (!connection.getEndPoint().isOpen()) {
            checks.remove(connection);
            return;
        }
        long in = connection.getMessagesIn();
        boolean inHeaders = inHeaders(connection);
        if (in == requestsSeen && wasInHeaders && inHeaders) {
            checks.remove(connection);
            connection.getEndPoint().close();
            return;
        }
        schedule(connection, in, inHeaders);
    }

    /**
     * Part-way through a request's headers (some bytes read, not all) and not writing a response. Only HTTP/1.1
     * connections are judged.
     */
    private static boolean inHeaders(Connection connection) {
        return connection instanceof HttpConnection http && http.getParser().inHeaderState()
                && !http.getParser().isStart() && http.getGenerator().isIdle();
    }

    private void schedule(Connection connection, long requestsSeen, boolean inHeaders) {
        checks.put(connection, scheduler.schedule(() -> check(connection, requestsSeen, inHeaders), CHECK_INTERVAL));
    }
}
