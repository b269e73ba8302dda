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

/** The answerer on a real temporary index built from the bundled corpus. */
class AnswererTest {

    private static final String HEDEMORA_2021 = "https://www.hedemora.se/vision-och-mål/mål-för-kommunen-2021__5168";

    @TempDir
    static Path folder;
    private static PassageIndex index;
    private static Answerer answerer;

    @BeforeAll
    static void buildIndex() {
        index = TestIndex.ofCorpus(folder);
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
    void an_answer_quotes_the_page_cites_it_and_shows_its_date_in_the_text() {
        Answer a = ask("Vilka partier styr i Hedemora?");
        assertTrue(a.answered());
        assertFalse(a.citations().isEmpty());
        assertEquals(HEDEMORA_2021, a.citations().get(0).url());
        assertTrue(a.answer().startsWith("Enligt hedemora.se"), a.answer());
        assertTrue(a.answer().contains("uppdaterad 2021-03-10"), a.answer());
        assertTrue(a.answer().contains("Socialdemokraterna, Centerpartiet och Vänsterpartiet"), a.answer());
        assertEquals("2021-03-10", a.citations().get(0).updated());
    }

    @Test
    void a_question_the_pages_do_not_answer_is_declined_without_citations_and_with_the_contact_channel() {
        Answer a = ask("Hur ansöker jag om bygglov i Hallsberg?");
        assertFalse(a.answered());
        assertTrue(a.citations().isEmpty());
        assertTrue(a.answer().startsWith("Jag hittar inget svar"), a.answer());
    }

    @Test
    void the_contact_channel_is_offered_when_the_corpus_knows_it() {
        Answer a = ask("När har återvinningscentralen öppet i Hedemora?");
        assertFalse(a.answered());
        assertTrue(a.answer().contains("0225-34 000"), a.answer());
    }

    @Test
    void a_municipality_outside_the_corpus_is_declined_plainly() {
        Answer a = ask("Vad kostar bussen i Mora?");
        assertFalse(a.answered());
        assertTrue(a.citations().isEmpty());
        assertTrue(a.answer().contains("inga sidor från Mora kommun"), a.answer());
    }

    @Test
    void a_governing_question_about_a_municipality_whose_pages_do_not_say_is_declined() {
        Answer a = ask("Vilka partier styr i Smedjebacken?");
        assertFalse(a.answered());
        assertTrue(a.citations().isEmpty());
    }

    @Test
    void a_list_question_gets_the_whole_list() {
        Answer a = ask("Vilka är Vallentunas nya kommungemensamma mål?");
        assertTrue(a.answered());
        assertTrue(a.answer().contains("Hög kvalitet, Hållbar tillväxt och Tryggt samhälle"), a.answer());
        assertTrue(a.answer().contains("sidan anger inget datum"), a.answer());
    }

    @Test
    void typos_in_words_and_names_are_tolerated() {
        Answer a = ask("Vilka partir styr i hedemra?");
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("Socialdemokraterna"), a.answer());
    }

