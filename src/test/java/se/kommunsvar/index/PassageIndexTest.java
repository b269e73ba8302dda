package se.kommunsvar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.parse.Block;
import se.kommunsvar.parse.Page;
import se.kommunsvar.parse.PageDates;
import se.kommunsvar.parse.Passages;

/** The index's own promises: a page is replaced whole, deleted whole, and changes show only once committed. */
class PassageIndexTest {

    private static final String URL = "https://www.exempel.se/kommun-och-politik/vision";

    @TempDir
    Path dir;

    @Test
    void reindexing_a_page_replaces_its_old_passages() {
        try (PassageIndex index = PassageIndex.open(dir)) {
            put(index, "Vår vision är en välkomnande kommun.", "Vi bygger bostäder i centrum.");
            index.commit();
            put(index, "Vår vision är en växande och trygg kommun.");
            index.commit();
            assertEquals(0, hits(index, "välkomnande"));
            assertEquals(1, hits(index, "växande"));
            assertEquals(1, index.pages(Optional.empty()).size());
            assertEquals(index.passagesOf(URL).size(), index.stats().passages());
        }
    }

    @Test
    void a_page_read_before_a_commit_is_read_anew_after_it() {
        try (PassageIndex index = PassageIndex.open(dir)) {
            put(index, "Vår vision är en välkomnande kommun.");
            index.commit();
            assertTrue(text(index).contains("välkomnande"));
            put(index, "Vår vision är en växande och trygg kommun.");
            assertTrue(text(index).contains("välkomnande"), "uncommitted changes are not read");
            index.commit();
            assertTrue(text(index).contains("växande"), text(index));
            index.deletePage(URL);
            index.commit();
            assertTrue(index.passagesOf(URL).isEmpty());
        }
    }

    private static String text(PassageIndex index) {
        return String.join("\n", index.passagesOf(URL).stream().map(p -> p.text()).toList());
    }

    @Test
    void a_deleted_page_leaves_nothing_behind() {
        try (PassageIndex index = PassageIndex.open(dir)) {
            put(index, "Vår vision är en välkomnande kommun.");
            index.commit();
            index.deletePage(URL);
            index.commit();
            assertEquals(0, hits(index, "välkomnande"));
            assertTrue(index.page(URL).isEmpty());
            assertEquals(new IndexStats(0, 0, 0), index.stats());
            assertTrue(index.municipalities().isEmpty());
        }
    }

    @Test
    void changes_are_searched_only_after_the_commit() {
        try (PassageIndex index = PassageIndex.open(dir)) {
            put(index, "Vår vision är en välkomnande kommun.");
            assertEquals(0, hits(index, "välkomnande"));
            index.commit();
            assertEquals(1, hits(index, "välkomnande"));
        }
    }

    @Test
    void discarded_changes_leave_the_last_commit_on_disk() {
        PassageIndex index = PassageIndex.open(dir);
        put(index, "Vår vision är en välkomnande kommun.");
        index.commit();
        index.deletePage(URL);
        put(index, "Helt annan text om simhallen.");
        index.discardUncommittedAndClose();
        try (PassageIndex reopened = PassageIndex.open(dir)) {
            assertEquals(1, hits(reopened, "välkomnande"));
            assertEquals(0, hits(reopened, "simhall"));
        }
    }

    private static void put(PassageIndex index, String... paragraphs) {
        List<Block> blocks = new java.util.ArrayList<>(List.of(Block.heading("Vision", 1)));
        for (String p : paragraphs) {
            blocks.add(Block.paragraph(p));
        }
        Page page = new Page(URL, "Vision", "Ale", PageDates.none(), List.of(), blocks);
        index.replacePage(page, Passages.of(page), Instant.now());
    }

    private static int hits(PassageIndex index, String word) {
        String term = index.analyzer().terms(word).get(0);
        return index.search(new TermQuery(new Term(Fields.TEXT, term)), 10).size();
    }
}
