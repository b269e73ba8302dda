package se.kommunsvar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiacriticsTest {

    @Test
    void putsBackTheCommonestFormOfEachWord() {
        assertEquals("När öppnar återvinningscentralen på lördag?",
                Diacritics.restore("Nar oppnar atervinningscentralen pa lordag?"));
        assertEquals("hur många platser får en förskola ha",
                Diacritics.restore("hur manga platser far en forskola ha"));
    }

    @Test
    void aWordCommonerWithoutMarksStaysAsWritten() {
        // "var" and "man" are commoner than "vår" and "män"
        assertEquals("Var kan man lämna grovsopor?", Diacritics.restore("Var kan man lamna grovsopor?"));
    }

    @Test
    void aCompoundTheDictionaryKnowsInOneFormIsRestored() {
        assertEquals("Vem leder kommunfullmäktige?", Diacritics.restore("Vem leder kommunfullmaktige?"));
    }

    @Test
    void aQuestionWithMarksIsLeftAlone() {
        String asked = "Hur mycket kostar parkering pa torget i Växjö?";
        assertEquals(asked, Diacritics.restore(asked));
    }

    @Test
    void capitalsAreKept() {
        assertEquals("ÄR", Diacritics.word("AR"));
        assertEquals("Får", Diacritics.word("Far"));
    }
}
