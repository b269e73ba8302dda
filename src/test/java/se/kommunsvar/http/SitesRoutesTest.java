package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.config.Sites;
import se.kommunsvar.ingest.crawl.CrawlSchedule;
import se.kommunsvar.ingest.crawl.CrawlSettings;
import se.kommunsvar.ingest.crawl.IndexEditor;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.store.Store;

/** The sites file through the real server: a CMS publishes a page of its own site only, and sites embed the widget. */
class SitesRoutesTest {

    private static final String TOKEN = "cms-nyckel-for-testsajten";
    private static final String OTHER_TOKEN = "cms-nyckel-for-en-annan-sajt";

    @TempDir
    Path indexDir;
    private TestServer server;
    private TestSite site;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite(0);
        Path data = Store.folderFor(indexDir, Map.of());
        Files.createDirectories(data);
        Files.writeString(data.resolve(Sites.DEFAULT_FILE), """
                {"sites": [{"municipality": "Hedemora", "start": ["%s"], "every": "PT24H",
                            "origins": ["https://www.hedemora.se"], "publishTokenSha256": "%s"},
                           {"municipality": "Smedjebacken", "start": ["https://www.smedjebacken.se/"],
                            "publishTokenSha256": "%s"}]}
                """.formatted(site.start(), Sites.sha256(TOKEN), Sites.sha256(OTHER_TOKEN)));
        server = TestServer.start(indexDir, Path.of("web"), List.of(), true);
    }

    @AfterEach
    void stop() {
        server.close();
        site.close();
    }

    private HttpResponse<String> publish(String token, String url) {
        return server.send(server.request("/api/publish").POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\"}")),
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"));
    }

    @Test
    void a_cms_publishes_a_page_of_its_own_site_with_its_token_and_nothing_else() throws Exception {
        String page = site.page(TestSite.PAGES[0]);
        HttpResponse<String> published = publish(TOKEN, page);
        assertEquals(200, published.statusCode(), published.body());
        JsonNode result = Json.mapper().readTree(published.body()).get("result");
        assertEquals("new", result.get("outcome").asText());
        assertTrue(server.index().page(page).isPresent());

        assertEquals("Hedemora", server.index().page(page).orElseThrow().municipality(), "the publishing site's municipality");
        assertEquals(401, publish("fel", page).statusCode());
        assertEquals(403, publish(OTHER_TOKEN, page).statusCode(), "another site's token cannot publish this site's page");
        assertEquals(403, publish(TOKEN, "https://www.smedjebacken.se/nyheter").statusCode());
        assertEquals(401, server.send(server.request("/api/admin/pages"), Map.of("Authorization", "Bearer " + TOKEN))
                .statusCode(), "a publish token opens nothing of the admin API");
    }

    @Test
    void editors_see_the_sites_and_their_schedules_but_never_a_tokens_hash() throws Exception {
        HttpResponse<String> r = server.send(server.request("/api/admin/sites"),
                Map.of("Authorization", "Bearer " + TestServer.TOKEN));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode hedemora = Json.mapper().readTree(r.body()).get("sites").get(0);
        assertEquals("Hedemora", hedemora.get("municipality").asText());
        assertEquals(24.0, hedemora.get("everyHours").asDouble());
        assertTrue(hedemora.get("publishHook").asBoolean());
        assertTrue(!r.body().contains(Sites.sha256(TOKEN)), r.body());
        assertEquals(401, server.get("/api/admin/sites").statusCode());
    }

    @Test
    void a_sites_origins_may_embed_the_widget() {
        HttpResponse<String> chat = server.send(server.request("/api/chat")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"Vilka partier styr i Hedemora?\"}")),
                Map.of("Origin", "https://www.hedemora.se", "Content-Type", "application/json"));
        assertEquals(200, chat.statusCode(), chat.body());
        assertEquals(Optional.of("https://www.hedemora.se"), chat.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(403, server.send(server.request("/api/chat")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"Hej\"}")),
                Map.of("Origin", "https://www.example.com", "Content-Type", "application/json")).statusCode());
    }

    @Test
    void the_schedule_crawls_a_site_when_its_interval_has_passed_since_its_last_crawl(@TempDir Path corpus) throws Exception {
        Sites sites = Sites.read(Store.folderFor(indexDir, Map.of()).resolve(Sites.DEFAULT_FILE));
        Instant t0 = Instant.parse("2026-03-01T08:00:00Z");
        try (IndexEditor editor = new IndexEditor(CrawlSettings.defaults(true), server.index(),
                MunicipalityDirectory.standard(), corpus)) {
            CrawlSchedule schedule = new CrawlSchedule(sites, editor, Clock.fixed(t0, ZoneOffset.UTC),
                    Map.of(site.start(), t0.minus(Duration.ofHours(23))));
            assertEquals(List.of(), schedule.due(t0), "crawled 23 h ago, due after 24 h; Smedjebacken has no schedule");
            assertEquals(List.of(site.start()), schedule.due(t0.plus(Duration.ofHours(1))));
            CrawlSchedule later = new CrawlSchedule(sites, editor, Clock.fixed(t0.plus(Duration.ofHours(1)), ZoneOffset.UTC),
                    Map.of(site.start(), t0.minus(Duration.ofHours(23))));
            assertEquals(Optional.of(site.start()), later.tick());
            assertTrue(editor.crawlRunning() || editor.lastCrawl().isPresent());
            assertEquals(List.of(), later.due(t0.plus(Duration.ofHours(1))), "started now, not due again");
            for (int i = 0; i < 600 && editor.crawlRunning(); i++) {
                Thread.sleep(50);
            }
            later.close();
            String page = site.page(TestSite.PAGES[0]);
            assertEquals("Hedemora", server.index().page(page).orElseThrow().municipality(),
                    "a loopback site of the sites file is the municipality's the file names");
        }
    }
}
