package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeated wrong admin tokens from one address are refused for a while (issue 13 §9); other addresses are not. */
class AdminTokenThrottleTest {

    @Test
    void a_client_is_refused_after_too_many_failures_until_the_window_has_passed() {
        AtomicLong now = new AtomicLong();
        FailedTokens failures = new FailedTokens(now::get);
        for (int i = 0; i < FailedTokens.MAX_FAILURES - 1; i++) {
            failures.failed("10.0.0.1");
            now.addAndGet(1_000_000_000L);
        }
        assertEquals(0, failures.waitNanos("10.0.0.1"), "one failure short of the limit may still try");
        failures.failed("10.0.0.1");
        long wait = failures.waitNanos("10.0.0.1");
        assertTrue(wait > 0 && wait <= FailedTokens.WINDOW.toNanos(), "waits until the oldest failure is old: " + wait);
        assertEquals(0, failures.waitNanos("10.0.0.2"), "another client is not affected");
        now.addAndGet(wait);
        assertEquals(0, failures.waitNanos("10.0.0.1"), "free again when the oldest failure left the window");
    }

    @Test
    void after_ten_wrong_tokens_even_the_right_one_gets_429_and_another_address_is_served(@TempDir Path dir)
            throws Exception {
        try (EmptyServer server = EmptyServer.start(dir, s -> s)) {
            HttpClient client = HttpClient.newHttpClient();
            int unauthorized = 0;
            long started = System.nanoTime();
            for (int i = 0; i < 300; i++) {
                int status = client.send(pages(server, "Bearer wrong-" + i), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                unauthorized += status == 401 ? 1 : 0;
            }
            System.out.printf("300 wrong admin tokens answered in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            assertEquals(FailedTokens.MAX_FAILURES, unauthorized, "wrong tokens judged before the throttle");
            HttpResponse<String> right = client.send(pages(server, "Bearer " + TestServer.TOKEN),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(429, right.statusCode(), right.body());
            assertTrue(right.headers().firstValue("Retry-After").isPresent());
            assertTrue(right.body().startsWith("{\"error\":"), right.body());

            String other = rawFrom(InetAddress.getByName("127.0.0.2"), server.port(),
                    "GET /api/admin/pages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TestServer.TOKEN
                            + "\r\nConnection: close\r\n\r\n");
            assertTrue(other.startsWith("HTTP/1.1 200"), other);
        }
    }

    private static HttpRequest pages(EmptyServer server, String authorization) {
        return HttpRequest.newBuilder(URI.create(server.base() + "/api/admin/pages"))
                .header("Authorization", authorization).build();
    }

    private static String rawFrom(InetAddress from, int port, String request) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            s.setSoTimeout(5000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
