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
 * An abstention sends the resident to the municipality's own contact, never to one person's number that a page lists
 * under a role ("Ordförande").
 */
class AbstentionContactTest {

    private static final List<String> PAGES = List.of("""
            source: https://www.orsa.se/politik/kommunfullmaktige
            Kommunfullmäktige

            Kommunfullmäktige är kommunens högsta beslutande organ och sammanträder sex gånger om året.

            Kontakta

            Anna Berg
            Ordförande

            070-123 45 67
            """, """
            source: https://www.rattvik.se/politik/kommunfullmaktige
            Kommunfullmäktige

            Kommunfullmäktige i Rättvik sammanträder fem gånger om året.

            Kontakta Rättviks kommun
            0248-700 00
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
    void aRolesNumberIsNeverOfferedForAQuestionItWasNotListedFor() {
        Answer a = answerer.answer("Hur många bibliotek finns i Orsa?", Optional.empty(), Optional.empty());
        assertFalse(a.answered(), a.answer());
        assertFalse(a.answer().contains("070-123 45 67"), a.answer());
    }

    @Test
    void theMunicipalitysOwnContactIsOffered() {
        Answer a = answerer.answer("Hur många bibliotek finns i Rättvik?", Optional.empty(), Optional.empty());
        assertFalse(a.answered(), a.answer());
        assertTrue(a.answer().contains("0248-700 00"), a.answer());
    }
}
