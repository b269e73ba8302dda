package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hedemora's vision page changed at the same address (see ../shared/seeds/SOURCES.md): served on loopback with its
 * old text, indexed, changed to the text of the seed, re-indexed through the editors' API on the real server; the
 * old sentence must no longer be found or answered, the new one must.
 */
class AdminReindexTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Optional<String> TOKEN = Optional.of("editor-token");
    private static final String CANONICAL = "https://hedemora.se/kommun-och-demokrati/vision-och-mal/";
    private static final String OLD_SENTENCE = "Hedemora är en välkomnande och hållbar kommun";

    @TempDir
    Path dir;
    HttpServer site;
    final AtomicReference<byte[]> page = new AtomicReference<>();
    final AtomicReference<Integer> status = new AtomicReference<>(200);
    String pageUrl;

    @BeforeEach
    void startSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/kommun-och-demokrati/vision-och-mal/", ex -> {
            try (ex) {
                ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
                ex.sendResponseHeaders(status.get(), page.get().length);
                ex.getResponseBody().write(page.get());
            }
        });
        site.start();
        pageUrl = "http://127.0.0.1:" + site.getAddress().getPort() + "/kommun-och-demokrati/vision-och-mal/";
    }

    @AfterEach
    void stopSite() {
        site.stop(0);
    }

    /** The page as it read before 2023: the old vision, goals adopted 2020-11-24, updated 2022-11-16. */
    private static String oldPage() {
        return html("Vision och mål", "Vision\n\n" + OLD_SENTENCE + " där alla är delaktiga och tar ansvar för framtiden.\n\n"
                + "Övergripande mål\n\nKommunfullmäktige antog de övergripande målen 2020-11-24. Målen gäller för hela "
                + "kommunkoncernen.\n\nSenast uppdaterad: 2022-11-16");
    }

    /** The page as the seed shows it now (read from ../shared/seeds, never copied into the repo). */
    private static String newPage() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("../shared/seeds"))) {
            Path seed = seeds.filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
            return html("Vision Hedemora 2038", Files.readString(seed));
        }
    }

    private static String html(String title, String text) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String p = Entities.escape(paragraph.strip().replaceAll("\\s+", " "));
            if (!p.isEmpty()) {
                body.append(p.length() < 60 && !p.endsWith(".") ? "<h2>" + p + "</h2>\n" : "<p>" + p + "</p>\n");
            }
        }
        return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<link rel=\"canonical\" href=\"" + CANONICAL + "\"></head><body><main><h1>" + title + "</h1>\n"
                + body + "</main></body></html>";
    }

    @Test
    void a_page_changed_on_the_server_and_reindexed_no_longer_yields_its_old_text() throws Exception {
        try (AdminServer server = new AdminServer(dir, TOKEN)) {
            page.set(oldPage().getBytes(StandardCharsets.UTF_8));
            JsonNode first = reindex(server, pageUrl);
            assertEquals("new", first.get("result").get("outcome").asText(), first.toString());
            assertTrue(search(server, "välkomnande hållbar kommun").contains(OLD_SENTENCE));
            assertTrue(chat(server, "Vad är kommunens vision?").contains("välkomnande"));

            page.set(newPage().getBytes(StandardCharsets.UTF_8));
            JsonNode second = reindex(server, pageUrl);

            assertEquals("changed", second.get("result").get("outcome").asText(), second.toString());
            assertFalse(search(server, "välkomnande hållbar kommun").contains(OLD_SENTENCE));
            assertTrue(search(server, "växande attraktiv trygg kommun").contains("växande, attraktiv och trygg kommun"));
            String answer = chat(server, "Vad är kommunens vision?");
            assertTrue(answer.contains("Vision Hedemora 2038"), "answered from the new page: " + answer);
            assertFalse(answer.contains("välkomnande"), answer);
            assertEquals(1, health(server).get("pages").asInt(), "replaced, not added");

            JsonNode third = reindex(server, pageUrl);
            assertEquals("unchanged", third.get("result").get("outcome").asText());
        }
    }

    @Test
    void a_page_gone_from_the_server_is_removed_by_a_reindex_and_yields_nothing() throws Exception {
        try (AdminServer server = new AdminServer(dir, TOKEN)) {
            page.set(oldPage().getBytes(StandardCharsets.UTF_8));
            reindex(server, pageUrl);
            status.set(404);
            page.set("<h1>Sidan finns inte</h1>".getBytes(StandardCharsets.UTF_8));

            JsonNode gone = reindex(server, pageUrl);

            assertEquals("removed", gone.get("result").get("outcome").asText(), gone.toString());
            assertFalse(search(server, "välkomnande hållbar kommun").contains(OLD_SENTENCE));
            assertEquals(0, health(server).get("pages").asInt());
        }
    }

    @Test
    void a_rebuild_from_the_corpus_restores_the_crawled_page_without_the_network() throws Exception {
        try (AdminServer server = new AdminServer(dir, TOKEN)) {
            page.set(oldPage().getBytes(StandardCharsets.UTF_8));
            reindex(server, pageUrl);
            site.stop(0);

            var rebuilt = server.send("POST", "/api/admin/rebuild", TOKEN, "");

            assertEquals(200, rebuilt.statusCode(), rebuilt.body());
            assertEquals(1, JSON.readTree(rebuilt.body()).get("new").asInt(), rebuilt.body());
            assertTrue(search(server, "välkomnande hållbar kommun").contains(OLD_SENTENCE));
        }
    }

    @Test
    void a_rebuild_over_a_corpus_that_lost_the_page_is_refused_with_409_and_the_index_kept_unless_forced() throws Exception {
        try (AdminServer server = new AdminServer(dir, TOKEN)) {
            page.set(oldPage().getBytes(StandardCharsets.UTF_8));
            reindex(server, pageUrl);
            try (Stream<Path> files = Files.walk(server.corpusDir.resolve("crawl"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.delete(f);
                }
            }

            var refused = server.send("POST", "/api/admin/rebuild", TOKEN, "");

            assertEquals(409, refused.statusCode(), refused.body());
            assertTrue(JSON.readTree(refused.body()).toString().contains("the corpus lacks 1 crawled pages"), refused.body());
            assertTrue(search(server, "välkomnande hållbar kommun").contains(OLD_SENTENCE), "the index is kept");
            var forced = server.send("POST", "/api/admin/rebuild?force=true", TOKEN, "");
            assertEquals(200, forced.statusCode(), forced.body());
            assertFalse(search(server, "välkomnande hållbar kommun").contains(OLD_SENTENCE));
        }
    }

    @Test
    void a_site_crawl_started_through_the_api_is_accepted_and_its_end_is_reported() throws Exception {
        try (AdminServer server = new AdminServer(dir, TOKEN)) {
            page.set(oldPage().getBytes(StandardCharsets.UTF_8));

            var started = server.send("POST", "/api/admin/reindex", TOKEN,
                    JSON.writeValueAsString(java.util.Map.of("site", pageUrl)));

            assertEquals(202, started.statusCode(), started.body());
            assertEquals(pageUrl, JSON.readTree(started.body()).get("crawl").get("site").asText());
            JsonNode crawl = JSON.readTree(server.send("GET", "/api/admin/crawl", TOKEN, "").body()).get("crawl");
            for (int i = 0; i < 600 && crawl.get("running").asBoolean(); i++) {
                Thread.sleep(50);
                crawl = JSON.readTree(server.send("GET", "/api/admin/crawl", TOKEN, "").body()).get("crawl");
            }
            assertFalse(crawl.get("running").asBoolean(), crawl.toString());
            assertTrue(crawl.get("summary").asText().startsWith("new 1,"), crawl.toString());
            assertFalse(crawl.get("finished").isNull(), crawl.toString());
            assertEquals("finished", crawl.get("state").asText(), crawl.toString());
            assertTrue(search(server, "välkomnande hållbar kommun").contains(OLD_SENTENCE));
        }
    }

    @Test
    void an_editor_names_whose_site_a_crawl_of_a_host_of_no_municipality_is() throws Exception {
        try (AdminServer server = new AdminServer(dir, TOKEN)) {
            page.set(oldPage().getBytes(StandardCharsets.UTF_8));
            String body = JSON.writeValueAsString(java.util.Map.of("site", pageUrl, "municipality", "Hedemora kommun"));

            assertEquals(401, server.send("POST", "/api/admin/reindex", Optional.empty(), body).statusCode());
            var unknown = server.send("POST", "/api/admin/reindex", TOKEN,
                    JSON.writeValueAsString(java.util.Map.of("site", pageUrl, "municipality", "Atlantis")));
            assertEquals(400, unknown.statusCode(), unknown.body());
            assertTrue(unknown.body().contains("Atlantis"), unknown.body());
            assertEquals(202, server.send("POST", "/api/admin/reindex", TOKEN, body).statusCode());
            JsonNode crawl = JSON.readTree(server.send("GET", "/api/admin/crawl", TOKEN, "").body()).get("crawl");
            for (int i = 0; i < 600 && crawl.get("running").asBoolean(); i++) {
                Thread.sleep(50);
                crawl = JSON.readTree(server.send("GET", "/api/admin/crawl", TOKEN, "").body()).get("crawl");
            }

            JsonNode pages = JSON.readTree(server.send("GET", "/api/admin/pages?municipality=Hedemora", TOKEN, "").body());
            assertEquals(pageUrl, pages.get("pages").get(0).get("url").asText(), pages.toString());
            assertEquals("Hedemora", pages.get("pages").get(0).get("municipality").asText());
        }
    }

    @Test
    void delete_cancels_the_running_crawl_which_then_reports_it_was_cancelled() throws Exception {
        site.createContext("/langsam/", ex -> {
            try (ex) {
                Thread.sleep(15_000);
                ex.sendResponseHeaders(200, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        String slow = pageUrl.replace("/kommun-och-demokrati/vision-och-mal/", "/langsam/");
        try (AdminServer server = new AdminServer(dir, TOKEN)) {
            assertEquals(404, server.send("DELETE", "/api/admin/crawl", TOKEN, "").statusCode(), "nothing to cancel yet");
            var started = server.send("POST", "/api/admin/reindex", TOKEN, JSON.writeValueAsString(java.util.Map.of("site", slow)));
            assertEquals(202, started.statusCode(), started.body());
            Thread.sleep(300);

            var cancelled = server.send("DELETE", "/api/admin/crawl", TOKEN, "");

            assertEquals(202, cancelled.statusCode(), cancelled.body());
            JsonNode crawl = JSON.readTree(server.send("GET", "/api/admin/crawl", TOKEN, "").body()).get("crawl");
            for (int i = 0; i < 100 && crawl.get("running").asBoolean(); i++) {
                Thread.sleep(50);
                crawl = JSON.readTree(server.send("GET", "/api/admin/crawl", TOKEN, "").body()).get("crawl");
            }
            assertEquals("cancelled", crawl.get("state").asText(), crawl.toString());
            assertTrue(crawl.get("reason").asText().startsWith("cancelled"), crawl.toString());
            assertEquals(401, server.send("DELETE", "/api/admin/crawl", Optional.empty(), "").statusCode());
            assertEquals(404, server.send("DELETE", "/api/admin/crawl", TOKEN, "").statusCode());
        }
    }

    private static JsonNode reindex(AdminServer server, String url) throws Exception {
        var r = server.send("POST", "/api/admin/reindex", TOKEN, JSON.writeValueAsString(java.util.Map.of("url", url)));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** No municipality filter: a page served from loopback is no municipality's, whatever its canonical link says. */
    private static String search(AdminServer server, String q) throws Exception {
        return server.send("GET", "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                Optional.empty(), "").body();
    }

    private static String chat(AdminServer server, String question) throws Exception {
        var r = server.send("POST", "/api/chat", Optional.empty(), JSON.writeValueAsString(java.util.Map.of("message", question)));
        return JSON.readTree(r.body()).get("answer").asText();
    }

    private static JsonNode health(AdminServer server) throws Exception {
        return JSON.readTree(server.send("GET", "/api/health", Optional.empty(), "").body());
    }
}
