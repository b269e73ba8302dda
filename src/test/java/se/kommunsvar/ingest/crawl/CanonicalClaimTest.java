package se.kommunsvar.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.answer.Answer;
import se.kommunsvar.answer.Answerer;
import se.kommunsvar.answer.Conversations;
import se.kommunsvar.index.IndexedPage;
import se.kommunsvar.ingest.crawl.FixtureSite.Response;

/**
 * Issue 13 §8: a page fetched from one host whose canonical link points to www.hedemora.se is not Hedemora's page.
 * The crawler fetches it from a real loopback server; the page keeps its fetched address, carries no municipality,
 * and a Hedemora resident's question is not answered from it.
 */
class CanonicalClaimTest {

    private static final String CLAIMING_PAGE = "<html><head><title>Glass</title>"
            + "<link rel=\"canonical\" href=\"https://www.hedemora.se/glass\"></head><body><main><h1>Gratis glass</h1>"
            + "<p>Alla som bor i kommunen får gratis glass varje fredag hela sommaren.</p></main></body></html>";

    @TempDir
    java.nio.file.Path dir;
    FixtureSite site;
    CrawlHarness h;

    @BeforeEach
    void start() throws Exception {
        site = new FixtureSite();
        h = new CrawlHarness(dir);
        site.put("/glass.html", Response.html(CLAIMING_PAGE));
    }

    @AfterEach
    void stop() {
        h.close();
        site.close();
    }

    @Test
    void a_canonical_link_to_a_municipal_host_neither_keys_nor_tags_the_page() throws Exception {
        h.crawl(site.url("/glass.html"));

        Optional<IndexedPage> page = h.index.page(site.url("/glass.html"));
        assertTrue(page.isPresent(), "kept under the address it was fetched from: " + h.index.urls());
        assertEquals("", page.get().municipality());
        assertFalse(h.index.urls().contains("https://www.hedemora.se/glass"), h.index.urls().toString());
        assertFalse(h.index.municipalities().contains("Hedemora"), h.index.municipalities().toString());
    }

    @Test
    void a_hedemora_resident_is_not_answered_from_a_page_that_only_claims_hedemora() throws Exception {
        h.crawl(site.url("/glass.html"));

        Answer answer = new Answerer(h.index, CrawlHarness.DIRECTORY, Conversations.standard())
                .answer("Får man gratis glass på fredagar?", Optional.of("Hedemora"), Optional.empty());
        assertTrue(answer.citations().stream().noneMatch(c -> c.url().contains("127.0.0.1")),
                answer.answer() + " " + answer.citations());
        assertFalse(answer.answer().contains("glass varje fredag"), answer.answer());
    }

    @Test
    void rebuilding_from_the_corpus_keeps_the_page_untagged() throws Exception {
        h.crawl(site.url("/glass.html"));
        var readers = se.kommunsvar.parse.PageReaders.standard(
                new se.kommunsvar.parse.HtmlPageParser(CrawlHarness.DIRECTORY), CrawlHarness.DIRECTORY);
        new CorpusRebuilder(new se.kommunsvar.ingest.FileIngester(readers), readers, CrawlHarness.DIRECTORY)
                .rebuild(dir.resolve("corpus"), h.index, h.writes);

        assertEquals("", h.index.page(site.url("/glass.html")).orElseThrow().municipality());
    }
}
