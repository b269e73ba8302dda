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

/** "Vilka partier …?" is answered by a sentence that names the parties, though it never says "partier". */
class PartyWordTest {

    private static final List<String> PAGES = List.of("""
            source: https://www.orsa.se/nyheter/nytt-styre
            Nytt styre i Orsa

            Efter valet leds kommunen av Samverkan för Orsa, bestående av Centerpartiet, Liberalerna och Kristdemokraterna.
            Oppositionsrådet kommer från Socialdemokraterna.
            """, """
            source: https://www.orsa.se/omsorg/hemtjanst
            Hemtjänst

            I avgiften för hemtjänst ingår städning, tvätt och inköp.
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
    void theWordPartiesIsCoveredByANamedParty() {
        Concept parties = answerer.concepts("partier").get(0);
        assertTrue(parties.matchIn(java.util.Set.copyOf(new se.kommunsvar.index.PassageSearch(index).terms("Moderaterna"))) > 0, parties.toString());
    }

    @Test
    void partyNamesAnswerForTheWordParties() {
        Answer a = answerer.answer("Vilka partier ingår i Samverkan för Orsa?", Optional.empty(), Optional.empty());
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("Centerpartiet, Liberalerna och Kristdemokraterna"), a.answer());
    }
}
