package se.kommunsvar.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.FileIngester;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.ingest.crawl.FixtureSite.Response;
import se.kommunsvar.parse.PageReaders;
import se.kommunsvar.parse.Passage;
import se.kommunsvar.parse.pdf.PdfPageReader;
import se.kommunsvar.parse.pdf.PlanPdfs;

/**
 * A goal page on a loopback site links the municipality's plan as a PDF ("Här hittar du kommunens hela mål och
 * budgetdokument"), and a locked and a cut-off PDF beside it. The crawl follows the links, indexes the plan with its
 * pages, skips the other two with their reasons, keeps PDFs apart in the corpus and rebuilds them from there.
 */
class PdfCrawlTest {

    private static final String PDF = "application/pdf";
    /** The plan's address as a browser sends the link written with its file name, "Mål och budget 2024.pdf". */
    private static final String PLAN = "/kommun/mal-och-budget/dokument/M%C3%A5l%20och%20budget%202024.pdf";

    @TempDir
    Path dir;
    FixtureSite site;
    CrawlHarness h;

    @BeforeEach
    void start() throws IOException {
        site = new FixtureSite();
        h = new CrawlHarness(dir);
        site.put("/kommun/mal-och-budget/", Response.html("<html lang=\"sv\"><head><title>Mål och budget</title></head>"
                + "<body><main><h1>Mål och budget</h1><p>Kommunfullmäktige beslutar varje år om mål och budget för "
                + "kommunens verksamheter.</p><p>Här hittar du kommunens hela mål och budgetdokument: "
                + "<a href=\"dokument/Mål och budget 2024.pdf\">Mål och budget 2024 (pdf)</a>, "
                + "<a href=\"dokument/last.pdf\">Internt underlag (pdf)</a>, "
                + "<a href=\"dokument/trasig.pdf\">Bilaga (pdf)</a>.</p></main></body></html>"));
        site.put(PLAN, Response.of(200, PDF, PlanPdfs.budget()));
        site.put("/kommun/mal-och-budget/dokument/last.pdf", Response.of(200, PDF, PlanPdfs.encrypted()));
        site.put("/kommun/mal-och-budget/dokument/trasig.pdf",
                Response.of(200, "application/octet-stream", PlanPdfs.truncated()));
    }

    @AfterEach
    void stop() {
        h.close();
        site.close();
    }

    private String planUrl() {
        return site.url(PLAN);
    }

    @Test
    void a_crawl_follows_a_pdf_link_indexes_the_plan_by_page_and_skips_the_unreadable_ones_with_reasons()
            throws Exception {
        IngestSummary summary = h.crawl(site.url("/kommun/mal-och-budget/"));

        assertEquals(2, summary.addedCount(), summary.toString());
        assertEquals(Map.of(PdfPageReader.ENCRYPTED, 1, PdfPageReader.BROKEN, 1), summary.skips(), summary.toString());
        assertEquals(0, summary.failedCount(), summary.toString());
        assertEquals(List.of(site.url("/kommun/mal-och-budget/"), planUrl()), List.copyOf(h.index.urls()).stream().sorted().toList());

        List<Passage> plan = h.index.passagesOf(planUrl());
        Passage tax = plan.stream().filter(p -> p.text().contains("Skattesats 2024: 22,09")).findFirst().orElseThrow();
        assertEquals(4, tax.page());
        assertEquals("Mål och budget 2024", tax.title());
        assertTrue(plan.stream().noneMatch(p -> p.text().contains("Exempelby kommun")), "no running header");
    }

    @Test
    void a_pdf_is_stored_as_pdf_in_the_corpus_and_a_rebuild_reads_it_back_with_its_pages() throws Exception {
        h.crawl(site.url("/kommun/mal-och-budget/"));
        List<Passage> crawled = h.index.passagesOf(planUrl());
        try (Stream<Path> files = Files.walk(dir.resolve("corpus"))) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".pdf")).count(), "the plan is kept as a .pdf");
        }

        PageReaders readers = PageReaders.standard(CrawlHarness.DIRECTORY);
        IngestSummary rebuilt = new CorpusRebuilder(new FileIngester(readers), readers, CrawlHarness.DIRECTORY)
                .rebuild(dir.resolve("corpus"), h.index, h.writes);

        assertEquals(2, rebuilt.addedCount(), rebuilt.toString());
        assertEquals(crawled, h.index.passagesOf(planUrl()), "the same passages, pages included");
    }

    @Test
    void an_editor_refetch_of_a_pdf_indexes_it_and_then_finds_it_unchanged() throws Exception {
        PageResult first = h.refetch(planUrl());
        assertEquals("new", first.outcome(), first.toString());
        assertTrue(first.passages() > 3, first.toString());
        assertEquals("unchanged", h.refetch(planUrl()).outcome());

        PageResult locked = h.refetch(site.url("/kommun/mal-och-budget/dokument/last.pdf"));
        assertEquals("skipped", locked.outcome());
        assertEquals(PdfPageReader.ENCRYPTED, locked.detail());
    }

    @Test
    void a_pdf_over_its_own_size_limit_is_refused_while_pages_keep_theirs() throws Exception {
        byte[] plan = PlanPdfs.budget();
        try (Fetcher small = new Fetcher(CrawlHarness.FAST, plan.length - 1);
             Fetcher large = new Fetcher(new CrawlSettings(100, 200, java.time.Duration.ofSeconds(2), 100, true))) {
            FetchException e = org.junit.jupiter.api.Assertions.assertThrows(FetchException.class,
                    () -> small.fetch(planUrl()));
            assertEquals("too-large", e.kind());
            assertEquals(plan.length, large.fetch(planUrl()).body().length,
                    "the page limit (100 bytes here) does not apply to PDFs");
        }
        assertFalse(PageReaders.standard(CrawlHarness.DIRECTORY).formatOf("image/png", new byte[0]).isPresent());
    }
}
