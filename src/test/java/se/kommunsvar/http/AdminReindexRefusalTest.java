package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.config.Settings;

/**
 * A page that redirects the editors' re-index to {@code file:} is refused with the reason that is true on this
 * server: not an http(s) address — not "private hosts are not allowed" on a server that allows them (issue 13 §9).
 */
class AdminReindexRefusalTest {

    @Test
    void a_redirect_to_a_file_address_is_refused_as_not_http_on_a_server_that_allows_private_hosts(@TempDir Path dir)
            throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", ex -> {
            try (ex) {
                ex.getResponseHeaders().set("Location", "file:///etc/passwd");
                ex.sendResponseHeaders(302, -1);
            }
        });
        site.start();
        try (EmptyServer server = EmptyServer.start(dir, s -> new Settings(s.indexDir(), s.corpusDir(), s.webDir(), 0,
                s.adminToken(), true, List.of()))) {
            String page = "http://127.0.0.1:" + site.getAddress().getPort() + "/sida";
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.base() + "/api/admin/reindex"))
                            .header("Authorization", "Bearer " + TestServer.TOKEN)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + page + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("not an http(s) address"), r.body());
            assertFalse(r.body().contains("allow-private-hosts"), r.body());
        } finally {
            site.stop(0);
        }
    }
}
