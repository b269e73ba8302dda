package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Yes/no questions (our own wording): read by their verb-first form, answered only by a sentence that names the
 * focus of one of their clauses, not by one that merely shares the opening verb and the action.
 */
class PolarTest {

    private static final List<String> PAGES = List.of("""
            source: https://www.rattvik.se/bygga/anmalan
            Anmälan

            För att anmäla via e-tjänsten behöver du en e-legitimation från din bank.
            En eldstad eller en ny rökkanal kräver alltid en anmälan till byggnadsnämnden.
            """, """
            source: https://www.rattvik.se/bygga/bygglov
            Bygglov

            Du får inte påbörja bygget innan du har fått ett startbesked av kommunen.
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

    private static List<Concept> concepts(String... words) {
        return java.util.Arrays.stream(words).map(w -> new Concept(w, w, List.of(), List.of(), List.of(), 1.0)).toList();
    }

    @Test
    void a_yes_no_question_opens_with_its_verb_and_has_no_question_word() {
        assertTrue(Polar.isPolar("Måste jag söka bygglov för en altan?"));
        assertTrue(Polar.isPolar("Är simhallen öppen på midsommarafton?"));
        assertTrue(Polar.isPolar("Och får man ta med hunden?"));
        assertFalse(Polar.isPolar("Hur söker jag bygglov för en altan?"));
        assertFalse(Polar.isPolar("Var ligger återvinningscentralen?"));
        assertFalse(Polar.isPolar("Måste jag söka bygglov för en altan"));
    }

    @Test
    void each_clause_ends_with_its_focus() {
        assertEquals(List.of("altan"), words(Polar.foci("Måste jag söka bygglov för en altan?",
                concepts("måste", "söka", "bygglov", "altan"))));
        // "om" before a subject opens a condition; before a noun it is a preposition inside the clause
        assertEquals(List.of("hund", "koppel"), words(Polar.foci("Får jag ta med min hund om den har koppel?",
                concepts("hund", "koppel"))));
        assertEquals(List.of("förskola"), words(Polar.foci("Kan båda föräldrarna skriva under ansökan om förskola?",
                concepts("föräldrarna", "skriva", "ansökan", "förskola"))));
        // a word of the present is when it is asked about, not what
        assertEquals(List.of("simhallen"), words(Polar.foci("Är simhallen stängd fortfarande?",
                concepts("simhallen", "fortfarande"))));
        // the opening verb alone is no focus
        assertEquals(List.of(), words(Polar.foci("Behöver man?", concepts("behöver"))));
    }

    @Test
    void a_sentence_sharing_only_the_verb_and_the_action_does_not_answer() {
        Answer a = ask("Behöver jag anmäla en bastu i Rättvik?");
        assertFalse(a.answered(), a.answer());
        Answer b = ask("Behöver jag anmäla en eldstad i Rättvik?");
        assertTrue(b.answered() && b.answer().contains("kräver alltid en anmälan"), b.answer());
    }

    @Test
    void the_focus_of_the_condition_also_counts() {
        Answer a = ask("Får jag börja bygga i Rättvik innan jag fått startbesked?");
        assertTrue(a.answered() && a.answer().contains("startbesked"), a.answer());
    }

    private static List<String> words(List<Concept> concepts) {
        return concepts.stream().map(Concept::word).toList();
    }
}
