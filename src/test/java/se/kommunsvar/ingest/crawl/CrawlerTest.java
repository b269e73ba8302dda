package se.kommunsvar.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.ingest.crawl.FixtureSite.Response;

/** The crawler against a real HTTP server on loopback serving the real fixture pages and variants of them. */
class CrawlerTest {

    static final Path FIXTURES = Path.of("../shared/fixtures/html");

    /** A fixture page, with strings of its real content that must be indexed and of its boilerplate that must not. */
    record Fixture(String file, String municipality, List<String> content, List<String> boilerplate) {
        @Override
        public String toString() {
            return file;
        }
    }

    static final List<Fixture> FIXTURE_PAGES = List.of(
            new Fixture("gotland-startsida-2018.html", "Gotland", List.of("strategisk plan och budget"),
                    List.of("Jag godkänner", "Hoppa till huvudinnehållet")),
            new Fixture("helsingborg-startsida-2018.html", "Helsingborg", List.of("316 miljoner kronor"),
                    List.of("Du använder en gammal webbläsare", "Hoppa till innehåll")),
            new Fixture("lidingo-startsida-2018.html", "Lidingö", List.of("Hälsans ö", "08-731 30 00"),
                    List.of("Jag godkänner kakor", "Snabblänk till sidans innehåll")),
            new Fixture("norrkoping-startsida-2018.html", "Norrköping", List.of("Inre hamnen"),
                    List.of("fbq(", "Snabblänk")),
            new Fixture("orebro-startsida-2018.html", "Örebro", List.of("Bokslutskommuniké för 2017", "019-21 10 00"),
                    List.of("Jag förstår", "Lyssna på sidan", "Dela på Facebook")),
            new Fixture("uddevalla-startsida-2018.html", "Uddevalla", List.of("Nu sätter vi spaden i Kungsgatan"),
                    List.of("Suomeksi", "Snabblänk")),
            new Fixture("umea-startsida-2018.html", "Umeå", List.of("Umeå nu över 125 000 invånare"),
                    List.of("Dela på Facebook", "Skriv ut")));

    /**
     * Fixtures whose content the HtmlPageParser on this branch cannot yet find (no passages, or a cookie banner kept);
     * the CMS-aware parser being written on branch {@code parse} handles them. Empty this set when it is merged.
     */
    @TempDir
    Path dir;
    FixtureSite site;
    CrawlHarness h;

    @BeforeEach
    void start() throws IOException {
        site = new FixtureSite();
        h = new CrawlHarness(dir);
    }

    @AfterEach
    void stop() {
        h.close();
        site.close();
    }

    static List<Fixture> fixtures() {
        return FIXTURE_PAGES;
    }

    /** Serves every fixture under /kommun/, linked from /kommun/ (no sitemap, so the crawler follows links). */
    private void serveFixtures() throws IOException {
        StringBuilder links = new StringBuilder("<html><body><main><h1>Sidor</h1><ul>");
        for (Fixture f : FIXTURE_PAGES) {
            site.put("/kommun/" + f.file(), Response.html(Files.readAllBytes(FIXTURES.resolve(f.file()))));
            links.append("<li><a href=\"").append(f.file()).append("\">").append(f.file()).append("</a></li>");
        }
        site.put("/kommun/", Response.html(links.append("</ul></main></body></html>").toString()));
    }

