package se.kommunsvar.answer;

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
 * Which sentence answers, on a real temporary index of pages written for the test (our own wording): a sentence that
 * names the asked thing is quoted with the sentence that goes on about it, so the explanation is in the answer.
 */
class SentenceSelectionTest {

    private static final List<String> PAGES = List.of("""
            source: https://www.mora.se/bygga-bo/avfall/radgivning
            Rådgivning om avfall

            I kommunen finns sedan några år en särskild avfallsrådgivare för hushållen. Hen besöker skolor och föreningar och visar hur man sorterar matavfall. Vi har också en återbrukscentral vid Östnor.
            Sophämtningen sker varannan vecka.
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
    void the_sentence_that_goes_on_about_the_asked_thing_is_quoted_with_the_one_naming_it() {
        Answer a = answerer.answer("Vad gör avfallsrådgivaren i Mora?", Optional.empty(), Optional.empty());
        assertTrue(a.answered() && a.answer().contains("besöker skolor och föreningar"), a.answer());
        // the next sentence neither refers back nor names the subject: it is not quoted
        assertTrue(!a.answer().contains("återbrukscentral"), a.answer());
    }
}
