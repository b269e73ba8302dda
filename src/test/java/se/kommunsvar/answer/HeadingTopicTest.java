package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.index.PassageIndex;

/**
 * A page's heading names its topic (our own wording): a sentence under it answers a general question by carrying what
 * the heading leaves unsaid, not by repeating the heading's words.
 */
class HeadingTopicTest {

    private static final List<String> PAGES = List.of("""
            source: https://www.falun.se/omsorg/korttidsboende
            Korttidsboende för äldre

            Plats på korttidsboende för äldre beviljas efter en utredning av en biståndshandläggare i Falun.
            Du betalar för mat och förbrukningsartiklar.
            """);

    @TempDir
    static Path folder;
    private static PassageIndex index;
    private static Answerer answerer;

    @BeforeAll
    static void buildIndex() {
        index = TestIndex.ofTexts(folder, PAGES);
        answerer = TestIndex.answerer(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void the_sentence_carrying_what_the_heading_leaves_unsaid_answers() {
        Answer a = answerer.answer("Vad betalar man för på ett korttidsboende för äldre i Falun?", Optional.empty(), Optional.empty());
        assertTrue(a.answered() && a.answer().contains("mat och förbrukningsartiklar"), a.answer());
        assertFalse(a.answer().contains("biståndshandläggare"), a.answer());
    }
}
