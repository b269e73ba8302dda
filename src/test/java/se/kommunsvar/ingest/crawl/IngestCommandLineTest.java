package se.kommunsvar.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.kommunsvar.cli.Main;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.crawl.FixtureSite.Response;

/** {@code ingest} of folders and of a site on loopback, then {@code reindex} from the corpus alone, through the real command line. */
class IngestCommandLineTest {

    @TempDir
    Path dir;

    private static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Test
    void folders_of_text_and_html_pages_ingest_as_before_and_a_site_is_crawled_then_rebuilt_without_the_network() throws Exception {
        Path index = dir.resolve("index");
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), "source: https://www.hedemora.se/a\n\nVision\n\nHedemora växer och är tryggt.\n");
        Path html = dir.resolve("saved");
        Files.createDirectories(html);
        Files.copy(CrawlerTest.FIXTURES.resolve("lidingo-startsida-2018.html"), html.resolve("lidingo.html"));

        assertEquals(0, run("ingest", corpus.toString(), html.toString(), "--index", index.toString()));
        Set<String> files;
        try (PassageIndex i = PassageIndex.open(index)) {
            files = Set.copyOf(i.urls());
        }
        assertEquals(Set.of("https://www.hedemora.se/a", "http://www.lidingo.se"), files);

        try (FixtureSite site = new FixtureSite()) {
            site.put("/kommun/", Response.html(Files.readAllBytes(CrawlerTest.FIXTURES.resolve("umea-startsida-2018.html"))));
            assertEquals(1, run("ingest", site.url("/kommun/"), "--index", index.toString(), "--corpus", corpus.toString()),
                    "refused without --allow-private-hosts");
            assertEquals(0, run("ingest", site.url("/kommun/"), "--index", index.toString(), "--corpus", corpus.toString(),
                    "--allow-private-hosts", "--rate", "50", "--max-pages", "10", "--timeout", "5", "--max-bytes", "1000000"));
            try (PassageIndex i = PassageIndex.open(index)) {
                assertTrue(i.page(site.url("/kommun/")).isPresent());
            }
            // the server is gone: reindex has only the corpus (the .txt page and the crawled page; the saved HTML was not in it)
            site.close();
            assertEquals(0, run("reindex", "--index", index.toString(), "--corpus", corpus.toString()));
            try (PassageIndex i = PassageIndex.open(index)) {
                Set<String> urls = Set.copyOf(i.urls());
                assertEquals(Set.of("https://www.hedemora.se/a", site.url("/kommun/")), urls);
                assertTrue(i.passagesOf(site.url("/kommun/")).stream().map(p -> p.heading() + " " + p.text()).collect(Collectors.joining())
                        .contains("125 000 invånare"));
                assertTrue(i.origin(site.url("/kommun/")).isPresent(), "the rebuilt page keeps its hash and validators");
            }
        }
        assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().startsWith("index.")), "no folders left aside");
    }

    @Test
    void reindex_refuses_clearly_while_a_server_holds_the_index() {
        Path index = dir.resolve("index");
        try (PassageIndex held = PassageIndex.open(index)) {
            var err = new java.io.StringWriter();
            int code = new CommandLine(new Main()).setErr(new java.io.PrintWriter(err))
                    .execute("reindex", "--index", index.toString(), "--corpus", dir.resolve("corpus").toString());
            assertEquals(1, code);
            assertTrue(err.toString().contains("admin API"), err.toString());
        }
    }

    @Test
    void a_crawl_names_whose_site_a_loopback_host_is_and_its_pdf_limit() throws Exception {
        Path index = dir.resolve("index");
        try (FixtureSite site = new FixtureSite()) {
            site.put("/kommun/", Response.html("<html><body><main><h1>Budget</h1><p>Kommunens budget för året finns "
                    + "här: <a href=\"/download/18.1/plan.pdf\">plan</a>.</p></main></body></html>"));
            site.put("/download/18.1/plan.pdf", Response.of(200, "application/pdf", se.kommunsvar.parse.pdf.PlanPdfs.budget()));
            String[] crawl = {"ingest", site.url("/kommun/"), "--index", index.toString(), "--corpus", dir.resolve("corpus").toString(),
                "--allow-private-hosts", "--rate", "50", "--municipality", "Hedemora kommun", "--max-pdf-bytes", "100"};

            assertEquals(0, run(crawl));
            try (PassageIndex i = PassageIndex.open(index)) {
                assertEquals("Hedemora", i.page(site.url("/kommun/")).orElseThrow().municipality());
                assertTrue(i.page(site.url("/download/18.1/plan.pdf")).isEmpty(), "over --max-pdf-bytes");
            }
            crawl[crawl.length - 1] = "50000000";
            assertEquals(0, run(crawl));
            try (PassageIndex i = PassageIndex.open(index)) {
                assertEquals("Hedemora", i.page(site.url("/download/18.1/plan.pdf")).orElseThrow().municipality());
            }
        }
    }
}
