package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.kommunsvar.municipality.MunicipalityDirectory;

/** How a question typed without å/ä/ö or with a slip is read (Diacritics, Spelling through QuestionReader). */
class ResidentsWordingTest {

    /** A spelling that knows one slip, standing in for the pages' spelling check. */
    private final QuestionReader reader = new QuestionReader(MunicipalityDirectory.standard(), Vocabulary.standard(),
            w -> w.equals("kosatr") ? "kostar" : w);

    @Test
    void aQuestionWithoutMarksIsReadWithThem() {
        Question q = reader.read("Nar ar nasta mote i fullmaktige i Harnosand?");
        assertEquals("När är nästa möte i fullmäktige i Harnosand?", q.text());
        assertEquals("Härnösand", q.municipality().orElseThrow().name());
        assertEquals(Kind.DATE, q.kind());
    }

    @Test
    void aMunicipalityNameStaysAsWritten() {
        Question q = reader.read("nar oppnar biblioteket i Angelholm");
        assertEquals("när öppnar biblioteket i Angelholm", q.text());
        assertEquals("Ängelholm", q.municipality().orElseThrow().name());
    }

    @Test
    void aSlipIsPutRightBeforeTheKindIsRead() {
        Question q = reader.read("Vad kosatr en parkeringstillstånd i Ystad?");
        assertEquals(Kind.PRICE, q.kind());
    }

    @Test
    void aCapitalisedWordInsideTheQuestionIsAName() {
        Question q = reader.read("Vem leder Kosatr i Ystad?");
        assertEquals("Vem leder Kosatr i Ystad?", q.text());
    }
}
