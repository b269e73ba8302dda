package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * One text published on several pages: the answer cites every page of the same publisher that carries the quoted
 * words verbatim, never a page that only shares words with them, nor a copy on another municipality's site.
 */
class CopiesTest {

    private static final String PARAGRAPH = """
            Färdtjänst är en särskild kollektivtrafik för dig som har svårt att resa med buss och tåg.
            Du ansöker om färdtjänst hos kommunens biståndshandläggare.
            """;

    private static final List<String> PAGES = List.of(
            "source: https://www.orsa.se/stod-och-omsorg/fardtjanst\nFärdtjänst\n\n" + PARAGRAPH,
            "source: https://www.orsa.se/trafik/resor-for-dig-med-funktionsnedsattning\nResor med stöd\n\n" + PARAGRAPH,
            """
            source: https://www.orsa.se/trafik/buss
            Buss och tåg

            Kollektivtrafiken i Orsa körs av Dalatrafik och du kan resa med buss och tåg till Mora.
            """,
            "source: https://www.rattvik.se/omsorg/fardtjanst\nFärdtjänst i Rättvik\n\n" + PARAGRAPH);

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
    void citesEveryPageOfThePublisherThatCarriesTheQuote() {
        Answer a = answerer.answer("Vad är färdtjänst i Orsa?", Optional.empty(), Optional.empty());
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("särskild kollektivtrafik"), a.answer());
        List<String> urls = a.citations().stream().map(Citation::url).sorted().toList();
        assertEquals(List.of("https://www.orsa.se/stod-och-omsorg/fardtjanst",
                "https://www.orsa.se/trafik/resor-for-dig-med-funktionsnedsattning"), urls);
    }
}
