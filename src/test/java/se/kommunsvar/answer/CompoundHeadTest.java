package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A compound covers the asked word that is its last part, when the Swedish dictionary lets the rest begin a compound. */
class CompoundHeadTest {

    private static Concept concept(String term) {
        return new Concept(term, term, List.of(), List.of(), 1.0);
    }

    @Test
    void aCompoundIsAKindOfItsLastPart() {
        assertEquals(0.8, concept("styr").matchIn(Set.of("samverkansstyr", "bestar")));
        assertEquals(0.8, concept("skatt").matchIn(Set.of("inkomstskatt")));
    }

    @Test
    void aWordThatOnlyEndsInTheAskedLettersIsNoCompoundOfIt() {
        assertEquals(0.0, concept("ring").matchIn(Set.of("forandring")));
        assertEquals(0.0, concept("skatt").matchIn(Set.of("xqzskatt")));
    }

    @Test
    void shortTermsAreNotMatchedAsHeads() {
        assertEquals(0.0, concept("val").matchIn(Set.of("kommunval")));
    }
}
