package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.answer.Answerer;
import se.kommunsvar.answer.Conversations;
import se.kommunsvar.config.RateLimit;
import se.kommunsvar.config.Settings;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.municipality.MunicipalityDirectory;

class RateLimiterTest {

    @Test
    void a_client_gets_its_burst_then_waits_for_the_refill() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(new RateLimit(3, 2), now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("10.0.0.1"));
        }
        long wait = limiter.acquire("10.0.0.1");
        assertTrue(wait > 0 && wait <= 500_000_000L, "half a second for one token at 2/s, not " + wait);
        now.addAndGet(500_000_000L);
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(0, limiter.acquire("10.0.0.2"), "another client has its own bucket");
    }

    @Test
    void one_clients_burst_gets_429_while_a_second_client_address_still_gets_answers(@TempDir Path dir) throws Exception {
        Settings settings = new Settings(dir.resolve("index"), dir.resolve("corpus"), dir.resolve("web"), 0,
                Optional.empty(), false, List.of()).withRateLimit(new RateLimit(5, 1));
        MunicipalityDirectory directory = MunicipalityDirectory.standard();
        try (PassageIndex index = PassageIndex.open(settings.indexDir())) {
            Javalin app = HttpApp.create(settings, new Answerer(index, directory, Conversations.standard()), index, directory);
            app.start("127.0.0.1", 0);
            try {
                List<Response> burst = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    // a forged forwarding header must not buy a fresh bucket
                    burst.add(get(app.port(), "127.0.0.1", Map.of("X-Forwarded-For", "192.0.2." + i)));
                }
                List<Response> other = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    other.add(get(app.port(), "127.0.0.2", Map.of()));
                }
                long ok = burst.stream().filter(r -> r.status() == 200).count();
                assertTrue(ok >= 5 && ok <= 6, "the burst of 5 (plus at most one refilled token) passes, not " + ok);
                Response limited = burst.get(burst.size() - 1);
                assertEquals(429, limited.status());
                assertTrue(limited.head().toLowerCase().contains("retry-after: 1"), limited.head());
                assertTrue(limited.body().contains("\"error\""), limited.body());
                assertTrue(other.stream().allMatch(r -> r.status() == 200), "the second client is not starved: " + other);
            } finally {
                app.stop();
            }
        }
    }

    /** A status line, headers and body read from a raw HTTP/1.1 exchange. */
    private record Response(int status, String head, String body) {
    }

    /** A GET over a socket bound to the given loopback source address, so the server sees a distinct client. */
    private static Response get(int port, String from, Map<String, String> headers) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
            s.setSoTimeout(10_000);
            StringBuilder req = new StringBuilder("GET /api/search?q=skatt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
            OutputStream out = s.getOutputStream();
            out.write(req.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            String head = raw.substring(0, split);
            return new Response(Integer.parseInt(head.split(" ")[1]), head, raw.substring(split + 4));
        }
    }
}
