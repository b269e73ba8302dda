package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void abbreviations_and_decimal_numbers_do_not_end_a_sentence() {
        assertEquals(List.of("Ring Kundtjänst tel. 0225-34 000 kl. 8–16, t.ex. om bygglov.", "Skatten är 21,10 kr."),
                Sentences.split("Ring Kundtjänst tel. 0225-34 000 kl. 8–16, t.ex. om bygglov. Skatten är 21,10 kr."));
    }

    @Test
    void a_sentence_ends_before_a_capital_digit_or_quote_and_at_a_line_break() {
        assertEquals(List.of("Visionen antogs.", "2038 är vi fler.", "”Vi hjälps åt.”", "Rubrik utan punkt", "Nästa rad"),
                Sentences.split("Visionen antogs. 2038 är vi fler. ”Vi hjälps åt.” Rubrik utan punkt\nNästa rad"));
    }

    @Test
    void lower_case_after_a_full_stop_continues_the_sentence() {
        assertEquals(List.of("Det gäller ca. tre av fyra och s.k. särskilda boenden."),
                Sentences.split("Det gäller ca. tre av fyra och s.k. särskilda boenden."));
    }
}