    @Test
    void crawling_the_fixture_site_by_its_links_indexes_every_fixture_page() throws Exception {
        serveFixtures();
        IngestSummary summary = h.crawl(site.url("/kommun/"));
        assertEquals(FIXTURE_PAGES.size() + 1, summary.addedCount(), summary.toString());
        for (Fixture f : FIXTURE_PAGES) {
            var page = h.index.page(site.url("/kommun/" + f.file()));
            assertTrue(page.isPresent(), f.file() + " not indexed: " + h.index.urls());
            assertEquals("", page.get().municipality(), "served from loopback, so no municipality's page, "
                    + "whatever its canonical link to " + f.municipality() + " says");
        }
        assertTrue(site.requestsTo("/robots.txt").size() == 1, "robots.txt is read once");
        assertTrue(site.requests().stream().allMatch(r -> r.headers().get("User-agent").get(0).startsWith("Kommunsvar/")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void a_crawled_fixture_page_keeps_its_real_content_and_none_of_its_boilerplate(Fixture f) throws Exception {
        serveFixtures();
        h.crawl(site.url("/kommun/"));
        String text = h.text(site.url("/kommun/" + f.file()));
        for (String s : f.content()) {
            assertTrue(text.contains(s), f.file() + " lacks its content \"" + s + "\"");
        }
        for (String s : f.boilerplate()) {
            assertFalse(text.contains(s), f.file() + " kept its boilerplate \"" + s + "\"");
        }
    }

    @Test
    void a_sitemap_index_decides_which_pages_are_crawled_and_robots_txt_is_honoured() throws Exception {
        serveFixtures();
        site.put("/robots.txt", Response.of(200, "text/plain", ("User-agent: *\nDisallow: /kommun/umea\n"
                + "Sitemap: " + site.url("/sitemap-index.xml") + "\n").getBytes(StandardCharsets.UTF_8)));
        site.put("/sitemap-index.xml", Response.of(200, "application/xml", ("<?xml version=\"1.0\"?><sitemapindex "
                + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" + site.url("/pages.xml")
                + "</loc></sitemap></sitemapindex>").getBytes(StandardCharsets.UTF_8)));
        StringBuilder urlset = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String p : List.of("lidingo-startsida-2018.html", "umea-startsida-2018.html", "rapport.pdf", "logo.png")) {
            urlset.append("<url><loc>").append(site.url("/kommun/" + p)).append("</loc></url>");
        }
        urlset.append("<url><loc>https://example.org/kommun/elsewhere.html</loc></url></urlset>");
        site.put("/pages.xml", Response.of(200, "application/xml", urlset.toString().getBytes(StandardCharsets.UTF_8)));
        site.put("/kommun/rapport.pdf", Response.of(200, "application/pdf", "%PDF-1.4 ...".getBytes(StandardCharsets.UTF_8)));
        site.put("/kommun/logo.png", Response.of(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));

        IngestSummary summary = h.crawl(site.url("/kommun/"));

        assertEquals(List.of(site.url("/kommun/lidingo-startsida-2018.html")), List.copyOf(h.index.urls()), summary.toString());
        assertEquals(Map.of("pdf broken", 1, "image/png", 1), summary.skips(), summary.toString());
        assertTrue(site.requestsTo("/kommun/umea-startsida-2018.html").isEmpty(), "robots.txt forbids it");
        assertTrue(site.requestsTo("/kommun/").isEmpty(), "with a sitemap, links are not followed");
    }

    @Test
    void an_unchanged_page_is_neither_reparsed_nor_reindexed() throws Exception {
        serveFixtures();
        site.put("/kommun/lidingo-startsida-2018.html", Response.html(Files.readAllBytes(FIXTURES.resolve("lidingo-startsida-2018.html")))
                .withHeader("ETag", "\"v1\""));
        h.crawl(site.url("/kommun/"));
        String fetchedBefore = h.index.page(site.url("/kommun/umea-startsida-2018.html")).orElseThrow().fetched();

        IngestSummary second = h.crawl(site.url("/kommun/"));

        assertEquals(FIXTURE_PAGES.size() + 1, second.unchangedCount(), second.toString());
        assertEquals(0, second.indexed());
        assertEquals(fetchedBefore, h.index.page(site.url("/kommun/umea-startsida-2018.html")).orElseThrow().fetched(),
                "the page document was not rewritten");
        var lidingo = site.requestsTo("/kommun/lidingo-startsida-2018.html");
        assertEquals(List.of("\"v1\""), lidingo.get(1).headers().get("If-none-match"), "a conditional GET with the ETag");
    }

    @Test
    void a_changed_page_replaces_its_old_text_and_a_removed_page_leaves_the_index() throws Exception {
        serveFixtures();
        h.crawl(site.url("/kommun/"));
        String lidingo = site.url("/kommun/lidingo-startsida-2018.html");
        String umea = site.url("/kommun/umea-startsida-2018.html");
        String changed = Files.readString(FIXTURES.resolve("lidingo-startsida-2018.html"))
                .replace("Det är ingen händelse att Lidingö kallas hälsans ö", "Lidingö byter namn till motionens ö");
        site.put("/kommun/lidingo-startsida-2018.html", Response.html(changed));
        site.remove("/kommun/umea-startsida-2018.html");

        IngestSummary summary = h.crawl(site.url("/kommun/"));

        assertEquals(1, summary.changedCount(), summary.toString());
        assertEquals(1, summary.removedCount(), summary.toString());
        assertTrue(h.text(lidingo).contains("Lidingö byter namn till motionens ö"));
        assertFalse(h.text(lidingo).contains("Det är ingen händelse"));
        assertTrue(h.index.page(umea).isEmpty());
        assertTrue(h.index.passagesOf(umea).isEmpty());
        assertTrue(h.corpus.find(umea).isEmpty(), "a removed page leaves the corpus too");
    }

    @Test
    void a_redirect_is_followed_and_recorded_and_the_page_is_kept_under_its_final_address() throws Exception {
        site.put("/gammal/norrkoping", Response.redirect("/kommun/norrkoping.html"));
        site.put("/kommun/norrkoping.html", Response.html(Files.readAllBytes(FIXTURES.resolve("norrkoping-startsida-2018.html"))));

        PageResult result = h.refetch(site.url("/gammal/norrkoping"));

        String target = site.url("/kommun/norrkoping.html");
        assertEquals("new", result.outcome());
        assertEquals(target, result.finalUrl());
        assertEquals(List.of(site.url("/gammal/norrkoping")), result.redirects());
        assertTrue(h.text(target).contains("Inre hamnen"));
        CorpusEntry entry = h.corpus.find(target).orElseThrow().entry();
        assertEquals(List.of(site.url("/gammal/norrkoping")), entry.redirects());
        assertEquals(site.url("/gammal/norrkoping"), entry.url());
        assertEquals(200, entry.status());
    }

    @Test
    void a_server_error_or_a_slow_answer_keeps_the_old_page_and_is_counted_as_failed() throws Exception {
        serveFixtures();
        h.crawl(site.url("/kommun/"));
        String lidingo = site.url("/kommun/lidingo-startsida-2018.html");
        String before = h.text(lidingo);
        site.put("/kommun/lidingo-startsida-2018.html", Response.of(500, "text/html", "<h1>Fel</h1>".getBytes(StandardCharsets.UTF_8)));
        site.put("/kommun/umea-startsida-2018.html", Response.html("<html><body><main><p>Ny text</p></main></body></html>").delayed(4_000));

        IngestSummary summary = h.crawl(site.url("/kommun/"));

        assertEquals(1, summary.failures().get("http 500"), summary.toString());
        assertEquals(1, summary.failures().get("timeout"), summary.toString());
        assertEquals(before, h.text(lidingo));
        assertTrue(h.text(site.url("/kommun/umea-startsida-2018.html")).contains("125 000 invånare"));
    }

    @Test
    void a_huge_page_and_a_binary_file_served_as_html_are_refused_and_counted() throws Exception {
        site.put("/kommun/", Response.html("<html><body><main><h1>Start</h1><p>Välkommen till kommunen och dess tjänster.</p>"
                + "<a href=\"stor.html\">stor</a> <a href=\"bild.html\">bild</a></main></body></html>"));
        site.put("/kommun/stor.html", Response.html("<p>" + "Mycket text. ".repeat(200_000) + "</p>"));
        byte[] binary = new byte[5000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        site.put("/kommun/bild.html", Response.html(binary));

        IngestSummary summary = h.crawl(site.url("/kommun/"));

        assertEquals(Map.of("too-large", 1), summary.failures(), summary.toString());
        assertEquals(Map.of("binary", 1), summary.skips(), summary.toString());
        assertEquals(List.of(site.url("/kommun/")), List.copyOf(h.index.urls()));
    }

    @Test
    void iso_8859_1_pages_are_decoded_as_the_header_or_the_meta_tag_declares() throws Exception {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String page = "<html><head>%s<title>Förskola</title></head><body><main><h1>Förskola i Hedemora</h1>"
                + "<p>Ansök om plats i förskola senast fyra månader före önskat datum. Avgiften är högst 1 688 kronor i månaden.</p>"
                + "<a href=\"meta.html\">mer</a></main></body></html>";
        site.put("/kommun/", new Response(200, "text/html; charset=ISO-8859-1", String.format(page, "").getBytes(latin1), Map.of(), 0));
        site.put("/kommun/meta.html", new Response(200, "text/html", String.format(page,
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">").getBytes(latin1), Map.of(), 0));

        h.crawl(site.url("/kommun/"));

        for (String path : List.of("/kommun/", "/kommun/meta.html")) {
            String text = h.text(site.url(path));
            assertTrue(text.contains("Ansök om plats i förskola senast fyra månader före önskat datum"), path + ": " + text);
            assertFalse(text.contains("\ufffd"), path);
        }
    }

    @Test
    void a_crawl_interrupted_half_way_leaves_the_last_committed_index_whole_and_the_next_crawl_catches_up() throws Exception {
        serveFixtures();
        h.crawl(site.url("/kommun/"));
        String lidingo = site.url("/kommun/lidingo-startsida-2018.html");
        String changed = Files.readString(FIXTURES.resolve("lidingo-startsida-2018.html"))
                .replace("Det är ingen händelse att Lidingö kallas hälsans ö", "Lidingö byter namn till motionens ö");
        site.put("/kommun/lidingo-startsida-2018.html", Response.html(changed));
        site.put("/kommun/norrkoping-startsida-2018.html", Response.html(Files.readAllBytes(
                FIXTURES.resolve("norrkoping-startsida-2018.html"))).delayed(1_500));

        Thread crawl = new Thread(() -> {
            try {
                h.crawl(site.url("/kommun/"));
            } catch (InterruptedException e) {
                // what the test expects
            }
        });
        crawl.start();
        while (site.requestsTo("/kommun/norrkoping-startsida-2018.html").size() < 2) {
            Thread.sleep(20);
        }
        crawl.interrupt();
        crawl.join(10_000);
        assertFalse(crawl.isAlive());
        assertTrue(site.requestsTo("/kommun/lidingo-startsida-2018.html").size() >= 2, "lidingo was re-fetched before the kill");
        h.reopenAfterCrash();

        assertEquals(FIXTURE_PAGES.size() + 1, h.index.urls().size(), "the previous index is whole");
        assertTrue(h.text(lidingo).contains("Det är ingen händelse att Lidingö kallas hälsans ö"));

        site.put("/kommun/norrkoping-startsida-2018.html", Response.html(Files.readAllBytes(FIXTURES.resolve("norrkoping-startsida-2018.html"))));
        IngestSummary next = h.crawl(site.url("/kommun/"));
        assertEquals(1, next.changedCount(), next.toString());
        assertTrue(h.text(lidingo).contains("Lidingö byter namn till motionens ö"));
    }

    @Test
    void requests_to_one_host_are_spaced_by_the_configured_rate() throws Exception {
        serveFixtures();
        try (Crawler c = h.crawler(new CrawlSettings(5, 10, java.time.Duration.ofSeconds(2), 1_000_000, true))) {
            c.crawl(site.url("/kommun/"));
        }
        var requests = site.requests();
        assertTrue(requests.size() >= 5);
        // each request is sent at least 100 ms after the one before; arrival times jitter (the first request also
        // opens the connection, which on a loaded machine took over 40 ms), so compare the whole span and allow one
        // interval of jitter: without the limiter 7 requests arrive within a few tens of milliseconds
        long spanMillis = (requests.get(requests.size() - 1).nanoTime() - requests.get(0).nanoTime()) / 1_000_000;
        assertTrue(spanMillis >= (requests.size() - 2) * 100L, requests.size() + " requests in " + spanMillis + " ms");
    }

    @Test
    void the_page_limit_stops_the_crawl() throws Exception {
        serveFixtures();
        try (Crawler c = h.crawler(CrawlHarness.FAST.withMaxPages(3))) {
            IngestSummary summary = c.crawl(site.url("/kommun/"));
            assertEquals(3, summary.addedCount(), summary.toString());
        }
    }

    @Test
    void loopback_addresses_are_refused_without_allow_private_hosts() throws Exception {
        serveFixtures();
        try (Crawler c = h.crawler(new CrawlSettings(10, 200, java.time.Duration.ofSeconds(2), 1_000_000, false))) {
            IngestSummary summary = c.crawl(site.url("/kommun/"));
            PageResult one = c.refetch(site.url("/kommun/lidingo-startsida-2018.html"));
            assertEquals("refused", one.detail());
            assertEquals(Map.of("robots.txt refused", 1), summary.failures(), summary.toString());
        }
        assertTrue(site.requests().isEmpty(), "not a single request reached the loopback server");
        assertEquals(Optional.empty(), h.index.urls().stream().findFirst());
    }
}