    @Test
    void an_english_question_is_answered_with_the_swedish_source_quoted() {
        Answer a = ask("Who governs Hedemora?");
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().startsWith("According to hedemora.se"), a.answer());
        assertTrue(a.answer().contains("Socialdemokraterna, Centerpartiet och Vänsterpartiet"), a.answer());
    }

    @Test
    void a_contact_question_is_answered_from_the_contact_facts_of_the_page() {
        Answer a = ask("Vilket telefonnummer har Smedjebackens kansliavdelning?");
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("0240-66 00 00"), a.answer());
    }

    @Test
    void the_widgets_municipality_is_used_when_the_question_names_none() {
        Answer a = answerer.answer("Vad är visionen?", Optional.of("Hallsberg"), Optional.empty());
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("Det öppna Hallsberg"), a.answer());
    }

    @Test
    void a_follow_up_keeps_the_municipality() {
        Answer first = answerer.answer("Vilka partier styr?", Optional.of("Hedemora"), Optional.empty());
        Answer second = answerer.answer("Och vad är planen för skatten?", Optional.empty(),
                Optional.of(first.conversationId()));
        assertEquals(first.conversationId(), second.conversationId());
        assertTrue(second.answered(), second.answer());
        assertTrue(second.answer().contains("oförändrad"), second.answer());
    }

    @Test
    void an_elliptic_follow_up_keeps_the_subject_and_changes_the_municipality() {
        Answer first = ask("Vad är Smedjebackens vision?");
        Answer second = answerer.answer("Och Hallsbergs?", Optional.empty(), Optional.of(first.conversationId()));
        assertTrue(second.answered(), second.answer());
        assertTrue(second.answer().contains("Det öppna Hallsberg"), second.answer());
        assertTrue(second.citations().get(0).url().contains("hallsberg.se"));
    }

    @Test
    void a_follow_up_with_deras_keeps_the_municipality_of_the_earlier_question() {
        Answer first = ask("Vad är Hedemoras vision?");
        Answer second = answerer.answer("Vad är deras mål för befolkningen?", Optional.empty(),
                Optional.of(first.conversationId()));
        assertTrue(second.answered(), second.answer());
        assertTrue(second.citations().get(0).municipality().equals("Hedemora"), second.citations().toString());
        assertTrue(second.answer().contains("17 500"), second.answer());
    }

    @Test
    void a_sentence_that_only_announces_the_vision_is_not_quoted_as_the_vision() {
        Answer a = ask("Vad är Hedemoras vision?");
        assertTrue(a.answered(), a.answer());
        assertFalse(a.answer().contains("Här presenterar vi"), a.answer());
        assertTrue(a.answer().contains("vision"), a.answer());
    }

    @Test
    void och_i_another_municipality_asks_the_same_question_there() {
        Answer first = ask("Vilka mål har Hedemora?");
        Answer second = answerer.answer("Och i Vallentuna?", Optional.empty(), Optional.of(first.conversationId()));
        assertTrue(second.answered(), second.answer());
        assertEquals("Vallentuna", second.citations().get(0).municipality(), second.citations().toString());
    }

    @Test
    void a_follow_up_with_deras_after_a_question_about_the_rulers_keeps_the_municipality() {
        Answer first = ask("Vilka partier styr i Hedemora?");
        Answer second = answerer.answer("Vad är deras mål för befolkningen?", Optional.empty(),
                Optional.of(first.conversationId()));
        assertTrue(second.answered(), second.answer());
        assertEquals("Hedemora", second.citations().get(0).municipality(), second.citations().toString());
        assertTrue(second.answer().contains("17 500"), second.answer());
    }

    @Test
    void a_follow_up_in_another_widget_without_a_municipality_does_not_drift_to_an_unasked_one() {
        Answer first = ask("Vad är Smedjebackens vision?");
        Answer second = answerer.answer("Och i Vallentuna?", Optional.empty(), Optional.of(first.conversationId()));
        assertTrue(second.citations().isEmpty() || second.citations().get(0).municipality().equals("Vallentuna"),
                second.answer());
    }

    @Test
    void an_unknown_conversation_id_starts_a_new_conversation() {
        Answer a = answerer.answer("Vad är visionen?", Optional.empty(), Optional.of("not-an-id"));
        assertTrue(a.conversationId().matches("[0-9a-f]{24}"));
    }

    @Test
    void quoted_lines_are_joined_so_they_read_as_text() {
        assertEquals("Vision - Det öppna Hallsberg: I Hallsbergs kommun är alla välkomna.",
                Answerer.joinQuote(List.of("Vision - Det öppna Hallsberg", "I Hallsbergs kommun är alla välkomna.")));
        assertEquals("Vi fokuserar på tre områden: Skola; Vård; Omsorg",
                Answerer.joinQuote(List.of("Vi fokuserar på tre områden:", "Skola", "Vård", "Omsorg")));
        assertEquals("Första meningen. Andra meningen.", Answerer.joinQuote(List.of("Första meningen.", "Andra meningen.")));
        assertEquals("Hans Ahlgren (L); Camilla Ifvarsson (L)", Answerer.joinQuote(List.of("Hans Ahlgren (L)", "Camilla Ifvarsson (L)")));
        assertEquals("Kommunstyrelsens ordförande: Eva Ek (S)", Answerer.joinQuote(List.of("Kommunstyrelsens ordförande", "Eva Ek (S)")));
    }
}
