package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The type and time checks on a real temporary index of pages written for the test (our own wording, in the way
 * municipal pages write): an answer carries the kind of fact asked, for the asked year and office, or the question
 * is declined, with pages about the subject suggested.
 */
class AnswerTypesTest {

    private static final List<String> PAGES = List.of("""
            source: https://www.mora.se/kommun-och-politik/ekonomi/skatt
            Skatt och ekonomi

            Kommunalskatten i Mora är 22,35 kronor för 2024.
            Regionen höjde sin skatt med 0,40 kronor samma år.
            """, """
            source: https://www.mora.se/kommun-och-politik/politiker
            Politiker i Mora

            Kommunfullmäktiges ordförande är Karin Berg (C).
            Kommunstyrelsens ordförande är Lars Dahl (S), som också är kommunalråd på heltid.
            """, """
            source: https://www.leksand.se/ekonomi/skattesats
            Skattesats 2025

            Kommunalskatten i Leksand är 22,10 kronor per hundralapp.
            """, """
            source: https://www.mora.se/bygga-bo/sophamtning
            Sophämtning

            Sophämtningen sker varannan vecka i hela kommunen.
            Om du har missat tömningen kan du beställa en extra hämtning via e-tjänsten.
            Vi hämtar matavfall och restavfall i separata kärl.
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

    private static Answer ask(String question) {
        return answerer.answer(question, Optional.empty(), Optional.empty());
    }

    @Test
    void a_question_about_one_year_is_answered_for_that_year_and_declined_for_another() {
        Answer asked = ask("Vad är kommunalskatten i Mora 2024?");
        assertTrue(asked.answered() && asked.answer().contains("22,35"), asked.answer());
        Answer other = ask("Vad var kommunalskatten i Mora 2013?");
        assertFalse(other.answered(), other.answer());
        assertTrue(other.citations().isEmpty());
    }

    @Test
    void a_figure_with_no_year_asked_says_which_year_it_is_for() {
        Answer a = ask("Vad är kommunalskatten i Leksand?");
        assertTrue(a.answered() && a.answer().contains("22,10") && a.answer().contains("(Uppgiften gäller 2025.)"),
                a.answer());
    }

    @Test
    void a_follow_up_keeps_the_asked_year() {
        Answer first = ask("Vad är kommunalskatten i Mora 2024?");
        assertTrue(first.answered(), first.answer());
        Answer second = answerer.answer("Och i Leksand?", Optional.empty(), Optional.of(first.conversationId()));
        assertFalse(second.answered(), "Leksand's page gives the rate for 2025, not 2024: " + second.answer());
    }

    @Test
    void a_chair_of_one_organ_is_not_the_answer_about_another() {
        Answer ks = ask("Vem är kommunstyrelsens ordförande i Mora?");
        assertTrue(ks.answered() && ks.answer().contains("Lars Dahl"), ks.answer());
        Answer kf = ask("Vem är ordförande i kommunfullmäktige i Mora?");
        assertTrue(kf.answered() && kf.answer().contains("Karin Berg"), kf.answer());
    }

    @Test
    void a_price_question_needs_an_amount_and_is_otherwise_declined_with_the_page_suggested() {
        Answer a = ask("Vad kostar en extra hämtning av sopor i Mora?");
        assertFalse(a.answered(), "no sentence states a price: " + a.answer());
        assertTrue(a.related().stream().anyMatch(r -> r.url().endsWith("/sophamtning")), a.related().toString());
    }
}
