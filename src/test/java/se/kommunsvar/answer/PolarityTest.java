package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PolarityTest {

    @Test
    void a_negated_question_needs_a_sentence_that_states_an_exception() {
        String q = "Vilka behöver inte betala avgift för fritidshemmet?";
        assertFalse(Polarity.agrees(q, "Alla barn som har plats på fritidshemmet betalar en avgift varje månad."));
        assertTrue(Polarity.agrees(q, "Barn som går på lovfritids behöver inte betala någon avgift."));
        assertTrue(Polarity.agrees(q, "Syskon är undantagna från avgiften."));
    }

    @Test
    void a_question_that_negates_nothing_takes_any_sentence() {
        assertTrue(Polarity.agrees("Vad kostar fritidshemmet?", "Avgiften är 3 procent av hushållets inkomst."));
        assertTrue(Polarity.agrees("Vad kostar fritidshemmet?", "Du betalar ingen avgift under sommaren."));
    }

    @Test
    void negation_is_a_whole_word() {
        // "ingenjör" and "ejder" hold negation words' letters but negate nothing
        assertFalse(Polarity.agrees("Vem får inte parkera här?", "Kommunens ingenjör ansvarar för ejderns boplatser."));
    }
}
