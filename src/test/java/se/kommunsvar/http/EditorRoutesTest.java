package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editors' lasting decisions and crawl reports through the real server on loopback. */
class EditorRoutesTest {

    private static final Map<String, String> ADMIN = Map.of("Authorization", "Bearer " + TestServer.TOKEN);
    private static final String HALLSBERG = "https://www.hallsberg.se/";

    @TempDir
    Path indexDir;
    private TestServer server;
    private TestSite site;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(indexDir, Path.of("web"), List.of(), true);
        site = new TestSite(0);
    }

    @AfterEach
    void stop() {
        server.close();
        site.close();
    }

    private JsonNode admin(String method, String path, String body) throws Exception {
        HttpRequest.Builder r = server.request(path).method(method,
                body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = server.send(r, body.isEmpty() ? ADMIN
                : Map.of("Authorization", "Bearer " + TestServer.TOKEN, "Content-Type", "application/json"));
        JsonNode json = Json.mapper().readTree(response.body());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("status", response.statusCode());
        return json;
    }

    private List<String> pages() throws Exception {
        JsonNode pages = admin("GET", "/api/admin/pages", "").get("pages");
        return java.util.stream.StreamSupport.stream(pages.spliterator(), false).map(p -> p.get("url").asText()).toList();
    }

    private String hallsbergPage() throws Exception {
        return pages().stream().filter(u -> u.startsWith(HALLSBERG)).findFirst().orElseThrow();
    }

    private static String q(String url) {
        return URLEncoder.encode(url, StandardCharsets.UTF_8);
    }

    private JsonNode crawlUntil(Predicate<JsonNode> done) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(end)) {
            JsonNode crawls = admin("GET", "/api/admin/crawls", "");
            if (done.test(crawls)) {
                return crawls;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the crawl did not end in time");
    }

    @Test
    void a_removed_page_stays_out_of_a_rebuild_and_a_restart_until_an_editor_re_adds_it() throws Exception {
        String page = hallsbergPage();
        assertEquals(200, admin("DELETE", "/api/admin/pages?url=" + q(page), "").get("status").asInt());
        JsonNode exclusions = admin("GET", "/api/admin/exclusions", "").get("exclusions");
        assertEquals(page, exclusions.get(0).get("url").asText());
        assertEquals("www.hallsberg.se", exclusions.get(0).get("site").asText());

        assertEquals(200, admin("POST", "/api/admin/rebuild", "").get("status").asInt());
        assertFalse(pages().contains(page), "a rebuild from the corpus brought the removed page back");
        server = server.restart();
        assertFalse(pages().contains(page), "a restart brought the removed page back");

        assertEquals(200, admin("DELETE", "/api/admin/exclusions?url=" + q(page), "").get("status").asInt());
        assertEquals(404, admin("DELETE", "/api/admin/exclusions?url=" + q(page), "").get("status").asInt());
        admin("POST", "/api/admin/rebuild", "");
        assertTrue(pages().contains(page), "re-added and rebuilt, the page is back");
    }

    @Test
    void a_page_removed_by_an_editor_is_skipped_by_the_next_crawl_of_its_site() throws Exception {
        admin("POST", "/api/admin/reindex", "{\"site\":\"" + site.start() + "\"}");
        crawlUntil(c -> !c.get("current").get("running").asBoolean());
        String removed = site.page(TestSite.PAGES[0]);
        assertTrue(pages().contains(removed), pages().toString());
        admin("DELETE", "/api/admin/pages?url=" + q(removed), "");

        admin("POST", "/api/admin/reindex", "{\"site\":\"" + site.start() + "\"}");
        JsonNode crawls = crawlUntil(c -> !c.get("current").get("running").asBoolean());
        assertFalse(pages().contains(removed), "the crawl brought the removed page back");
        assertEquals(1, crawls.get("current").get("summary").get("skippedBy").get("removed by an editor").asInt(),
                crawls.toString());

        admin("POST", "/api/admin/reindex", "{\"url\":\"" + removed + "\"}");
        assertTrue(pages().contains(removed), "re-indexing the page by its address re-adds it");
        assertEquals(0, admin("GET", "/api/admin/exclusions", "").get("exclusions").size());
    }

    @Test
    void a_site_crawl_reports_its_summary_with_the_failed_addresses_and_is_kept_in_the_history() throws Exception {
        assertEquals(202, admin("POST", "/api/admin/reindex", "{\"site\":\"" + site.start() + "\"}").get("status").asInt());
        JsonNode current = crawlUntil(c -> !c.get("current").get("running").asBoolean()).get("current");
        JsonNode summary = current.get("summary");
        assertEquals(4, summary.get("new").asInt(), current.toString());
        assertEquals(2, summary.get("failed").asInt(), current.toString());
        assertEquals(1, summary.get("failedBy").get("http 404").asInt(), current.toString());
        assertEquals(1, summary.get("failedBy").get("http 500").asInt(), current.toString());
        assertEquals(6, current.get("done").asInt());
        assertEquals(6, current.get("found").asInt());
        List<String> failed = java.util.stream.StreamSupport.stream(current.get("failedPages").spliterator(), false)
                .map(f -> f.get("url").asText() + " " + f.get("reason").asText()).sorted().toList();
        assertEquals(List.of(site.missing() + " http 404", site.page("trasig.html") + " http 500"), failed);

        server = server.restart();
        JsonNode history = admin("GET", "/api/admin/crawls", "").get("history");
        assertEquals(1, history.size());
        assertEquals(site.start(), history.get(0).get("site").asText());
        assertEquals(4, history.get(0).get("summary").get("new").asInt());
    }

    @Test
    void an_editor_sets_a_pages_municipality_and_it_lasts_through_rebuilds_and_restarts() throws Exception {
        String page = site.page(TestSite.PAGES[1]);
        admin("POST", "/api/admin/reindex", "{\"url\":\"" + page + "\"}");
        Predicate<String> cites = m -> server.chat("{\"message\":\"När har bibliotek öppet?\",\"municipality\":\"" + m + "\"}")
                .body().contains(page);
        assertFalse(cites.test("Hedemora"), "precondition: a page on 127.0.0.1 belongs to no municipality");

        assertEquals(400, admin("PUT", "/api/admin/pages/municipality",
                "{\"url\":\"" + page + "\",\"municipality\":\"Atlantis\"}").get("status").asInt());
        JsonNode set = admin("PUT", "/api/admin/pages/municipality", "{\"url\":\"" + page + "\",\"municipality\":\"hedemora\"}");
        assertEquals("Hedemora", set.get("municipality").asText(), set.toString());
        assertTrue(set.get("applied").asBoolean());
        assertTrue(cites.test("Hedemora"), "the chat now finds the page under Hedemora");

        admin("POST", "/api/admin/rebuild", "");
        server = server.restart();
        assertTrue(cites.test("Hedemora"), "the correction lasts through a rebuild and a restart");
        JsonNode corrections = admin("GET", "/api/admin/corrections", "");
        assertEquals(page, corrections.get("corrections").get(0).get("url").asText());
        assertTrue(corrections.get("municipalities").size() > 200);
    }
}
