package se.kommunsvar.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.kommunsvar.cli.Main;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.crawl.FixtureSite.Response;

/**
 * A crawl killed with SIGKILL half-way (a real {@code ingest} process, {@code kill -9}) must not make {@code reindex}
 * lose pages: the corpus holds every page of the last commit (and those fetched after it), so the rebuilt index has
 * at least the pages the killed one had.
 */
class CrawlerKilledTest {

    private static final int PAGES = 130;
    /** Fetched after two commits (at 50 and 100 changed pages) and held open until the process is killed. */
    private static final int HANGING_PAGE = 115;

    @TempDir
    Path dir;

    @Test
    void a_crawl_killed_with_sigkill_leaves_a_corpus_from_which_reindex_loses_no_page() throws Exception {
        assertTrue(HANGING_PAGE > 2 * Crawler.COMMIT_EVERY, "the hanging page comes after the second commit");
        Path index = dir.resolve("index");
        Path corpus = dir.resolve("corpus");
        try (FixtureSite site = new FixtureSite()) {
            StringBuilder links = new StringBuilder("<html><body><main><h1>Sidor</h1><p>Alla sidor om kommunen.</p>");
            for (int i = 0; i < PAGES; i++) {
                links.append("<a href=\"s").append(i).append(".html\">s").append(i).append("</a> ");
                Response page = Response.html("<html><head><title>Sida " + i + "</title></head><body><main><h1>Sida " + i
                        + "</h1><p>Sida " + i + " berättar om kommunens tjänst nummer " + i + ".</p></main></body></html>");
                site.put("/kommun/s" + i + ".html", i == HANGING_PAGE ? page.delayed(120_000) : page);
            }
            site.put("/kommun/", Response.html(links.append("</main></body></html>").toString()));

            Process crawl = new ProcessBuilder(command(site.url("/kommun/"), index, corpus))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("crawl.log").toFile()).start();
            try {
                Instant deadline = Instant.now().plusSeconds(60);
                while (site.requestsTo("/kommun/s" + HANGING_PAGE + ".html").isEmpty() && Instant.now().isBefore(deadline)) {
                    Thread.sleep(20);
                }
                assertTrue(crawl.isAlive() && !site.requestsTo("/kommun/s" + HANGING_PAGE + ".html").isEmpty(),
                        "the crawl reached the hanging page");
            } finally {
                crawl.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
                crawl.waitFor(10, TimeUnit.SECONDS);
            }
        }

        Set<String> before;
        try (PassageIndex i = PassageIndex.open(index)) {
            before = Set.copyOf(i.urls());
        }
        int stored = new Corpus(corpus).entries().size();
        assertTrue(before.size() >= 100, "two commits were made before the kill: " + before.size());
        assertTrue(stored > before.size(), "the corpus is ahead of the index: " + stored + " stored, " + before.size() + " indexed");

        assertEquals(0, new CommandLine(new Main()).execute("reindex", "--index", index.toString(), "--corpus", corpus.toString()));

        try (PassageIndex i = PassageIndex.open(index)) {
            Set<String> after = Set.copyOf(i.urls());
            assertTrue(after.containsAll(before), "reindex lost pages the killed crawl had committed");
            assertEquals(stored, after.size(), "every stored page is back");
        }
    }

    /**
     * An index whose corpus lost entries (made by an older version, killed between commit and corpus write): the
     * editors' rebuild refuses, names what it would drop and keeps the index, unless told to drop them.
     */
    @Test
    void a_rebuild_over_a_corpus_behind_the_index_is_refused_and_the_index_kept() throws Exception {
        try (FixtureSite site = new FixtureSite(); CrawlHarness h = new CrawlHarness(dir)) {
            for (String p : List.of("a", "b", "c")) {
                site.put("/kommun/" + p + ".html", Response.html("<html><body><main><h1>Sida " + p + "</h1><p>Sidan " + p
                        + " berättar om kommunens tjänster.</p></main></body></html>"));
            }
            site.put("/kommun/", Response.html("<html><body><main><h1>Start</h1><p>Alla sidor om kommunen.</p>"
                    + "<a href=\"a.html\">a</a> <a href=\"b.html\">b</a> <a href=\"c.html\">c</a></main></body></html>"));
            h.crawl(site.url("/kommun/"));
            String lost = site.url("/kommun/b.html");
            h.corpus.delete(lost);
            try (IndexEditor editor = new IndexEditor(CrawlHarness.FAST, h.index, CrawlHarness.DIRECTORY, dir.resolve("corpus"))) {
                IndexEditor.CorpusBehindIndexException refused = org.junit.jupiter.api.Assertions.assertThrows(
                        IndexEditor.CorpusBehindIndexException.class, editor::rebuild);
                assertEquals(List.of(lost), refused.missing());
                assertEquals(4, h.index.urls().size(), "the index is kept");

                assertEquals(3, editor.rebuild(true).orElseThrow().addedCount(), "with force the rest is rebuilt");
                assertEquals(3, h.index.urls().size());
            }
        }
    }

    /** The same JVM and classpath as the tests, running {@code ingest} on the loopback site. */
    private static List<String> command(String site, Path index, Path corpus) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of("ingest", site, "--index", index.toString(), "--corpus", corpus.toString(),
                "--allow-private-hosts", "--rate", "200", "--max-pages", "500", "--timeout", "120"));
        return cmd;
    }
}
