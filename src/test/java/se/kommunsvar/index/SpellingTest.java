package se.kommunsvar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void theCaseAsWrittenIsKept() {
        assertEquals(Optional.of("Mycket"), Spelling.commonWordNear("Myckte"));
    }
}
