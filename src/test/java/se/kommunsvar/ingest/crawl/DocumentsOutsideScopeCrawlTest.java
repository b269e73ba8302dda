package se.kommunsvar.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.ingest.crawl.FixtureSite.Response;
import se.kommunsvar.parse.pdf.PlanPdfs;

/**
 * CMSs store documents apart from the pages that link them: Sitevision under {@code /download/18.…/}, EPiServer
 * under {@code /globalassets/}, WordPress under {@code /wp-content/uploads/}. A crawl of one folder fetches the PDFs
 * its pages link to on the same host (not the pages there, not other hosts' files), reads no links from them, and
 * counts them against the page limit.
 */
class DocumentsOutsideScopeCrawlTest {

    private static final String PAGE = "/kommun/mal-och-budget/";
    private static final String SITEVISION = "/download/18.1a2b3c4d/1700000000000/Kommunplan%202024.pdf";
    private static final String EPISERVER = "/globalassets/dokument/budget-2024.pdf";
    private static final String WORDPRESS = "/wp-content/uploads/2024/03/arsredovisning.pdf";
    /** A page that calls itself a PDF: outside the scope and not a document, so not indexed. */
    private static final String FAKE = "/nyheter/inte-en.pdf";
    private static final String HIDDEN = "/kommun/mal-och-budget/bara-lankad-fran-fake";

    @TempDir
    Path dir;
    FixtureSite site;
    CrawlHarness h;

    @BeforeEach
    void start() throws IOException {
        site = new FixtureSite();
        h = new CrawlHarness(dir);
        String otherHost = site.url("/download/18.9/annan.pdf").replace("127.0.0.1", "localhost");
        site.put(PAGE, Response.html("<html lang=\"sv\"><head><title>Mål och budget</title></head><body><main>"
                + "<h1>Mål och budget</h1><p>Kommunfullmäktige beslutar varje år om mål och budget för kommunens "
                + "verksamheter. Här hittar du kommunens hela mål och budgetdokument:</p><ul>"
                + "<li><a href=\"" + SITEVISION + "\">Kommunplan 2024 (pdf)</a></li>"
                + "<li><a href=\"" + EPISERVER + "\">Budget 2024 (pdf)</a></li>"
                + "<li><a href=\"" + WORDPRESS + "\">Årsredovisning (pdf)</a></li>"
                + "<li><a href=\"" + FAKE + "\">Nyhet</a></li>"
                + "<li><a href=\"/skola/\">Skola</a></li>"
                + "<li><a href=\"" + otherHost + "\">Annan värd</a></li></ul></main></body></html>"));
        site.put(SITEVISION, Response.of(200, "application/pdf", PlanPdfs.budget()));
        site.put(EPISERVER, Response.of(200, "application/octet-stream", PlanPdfs.budget()));
        site.put(WORDPRESS, Response.of(200, "application/pdf", PlanPdfs.budget()));
        site.put(FAKE, Response.html("<html><body><main><h1>Nyhet</h1><p>En sida, ingen pdf, med en länk till "
                + "<a href=\"" + HIDDEN + "\">en sida</a>.</p></main></body></html>"));
        site.put("/skola/", Response.html("<html><body><h1>Skola</h1></body></html>"));
    }

    @AfterEach
    void stop() {
        h.close();
        site.close();
    }

    @Test
    void pdfs_linked_from_a_page_in_scope_are_fetched_from_the_cms_file_folders_of_its_host() throws Exception {
        IngestSummary summary = h.crawl(site.url(PAGE));

        assertEquals(List.of(site.url(SITEVISION), site.url(EPISERVER), site.url(PAGE), site.url(WORDPRESS)),
                h.index.urls().stream().sorted().toList(), summary.toString());
        assertTrue(h.texts(h.index.passagesOf(site.url(SITEVISION))).contains("Skattesats 2024: 22,09"));
        assertEquals(Map.of("page outside the scope", 1), summary.skips(), summary.toString());
        assertEquals(List.of(), site.requestsTo("/skola/"), "pages outside the folder are not followed");
        assertEquals(List.of(), site.requestsTo(HIDDEN), "a fetched document's links are not read");
        assertEquals(List.of(), site.requestsTo("/download/18.9/annan.pdf"), "another host's document is not fetched");
    }

    @Test
    void documents_count_against_the_page_limit() throws Exception {
        IngestSummary summary;
        try (Crawler c = h.crawler(CrawlHarness.FAST.withMaxPages(2))) {
            summary = c.crawl(site.url(PAGE));
        }

        assertEquals(2, summary.addedCount(), summary.toString());
        assertEquals(List.of(site.url(SITEVISION), site.url(PAGE)), h.index.urls().stream().sorted().toList());
        assertEquals(List.of(), site.requestsTo(EPISERVER));
    }

    @Test
    void a_site_with_a_sitemap_still_gets_the_documents_its_pages_link() throws Exception {
        site.put("/sitemap.xml", Response.of(200, "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + site.url(PAGE)
                + "</loc></url></urlset>").getBytes(StandardCharsets.UTF_8)));

        IngestSummary summary = h.crawl(site.url(PAGE));

        assertEquals(4, summary.addedCount(), summary.toString());
        assertEquals(List.of(), site.requestsTo("/skola/"), "a sitemap crawl follows no page links");
    }

    @Test
    void the_pdf_size_limit_comes_from_the_crawl_settings() throws Exception {
        IngestSummary summary;
        try (Crawler c = h.crawler(CrawlHarness.FAST.withMaxPdfBytes(PlanPdfs.budget().length - 1))) {
            summary = c.crawl(site.url(PAGE));
        }

        assertEquals(1, summary.addedCount(), summary.toString());
        assertEquals(Map.of("too-large", 3), summary.failures(), summary.toString());
    }
}
