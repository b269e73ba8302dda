package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.TextPageParser;
import se.kommunsvar.parse.Passages;

/** The editors' API on the real server: refused without the right token, and what it lists and removes. */
class AdminApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Optional<String> TOKEN = Optional.of("s3cret-token");

    @TempDir
    Path dir;

    @Test
    void every_admin_route_refuses_a_request_without_the_token_or_with_a_wrong_one() throws Exception {
        try (AdminServer server = new AdminServer(dir, TOKEN)) {
            for (String[] route : List.of(new String[] {"GET", "/api/admin/pages"}, new String[] {"DELETE", "/api/admin/pages?url=x"},
                    new String[] {"POST", "/api/admin/reindex"}, new String[] {"POST", "/api/admin/rebuild"},
                    new String[] {"GET", "/api/admin/crawl"})) {
                String body = route[0].equals("POST") ? "{\"url\":\"http://127.0.0.1:1/\"}" : "";
                assertEquals(401, server.send(route[0], route[1], Optional.empty(), body).statusCode(), route[1]);
                assertEquals(401, server.send(route[0], route[1], Optional.of("s3cret-tokeN"), body).statusCode(), route[1]);
            }
            var ok = server.send("GET", "/api/admin/pages", TOKEN, "");
            assertEquals(200, ok.statusCode(), ok.body() + ok.headers().map());
        }
    }

    @Test
    void with_no_token_configured_the_admin_api_refuses_everything() throws Exception {
        try (AdminServer server = new AdminServer(dir, Optional.empty())) {
            assertEquals(403, server.send("GET", "/api/admin/pages", Optional.empty(), "").statusCode());
            assertEquals(403, server.send("GET", "/api/admin/pages", Optional.of(""), "").statusCode());
            assertEquals(403, server.send("POST", "/api/admin/reindex", Optional.of("anything"), "{\"url\":\"http://127.0.0.1:1/\"}").statusCode());
        }
    }

    @Test
    void pages_are_listed_by_municipality_and_removed_by_address_and_health_counts_them() throws Exception {
        try (AdminServer server = new AdminServer(dir, TOKEN)) {
            TextPageParser parser = new TextPageParser(MunicipalityDirectory.standard());
            for (String text : List.of("source: https://www.hedemora.se/a\n\nVision\n\nHedemora växer och är tryggt.",
                    "source: https://www.smedjebacken.se/b\n\nMål\n\nSmedjebacken har mål för hållbarhet.")) {
                var page = parser.parse(text);
                server.index.replacePage(page, Passages.of(page), Instant.parse("2024-05-01T10:00:00Z"));
            }
            server.index.commit();

            JsonNode list = JSON.readTree(server.send("GET", "/api/admin/pages?municipality=hedemora", TOKEN, "").body());
            assertEquals(1, list.get("pages").size());
            JsonNode page = list.get("pages").get(0);
            assertEquals("https://www.hedemora.se/a", page.get("url").asText());
            assertEquals("2024-05-01T10:00:00Z", page.get("fetched").asText());
            assertEquals(1, page.get("passages").asInt());
            assertTrue(page.has("title") && page.has("updated"));

            JsonNode health = JSON.readTree(server.send("GET", "/api/health", Optional.empty(), "").body());
            assertEquals(2, health.get("pages").asInt());
            assertEquals(2, health.get("municipalities").asInt());

            String url = URLEncoder.encode("https://www.hedemora.se/a", StandardCharsets.UTF_8);
            assertEquals(200, server.send("DELETE", "/api/admin/pages?url=" + url, TOKEN, "").statusCode());
            assertEquals(404, server.send("DELETE", "/api/admin/pages?url=" + url, TOKEN, "").statusCode());
            assertEquals(1, JSON.readTree(server.send("GET", "/api/health", Optional.empty(), "").body()).get("pages").asInt());
        }
    }

    @Test
    void a_reindex_request_without_exactly_one_http_address_is_a_clear_400() throws Exception {
        try (AdminServer server = new AdminServer(dir, TOKEN)) {
            for (String body : List.of("", "[]", "{}", "{\"url\": 3}", "{\"url\": \"file:///etc/passwd\"}",
                    "{\"url\": \"http://a.se/\", \"site\": \"http://a.se/\"}", "{not json")) {
                var r = server.send("POST", "/api/admin/reindex", TOKEN, body);
                assertEquals(400, r.statusCode(), body);
                assertTrue(JSON.readTree(r.body()).get("error").asText().length() > 10, body);
            }
        }
    }
}
