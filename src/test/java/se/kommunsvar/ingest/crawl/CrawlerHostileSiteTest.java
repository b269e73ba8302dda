package se.kommunsvar.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.ingest.crawl.FixtureSite.Response;

/**
 * Hostile and broken sites on loopback (issue 13 §2, §3, §4): a robots.txt built to make a backtracking matcher
 * explode, a sitemap index of millions of addresses, pages that throw, slow pages; and the sitemap {@code lastmod}
 * that spares fetching unchanged pages. Every crawl must end, with a status, in bounded time.
 */
class CrawlerHostileSiteTest {

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

    private static Response text(String body) {
        return Response.of(200, "text/plain", body.getBytes(StandardCharsets.UTF_8));
    }

    private static Response xml(String body) {
        return Response.of(200, "application/xml", body.getBytes(StandardCharsets.UTF_8));
    }

    private static Response page(String sentence) {
        return Response.html("<html><head><title>Sida</title></head><body><main><h1>Sida</h1><p>" + sentence
                + "</p></main></body></html>");
    }

    /** {@code Disallow: /*a*a*a…(30×)*b}: java.util.regex took over a minute on a 60-character path. */
    @Test
    void a_robots_txt_built_to_backtrack_is_matched_in_linear_time() {
        String hostile = "User-agent: *\nDisallow: /" + "*a".repeat(30) + "*b\n";
        String path = "/" + "a".repeat(59);
        RobotsRules rules = RobotsRules.parse(hostile, CrawlSettings.ROBOTS_AGENT);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 1_000; i++) {
                assertTrue(rules.allows(path + "?" + i), "no b: the rule does not match");
            }
            assertFalse(rules.allows(path + "b"));
        });
    }

    @Test
    void a_crawl_of_a_site_with_that_robots_txt_ends_quickly() throws Exception {
        site.put("/robots.txt", text("User-agent: *\nDisallow: /" + "*a".repeat(30) + "*b\n"));
        String slug = "a".repeat(59);
        site.put("/kommun/", Response.html("<html><body><main><h1>Start</h1><p>Välkommen till kommunen.</p>"
                + "<a href=\"" + slug + "\">a</a> <a href=\"" + slug + "b\">b</a></main></body></html>"));
        site.put("/kommun/" + slug, page("En sida som robots.txt tillåter."));
        IngestSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> h.crawl(site.url("/kommun/")));
        assertEquals(2, summary.addedCount(), summary.toString());
        assertEquals(Map.of("robots.txt", 1), summary.skips(), summary.toString());
        assertTrue(site.requestsTo("/kommun/" + slug + "b").isEmpty());
    }

    /**
     * A sitemap index of 49 sitemaps of 4.9 MB (about 50,000 addresses each, 2.4 million in all): the crawl reads
     * one sitemap, stops at the page limit, and never asks for the other 48.
     */
    @Test
    void a_huge_sitemap_index_is_read_one_sitemap_at_a_time_and_only_until_the_page_limit() throws Exception {
        StringBuilder urlset = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        String prefix = site.url("/stor/sida-med-ett-langt-namn-som-i-verkligheten-");
        for (int i = 0; urlset.length() < 4_900_000; i++) {
            urlset.append("<url><loc>").append(prefix).append(i).append(".html</loc></url>");
        }
        byte[] sitemap = urlset.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8);
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < 49; i++) {
            site.put("/sitemap-" + i + ".xml", Response.of(200, "application/xml", sitemap));
            index.append("<sitemap><loc>").append(site.url("/sitemap-" + i + ".xml")).append("</loc></sitemap>");
        }
        site.put("/robots.txt", text("User-agent: *\nAllow: /\nSitemap: " + site.url("/sitemap-index.xml") + "\n"));
        site.put("/sitemap-index.xml", xml(index.append("</sitemapindex>").toString()));
        for (int i = 0; i < 5; i++) {
            site.put("/stor/sida-med-ett-langt-namn-som-i-verkligheten-" + i + ".html", page("Sida nummer " + i + " om kommunen."));
        }

        IngestSummary summary;
        try (Crawler c = h.crawler(new CrawlSettings(5, 200, Duration.ofSeconds(5), 5_000_000, true, Duration.ofSeconds(60)))) {
            summary = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> c.crawl(site.url("/stor/")));
        }

        assertEquals(5, summary.addedCount(), summary.toString());
        long sitemapsRead = site.requests().stream().filter(r -> r.path().startsWith("/sitemap-") && !r.path().contains("index")).count();
        assertEquals(1, sitemapsRead, "only the first sitemap of the index is fetched");
        assertEquals(5, site.requests().stream().filter(r -> r.path().startsWith("/stor/")).count());
    }

    @Test
    void a_page_whose_sitemap_lastmod_is_older_than_our_copy_is_counted_unchanged_without_a_fetch() throws Exception {
        site.put("/robots.txt", text("User-agent: *\nDisallow:\n"));
        site.put("/kommun/a.html", page("Sidan A handlar om förskola."));
        site.put("/kommun/b.html", page("Sidan B handlar om bygglov."));
        String before = "2020-01-01T00:00:00Z";
        site.put("/sitemap.xml", xml(sitemap(Map.of("/kommun/a.html", before, "/kommun/b.html", before))));
        h.crawl(site.url("/kommun/"));
        assertEquals(2, h.index.urls().size());

        String after = Instant.now().plusSeconds(3600).toString();
        site.put("/sitemap.xml", xml(sitemap(Map.of("/kommun/a.html", before, "/kommun/b.html", after))));
        site.put("/kommun/b.html", page("Sidan B handlar nu om strandskydd."));
        IngestSummary second = h.crawl(site.url("/kommun/"));

        assertEquals(1, site.requestsTo("/kommun/a.html").size(), "a is not fetched again");
        assertEquals(2, site.requestsTo("/kommun/b.html").size(), "b changed after our copy");
        assertEquals(1, second.unchangedCount(), second.toString());
        assertEquals(1, second.changedCount(), second.toString());
        assertTrue(h.text(site.url("/kommun/b.html")).contains("strandskydd"));
    }

    private String sitemap(Map<String, String> lastmods) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        lastmods.forEach((path, lastmod) -> out.append("<url><loc>").append(site.url(path)).append("</loc><lastmod>")
                .append(lastmod).append("</lastmod></url>"));
        return out.append("</urlset>").toString();
    }

    @Test
    void a_gzip_sitemap_and_a_plain_text_sitemap_are_read() throws Exception {
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(sitemap(Map.of("/kommun/a.html", "2020-01-01")).getBytes(StandardCharsets.UTF_8));
        }
        site.put("/robots.txt", text("User-agent: *\nDisallow:\nSitemap: " + site.url("/sitemap.xml.gz") + "\nSitemap: "
                + site.url("/sitemap.txt") + "\n"));
        site.put("/sitemap.xml.gz", Response.of(200, "application/x-gzip", gz.toByteArray()));
        site.put("/sitemap.txt", text(site.url("/kommun/b.html") + "\n"));
        site.put("/kommun/a.html", page("Sidan A handlar om förskola."));
        site.put("/kommun/b.html", page("Sidan B handlar om bygglov."));

        IngestSummary summary = h.crawl(site.url("/kommun/"));

        assertEquals(2, summary.addedCount(), summary.toString());
        assertTrue(site.requestsTo("/kommun/").isEmpty(), "the sitemaps listed pages: links are not followed");
    }

    // ---- every crawl ends (issue 13 §4), through the editors' IndexEditor as the admin API runs it ----

    private IndexEditor editor(CrawlSettings settings) {
        return new IndexEditor(settings, h.index, CrawlHarness.DIRECTORY, dir.resolve("corpus"));
    }

    private static CrawlStatus awaitEnd(IndexEditor editor, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (editor.crawlRunning() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        CrawlStatus status = editor.lastCrawl().orElseThrow();
        assertFalse(status.running(), "the crawl did not end within " + within + ": " + status);
        return status;
    }

    private void serveLinkedPages(int count, long delayMillis) {
        StringBuilder links = new StringBuilder("<html><body><main><h1>Sidor</h1><p>Alla sidor om kommunen.</p>");
        for (int i = 0; i < count; i++) {
            links.append("<a href=\"s").append(i).append(".html\">s").append(i).append("</a> ");
            site.put("/kommun/s" + i + ".html", page("Sida " + i + " om kommunens tjänster.").delayed(delayMillis));
        }
        site.put("/kommun/", Response.html(links.append("</main></body></html>").toString()));
    }

    @Test
    void a_cancelled_crawl_ends_as_cancelled_keeps_what_it_did_and_frees_the_lock() throws Exception {
        serveLinkedPages(30, 300);
        try (IndexEditor editor = editor(CrawlHarness.FAST)) {
            assertTrue(editor.startCrawl(site.url("/kommun/")));
            while (site.requestsTo("/kommun/s3.html").isEmpty()) {
                Thread.sleep(10);
            }
            assertTrue(editor.cancelCrawl());
            CrawlStatus status = awaitEnd(editor, Duration.ofSeconds(5));

            assertEquals(CrawlStatus.State.CANCELLED, status.state(), status.toString());
            assertTrue(status.reason().startsWith("cancelled"), status.reason());
            assertTrue(h.index.urls().size() >= 3, "the pages done before are committed: " + h.index.urls());
            assertTrue(site.requests().size() < 20, "it stopped: " + site.requests().size() + " requests");
            assertFalse(editor.cancelCrawl(), "nothing left to cancel");
            assertTrue(editor.rebuild().isPresent(), "rebuild may run again");
            assertTrue(editor.startCrawl(site.url("/kommun/")), "a new crawl may start");
            editor.cancelCrawl();
            awaitEnd(editor, Duration.ofSeconds(5));
        }
    }

    @Test
    void a_crawl_waiting_on_a_slow_sitemap_is_cancelled_at_once() throws Exception {
        site.put("/sitemap.xml", xml(sitemap(Map.of("/kommun/a.html", "2020-01-01"))).delayed(10_000));
        site.put("/kommun/a.html", page("Sidan A handlar om förskola."));
        // a timeout longer than the test waits: only the cancel can end the wait
        CrawlSettings patient = new CrawlSettings(100, 200, Duration.ofSeconds(30), 1_000_000, true, Duration.ofSeconds(60));
        try (IndexEditor editor = editor(patient)) {
            assertTrue(editor.startCrawl(site.url("/kommun/")));
            while (site.requestsTo("/sitemap.xml").isEmpty()) {
                Thread.sleep(10);
            }
            assertTrue(editor.cancelCrawl());
            CrawlStatus status = awaitEnd(editor, Duration.ofSeconds(3));
            assertEquals(CrawlStatus.State.CANCELLED, status.state(), status.toString());
            assertTrue(site.requestsTo("/kommun/a.html").isEmpty());
        }
    }

    @Test
    void a_crawl_over_its_time_budget_stops_and_ends_as_failed_with_the_reason() throws Exception {
        serveLinkedPages(40, 100);
        try (IndexEditor editor = editor(CrawlHarness.FAST.withBudget(Duration.ofMillis(800)))) {
            assertTrue(editor.startCrawl(site.url("/kommun/")));
            CrawlStatus status = awaitEnd(editor, Duration.ofSeconds(10));

            assertEquals(CrawlStatus.State.FAILED, status.state(), status.toString());
            assertTrue(status.reason().contains("time budget"), status.reason());
            assertTrue(h.index.urls().size() < 41, "it stopped early");
            assertFalse(h.index.urls().isEmpty(), "what it did is kept");
        }
    }

    @Test
    void an_error_thrown_by_a_page_ends_the_crawl_as_failed_with_the_reason_and_frees_the_lock() throws Exception {
        serveLinkedPages(5, 0);
        try (IndexEditor editor = editor(CrawlHarness.FAST)) {
            editor.onEachPage(url -> {
                if (url.endsWith("s2.html")) {
                    throw new OutOfMemoryError("a page too big for the heap");
                }
            });
            assertTrue(editor.startCrawl(site.url("/kommun/")));
            CrawlStatus status = awaitEnd(editor, Duration.ofSeconds(10));

            assertEquals(CrawlStatus.State.FAILED, status.state(), status.toString());
            assertEquals("OutOfMemoryError: a page too big for the heap", status.reason());
            assertFalse(status.summary().isEmpty(), "what it did before is told");
            editor.onEachPage(url -> { });
            assertTrue(editor.startCrawl(site.url("/kommun/")), "the lock is free");
            assertEquals(CrawlStatus.State.FINISHED, awaitEnd(editor, Duration.ofSeconds(10)).state());
        }
    }

    @Test
    void a_page_that_overflows_the_stack_fails_alone_and_the_crawl_finishes() throws Exception {
        serveLinkedPages(5, 0);
        try (IndexEditor editor = editor(CrawlHarness.FAST)) {
            editor.onEachPage(url -> {
                if (url.endsWith("s2.html")) {
                    throw new StackOverflowError();
                }
            });
            assertTrue(editor.startCrawl(site.url("/kommun/")));
            CrawlStatus status = awaitEnd(editor, Duration.ofSeconds(10));

            assertEquals(CrawlStatus.State.FINISHED, status.state(), status.toString());
            assertTrue(status.summary().contains("error StackOverflowError 1"), status.summary());
            assertEquals(5, h.index.urls().size(), "the start page and four of the five pages: " + h.index.urls());
        }
    }

    @Test
    void a_deeply_nested_page_ends_the_crawl_with_a_status_whatever_the_parser_makes_of_it() throws Exception {
        String deep = "<div>".repeat(5_000) + "Djupt inne står en mening om kommunen." + "</div>".repeat(5_000);
        String unclosed = "<font><b>".repeat(3_000) + "Text i tusen taggar.";
        site.put("/kommun/", Response.html("<html><body><main><h1>Start</h1><p>Välkommen till kommunen.</p>"
                + "<a href=\"djup.html\">djup</a> <a href=\"oppen.html\">öppen</a></main></body></html>"));
        site.put("/kommun/djup.html", Response.html("<html><body>" + deep + "</body></html>"));
        site.put("/kommun/oppen.html", Response.html("<html><body>" + unclosed + "</body></html>"));
        try (IndexEditor editor = editor(CrawlHarness.FAST)) {
            assertTrue(editor.startCrawl(site.url("/kommun/")));
            CrawlStatus status = awaitEnd(editor, Duration.ofSeconds(30));
            assertEquals(CrawlStatus.State.FINISHED, status.state(), status.toString());
            assertTrue(h.index.page(site.url("/kommun/")).isPresent());
        }
    }

    @Test
    void a_bad_start_address_ends_as_failed_with_the_reason() throws Exception {
        try (IndexEditor editor = editor(CrawlHarness.FAST)) {
            assertTrue(editor.startCrawl("ftp://example.org/"));
            CrawlStatus status = awaitEnd(editor, Duration.ofSeconds(5));
            assertEquals(CrawlStatus.State.FAILED, status.state());
            assertTrue(status.reason().contains("not an http(s) address"), status.reason());
        }
    }

    @Test
    void robots_txt_answering_500_ends_the_crawl_as_failed_without_fetching_pages() throws Exception {
        site.put("/robots.txt", Response.of(503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8)));
        serveLinkedPages(2, 0);
        try (IndexEditor editor = editor(CrawlHarness.FAST)) {
            assertTrue(editor.startCrawl(site.url("/kommun/")));
            CrawlStatus status = awaitEnd(editor, Duration.ofSeconds(5));
            assertEquals(CrawlStatus.State.FAILED, status.state());
            assertTrue(status.reason().contains("robots.txt"), status.reason());
            assertEquals(List.of("/robots.txt"), site.requests().stream().map(FixtureSite.Request::path).toList());
        }
    }
}
