package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.kommunsvar.index.SearchHit;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.parse.Passage;

class MunicipalityClarifierTest {

    private static final MunicipalityClarifier CLARIFIER =
            new MunicipalityClarifier(Set.of("Ale", "Borås", "Gnosjö"));

    private static Question question(Kind kind, Optional<Municipality> m) {
        return new Question("fråga", "fråga", m, kind, false, false, List.of(), false, false);
    }

    private static SearchHit hit(String municipality, float score) {
        return new SearchHit(new Passage("https://x.se/" + municipality + score, "t", municipality, "",
                List.of("text"), "", 0), score);
    }

    @Test
    void close_evidence_from_two_municipalities_is_asked_back_with_those_two_best_first() {
        Optional<Clarification> c = CLARIFIER.clarify(question(Kind.VISION, Optional.empty()),
                List.of(hit("Borås", 5f), hit("Ale", 4.5f), hit("Gnosjö", 1f)));
        assertEquals(List.of("Borås", "Ale"), c.orElseThrow().choices());
        assertEquals("Vilken kommun gäller det?", c.get().question());
    }

    @Test
    void clearly_better_evidence_from_one_municipality_is_answered() {
        assertTrue(CLARIFIER.clarify(question(Kind.VISION, Optional.empty()),
                List.of(hit("Borås", 5f), hit("Ale", 2f))).isEmpty());
    }

    @Test
    void a_contact_question_is_asked_back_with_every_municipality_that_has_pages() {
        assertEquals(List.of("Ale", "Borås", "Gnosjö"), CLARIFIER.clarify(question(Kind.CONTACT, Optional.empty()),
                List.of(hit("Borås", 5f))).orElseThrow().choices());
        assertEquals(3, CLARIFIER.clarify(question(Kind.CONTACT, Optional.empty()), List.of())
                .orElseThrow().choices().size());
    }

    @Test
    void best_evidence_from_a_page_of_no_municipality_is_answered_even_for_contact_questions() {
        assertTrue(CLARIFIER.clarify(question(Kind.CONTACT, Optional.empty()),
                List.of(hit("", 6f), hit("Ale", 5.9f), hit("Borås", 5.8f))).isEmpty());
        assertTrue(CLARIFIER.clarify(question(Kind.VISION, Optional.empty()),
                List.of(hit("", 6f), hit("Ale", 5.9f), hit("Borås", 5.8f))).isEmpty());
    }

    @Test
    void a_known_municipality_or_a_single_one_with_pages_is_never_asked_back() {
        Municipality ale = se.kommunsvar.municipality.MunicipalityDirectory.standard().byName("Ale").orElseThrow();
        assertTrue(CLARIFIER.clarify(question(Kind.CONTACT, Optional.of(ale)), List.of(hit("Borås", 5f))).isEmpty());
        assertTrue(new MunicipalityClarifier(Set.of("Ale")).clarify(question(Kind.CONTACT, Optional.empty()),
                List.of(hit("Ale", 5f))).isEmpty());
    }
}
