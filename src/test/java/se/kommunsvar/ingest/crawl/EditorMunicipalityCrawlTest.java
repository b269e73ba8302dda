package se.kommunsvar.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.ingest.crawl.FixtureSite.Response;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.Page;

/**
 * A site served from a host of no municipality (here loopback, as the reliability bench serves its generated sites)
 * gets the municipality an editor names for the crawl; a host that belongs to a municipality keeps its own.
 */
class EditorMunicipalityCrawlTest {

    private static final String PAGE = "<html lang=\"sv\"><head><title>Bygglov</title>"
            + "<link rel=\"canonical\" href=\"https://www.hedemora.se/bygglov\"></head><body><main><h1>Bygglov</h1>"
            + "<p>Du behöver bygglov för att bygga ett nytt hus i kommunen.</p></main></body></html>";

    @TempDir
    Path dir;
    FixtureSite site;
    CrawlHarness h;

    @BeforeEach
    void start() throws IOException {
        site = new FixtureSite();
        h = new CrawlHarness(dir);
        site.put("/bygga/", Response.html(PAGE));
    }

    @AfterEach
    void stop() {
        h.close();
        site.close();
    }

    private Municipality named(String name) {
        return CrawlHarness.DIRECTORY.expectByName(name);
    }

    @Test
    void pages_of_a_host_of_no_municipality_get_the_editors_and_keep_it_on_a_refetch() throws Exception {
        try (Crawler c = new Crawler(CrawlHarness.FAST, new HtmlPageParser(CrawlHarness.DIRECTORY), CrawlHarness.DIRECTORY,
                h.index, h.writes, h.corpus, Optional.of(named("Hedemora")))) {
            c.crawl(site.url("/bygga/"));
        }
        assertEquals("Hedemora", h.index.page(site.url("/bygga/")).orElseThrow().municipality());

        site.put("/bygga/", Response.html(PAGE.replace("nytt hus", "nytt hus eller en carport")));
        assertEquals("changed", h.refetch(site.url("/bygga/")).outcome());
        assertEquals("Hedemora", h.index.page(site.url("/bygga/")).orElseThrow().municipality(),
                "an editor's setting lasts over a re-fetch of one page");

        se.kommunsvar.parse.PageReaders readers = se.kommunsvar.parse.PageReaders.standard(CrawlHarness.DIRECTORY);
        new CorpusRebuilder(new se.kommunsvar.ingest.FileIngester(readers), readers, CrawlHarness.DIRECTORY)
                .rebuild(dir.resolve("corpus"), h.index, h.writes);
        assertEquals("Hedemora", h.index.page(site.url("/bygga/")).orElseThrow().municipality(),
                "a rebuild from the corpus keeps it");
    }

    @Test
    void without_the_editors_word_a_loopback_page_is_no_municipalitys() throws Exception {
        h.crawl(site.url("/bygga/"));
        assertEquals("", h.index.page(site.url("/bygga/")).orElseThrow().municipality());
    }

    @Test
    void a_host_that_belongs_to_a_municipality_is_never_overridden() {
        Page page = new HtmlPageParser(CrawlHarness.DIRECTORY).parse(PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "", "https://www.hedemora.se/bygglov");
        PageKeys keys = new PageKeys(CrawlHarness.DIRECTORY, Optional.of(named("Falun")));

        assertEquals("Hedemora", keys.keyed(page, "https://www.hedemora.se/bygglov").municipality());
        assertEquals("Falun", keys.keyed(page, "http://127.0.0.1:8080/bygglov").municipality());
        assertEquals(List.of("Hedemora", "Falun"), List.of(named("hedemora kommun").name(), named("Falu kommun").name()));
    }
}
