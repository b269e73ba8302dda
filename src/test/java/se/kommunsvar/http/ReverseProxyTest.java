package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.config.RateLimit;
import se.kommunsvar.config.TrustedProxies;

/**
 * The server behind Debian's nginx on loopback, as residents reach it through the municipality's proxy: every
 * request comes from the proxy's address, and the per-client rate limit must still tell the residents apart.
 */
class ReverseProxyTest {

    private static final int BURST = 5;

    @Test
    void the_rate_limit_through_nginx_limits_a_client_by_its_forwarded_address_not_the_proxys(@TempDir Path dir)
            throws Exception {
        Nginx.requireInstalled();
        try (TestServer server = TestServer.start(dir.resolve("index"), s -> s.withRateLimit(new RateLimit(BURST, 1))
                .withTrustedProxies(TrustedProxies.parse("127.0.0.1")));
             Nginx nginx = Nginx.start(server.port())) {
            List<Response> burst = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                // a forged forwarding header must not buy a fresh bucket: nginx appends the address it saw
                burst.add(get(nginx.port(), "127.0.0.2", Map.of("X-Forwarded-For", "192.0.2." + i)));
            }
            List<Response> others = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(get(nginx.port(), "127.0.0.3", Map.of()));
            }
            long ok = burst.stream().filter(r -> r.status() == 200).count();
            assertTrue(ok >= BURST && ok <= BURST + 1, "the burst of 5 (plus at most one refilled token) passes, not "
                    + ok + ": " + burst);
            Response limited = burst.get(burst.size() - 1);
            assertEquals(429, limited.status(), limited.toString());
            assertTrue(limited.head().toLowerCase().contains("retry-after:"), limited.head());
            assertTrue(others.stream().allMatch(r -> r.status() == 200),
                    "another resident behind the same proxy keeps its own bucket: " + others);
        }
    }

    @Test
    void without_trusted_proxies_everyone_behind_nginx_shares_the_proxys_bucket(@TempDir Path dir) throws Exception {
        Nginx.requireInstalled();
        try (TestServer server = TestServer.start(dir.resolve("index"), s -> s.withRateLimit(new RateLimit(BURST, 1)));
             Nginx nginx = Nginx.start(server.port())) {
            for (int i = 0; i < 12; i++) {
                get(nginx.port(), "127.0.0.2", Map.of());
            }
            Response other = get(nginx.port(), "127.0.0.3", Map.of());
            assertEquals(429, other.status(), "the default trusts no header, so the proxy is one client: " + other);
        }
    }

    @Test
    void a_large_file_passes_through_the_proxy_whole(@TempDir Path dir) throws Exception {
        Nginx.requireInstalled();
        try (TestServer server = TestServer.start(dir.resolve("index"), java.util.function.UnaryOperator.identity());
             Nginx nginx = Nginx.start(server.port())) {
            String direct = server.get("/api/docs/swagger-ui-bundle.js").body();
            Response proxied = get(nginx.port(), "127.0.0.2", "/api/docs/swagger-ui-bundle.js", Map.of());
            assertEquals(200, proxied.status(), proxied.head());
            assertTrue(direct.length() > 1_000_000, "a file larger than nginx's memory buffers");
            assertEquals(direct.length(), proxied.body().length(), "the whole file, not cut where nginx's buffers end");
        }
    }

    /** A status line, headers and body read from a raw HTTP/1.0 exchange (no chunked framing to undo). */
    private record Response(int status, String head, String body) {
    }

    /** A GET over a socket bound to the given loopback source address, so nginx sees a distinct client. */
    private static Response get(int port, String from, Map<String, String> headers) throws IOException {
        return get(port, from, "/api/search?q=skatt", headers);
    }

    private static Response get(int port, String from, String path, Map<String, String> headers) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
            s.setSoTimeout(20_000);
            StringBuilder req = new StringBuilder("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: close\r\n");
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
