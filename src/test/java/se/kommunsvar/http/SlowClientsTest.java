package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.answer.Answerer;
import se.kommunsvar.answer.Conversations;
import se.kommunsvar.config.Settings;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * Hostile clients on loopback (issue 13 §5): clients that send a chat body one byte a second must not take the
 * server's threads, clients that trickle their headers are cut off, and one address must not hold more than its
 * share of connections. Bounded: 350 connections for 12 seconds, from loopback source addresses 127.0.0.2–127.0.0.101.
 */
class SlowClientsTest {

    private static final int SLOW_CONNECTIONS = 300;
    private static final int SOURCE_ADDRESSES = 100;
    /** Besides, clients that send their headers a byte a second (slowloris) and never finish them. */
    private static final int SLOW_HEADERS = 50;
    private static final Duration ATTACK = Duration.ofSeconds(12);
    /** The bar: health answered within a second however many slow bodies are open. */
    private static final Duration HEALTH_BOUND = Duration.ofSeconds(1);
    /** Each slow client announces this body and sends one byte of it a second. */
    private static final int DECLARED_BODY = 2000;

    @Test
    void health_answers_within_a_second_while_300_slow_bodies_trickle_in(@TempDir Path dir) throws Exception {
        try (EmptyServer server = EmptyServer.start(dir, s -> s)) {
            List<SlowClient> clients = new ArrayList<>();
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                clients.add(SlowClient.open(server.port(), source(i % SOURCE_ADDRESSES)));
            }
            List<SlowClient> slowHeaders = new ArrayList<>();
            for (int i = 0; i < SLOW_HEADERS; i++) {
                slowHeaders.add(SlowClient.openHeadersOnly(server.port(), source(i % SOURCE_ADDRESSES)));
            }
            HttpClient health = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long worstNanos = 0;
            int probes = 0;
            int timedOut = 0;
            int reopened = 0;
            long end = System.nanoTime() + ATTACK.toNanos();
            long nextTrickle = 0;
            while (System.nanoTime() < end) {
                if (System.nanoTime() >= nextTrickle) {
                    for (int i = 0; i < clients.size(); i++) {
                        SlowClient c = clients.get(i);
                        Optional<String> answer = c.trickle();
                        if (answer.isPresent() || c.closed()) {
                            timedOut += answer.filter(a -> a.startsWith("HTTP/1.1 408")).isPresent() ? 1 : 0;
                            c.close();
                            // the attacker keeps the pressure up: a refused connection is replaced at once
                            clients.set(i, SlowClient.open(server.port(), source(i % SOURCE_ADDRESSES)));
                            reopened++;
                        }
                    }
                    slowHeaders.forEach(SlowClient::trickle);
                    nextTrickle = System.nanoTime() + 1_000_000_000L;
                }
                long started = System.nanoTime();
                HttpResponse<String> r = health.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/health"))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - started;
                assertEquals(200, r.statusCode(), r.body());
                worstNanos = Math.max(worstNanos, took);
                probes++;
                Thread.sleep(100);
            }
            long open = clients.stream().filter(c -> !c.closed()).count();
            slowHeaders.forEach(SlowClient::trickle);
            long headersCut = slowHeaders.stream().filter(SlowClient::closed).count();
            clients.forEach(SlowClient::close);
            slowHeaders.forEach(SlowClient::close);
            System.out.printf("slow clients: %d probes of /api/health, worst %d ms; %d bodies refused with 408, "
                    + "%d connections reopened, %d open at the end; %d of %d header tricklers cut off%n", probes,
                    worstNanos / 1_000_000, timedOut, reopened, open, headersCut, SLOW_HEADERS);
            assertTrue(worstNanos < HEALTH_BOUND.toNanos(), "health took " + worstNanos / 1_000_000 + " ms under attack");
            assertTrue(probes >= 20, "only " + probes + " health probes in " + ATTACK);
            assertEquals(SLOW_HEADERS, headersCut, "connections still trickling headers after " + ATTACK);
            assertTrue(timedOut >= SLOW_CONNECTIONS / 2, "the body deadline answered only " + timedOut + " slow bodies with 408");
        }
    }

    @Test
    void one_address_holds_at_most_its_cap_of_connections_and_gets_more_when_they_close(@TempDir Path dir)
            throws Exception {
        int cap = 8;
        try (EmptyServer server = EmptyServer.start(dir, s -> s.withMaxConnectionsPerClient(cap))) {
            InetAddress attacker = InetAddress.getByName("127.0.0.77");
            List<SlowClient> clients = new ArrayList<>();
            for (int i = 0; i < 3 * cap; i++) {
                clients.add(SlowClient.open(server.port(), attacker));
            }
            Thread.sleep(500);
            clients.forEach(SlowClient::trickle);
            long open = clients.stream().filter(c -> !c.closed()).count();
            assertEquals(cap, open, "connections left open from one address");
            HttpClient other = HttpClient.newBuilder().build();
            assertEquals(200, other.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "another address is served");

            clients.forEach(SlowClient::close);
            Thread.sleep(500);
            try (Socket again = new Socket()) {
                again.bind(new InetSocketAddress(attacker, 0));
                again.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
                again.getOutputStream().write(("GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                again.setSoTimeout(5000);
                String reply = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(reply.startsWith("HTTP/1.1 200"), "the address is served again once its connections closed: " + reply);
            }
        }
    }

    private static InetAddress source(int i) throws IOException {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (2 + i)});
    }

    /** A client that sends a chat request's headers at once and its body one byte a second. */
    private static final class SlowClient {
        private final Socket socket;
        private boolean closed;

        private SlowClient(Socket socket) {
            this.socket = socket;
        }

        static SlowClient open(int port, InetAddress from) throws IOException {
            Socket s = new Socket();
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            s.setSoTimeout(1000);
            String head = "POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + DECLARED_BODY + "\r\n\r\n{";
            SlowClient c = new SlowClient(s);
            try {
                s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                c.closed = true;
            }
            return c;
        }

        /** A client that starts a request and then only trickles header bytes, never ending the headers. */
        static SlowClient openHeadersOnly(int port, InetAddress from) throws IOException {
            Socket s = new Socket();
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            SlowClient c = new SlowClient(s);
            try {
                s.getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                c.closed = true;
            }
            return c;
        }

        /** Sends one more byte; what the server answered, if it did. */
        Optional<String> trickle() {
            if (closed) {
                return Optional.empty();
            }
            try {
                InputStream in = socket.getInputStream();
                if (in.available() > 0) {
                    byte[] buf = new byte[in.available()];
                    int n = in.read(buf);
                    return Optional.of(new String(buf, 0, Math.max(n, 0), StandardCharsets.UTF_8));
                }
                socket.getOutputStream().write(' ');
                socket.getOutputStream().flush();
                // a closed peer shows as end of stream; poll without waiting
                socket.setSoTimeout(1);
                try {
                    int first = in.read();
                    if (first < 0) {
                        closed = true;
                    } else {
                        byte[] rest = new byte[Math.max(in.available(), 0)];
                        int n = in.read(rest);
                        return Optional.of((char) first + new String(rest, 0, Math.max(n, 0), StandardCharsets.UTF_8));
                    }
                } catch (java.net.SocketTimeoutException e) {
                    // still open
                }
            } catch (IOException e) {
                closed = true;
            }
            return Optional.empty();
        }

        boolean closed() {
            return closed;
        }

        void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException e) {
                // nothing to release
            }
        }
    }
}
