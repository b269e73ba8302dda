package se.kommunsvar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void aSlipOfACommonWordIsPutRight() {
        assertEquals(Optional.of("mycket"), Spelling.commonWordNear("myckte"));  // swapped
        assertEquals(Optional.of("kostar"), Spelling.commonWordNear("kosar"));   // left out
        assertEquals(Optional.of("nummer"), Spelling.commonWordNear("nummmer")); // doubled
        assertEquals(Optional.of("timmar"), Spelling.commonWordNear("timnar"));  // mistyped
    }

    @Test
    void marksDoNotCountAsADifference() {
        assertEquals(Optional.of("ordförande"), Spelling.commonWordNear("ordforamde"));
    }

    @Test
    void aWordTheDictionaryKnowsOrAShortWordIsLeftAlone() {
        assertEquals(Optional.empty(), Spelling.commonWordNear("fort"));
        assertEquals(Optional.empty(), Spelling.commonWordNear("glömde"));
        assertEquals(Optional.empty(), Spelling.commonWordNear("bygglovet"));
    }

    @Test
    void onlyANeighbouringKeyIsTakenForAMistypedLetter() {
        assertEquals(Optional.of("snabbt"), Spelling.commonWordNear("snabt"));   // not "snart": b and r are far apart
        assertTrue(Spelling.Keyboard.neighbours('y', 'u'));
        assertTrue(Spelling.Keyboard.neighbours('g', 'v'));
        assertFalse(Spelling.Keyboard.neighbours('b', 'r'));
    }

    @Test
    void theCaseAsWrittenIsKept() {
        assertEquals(Optional.of("Mycket"), Spelling.commonWordNear("Myckte"));
    }
}
