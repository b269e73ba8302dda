package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What form of sentence a question word asks for, on sentences in our own wording. */
class AnswerFormTest {

    private static boolean fits(String question, String sentence, String previous, String... subjectWords) {
        Set<String> words = Set.of(subjectWords);
        Predicate<String> subject = words::contains;
        return AnswerForm.fits(AnswerForm.of(question), question, sentence, previous, subject);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Vad är en färdtjänstresa?|DEFINITION",
            "Vad innebär strandskydd?|DEFINITION",
            "Vad menas med försörjningsstöd?|DEFINITION",
            "Vad gör en kurator?|ACTION",
            "Var arbetar en lokalvårdare?|PLACE",
            "Vart skickar jag min ansökan?|PLACE",
            "Var det svårt att få plats?|NONE",
            "Vad behöver jag ta med till simhallen?|OBJECT",
            "Vad kan man göra på fritidsgården?|NONE",
            "Hur ansöker jag om bostadsanpassning?|MEANS",
            "Hur många bor i kommunen?|NONE",
            "Hur är vattenkvaliteten i sjön?|NONE",
            "Vad kostar en parkeringsplats?|NONE",
            "När öppnar badhuset?|NONE",
    })
    void the_question_word_and_its_verb_decide_the_form(String question, AnswerForm.Form form) {
        assertEquals(form, AnswerForm.of(question));
    }

    @Test
    void a_definition_names_the_thing_before_a_defining_verb() {
        String q = "Vad är strandskydd?";
        assertTrue(fits(q, "Strandskydd innebär att stränderna ska vara tillgängliga för alla.", "", "strandskydd"));
        assertTrue(fits(q, "Med strandskydd avses ett skydd av stränderna runt sjöar och hav.", "", "strandskydd"));
        assertTrue(fits(q, "Kommunen prövar dispens från strandskydd, som är ett skydd för allmänhetens tillgång.", "",
                "strandskydd"));
        assertFalse(fits(q, "Du kan söka dispens från strandskyddet hos kommunen.", "", "strandskydd", "strandskyddet"));
        assertTrue(fits("Vad är kuratorns uppgift?", "Kuratorns viktigaste arbetsuppgift är att stödja eleverna.", "",
                "kuratorns", "uppgift"), "the asked thing in the genitive before the defined noun");
    }

    @Test
    void a_definite_noun_names_the_head_of_the_compound_before_it_again() {
        String previous = "Alla som fyller 20 år får ett fritidskort av kommunen.";
        assertTrue(AnswerForm.namesAgain("Kortet är ett bevis på att du bor i kommunen.", previous));
        assertTrue(fits("Vad är ett fritidskort?", "Kortet är ett bevis på att du bor i kommunen.", previous, "fritidskort"));
        assertFalse(AnswerForm.namesAgain("Kortet är ett bevis på att du bor i kommunen.", "Simhallen har öppet i dag."));
        assertFalse(AnswerForm.namesAgain("Du får ett kort.", previous), "not a definite noun");
    }

    @Test
    void an_action_is_the_asked_subject_with_a_verb_in_the_present_tense() {
        String q = "Vad gör en kurator?";
        assertTrue(fits(q, "Kuratorn hjälper elever som har det svårt hemma eller i skolan.", "", "kuratorn"));
        assertTrue(fits(q, "De samtalar med elever och föräldrar.", "Skolan har två kuratorer.", "kuratorer"));
        assertFalse(fits(q, "Kuratorn är anställd av skolan.", "", "kuratorn"), "the copula says what it is");
        assertFalse(fits(q, "Kuratorn kan nås på telefon varje dag.", "", "kuratorn"), "a modal says what it may");
        assertFalse(fits(q, "Skolan har en kurator på halvtid.", "", "kurator"));
    }

    @Test
    void a_generic_man_is_the_asked_subject_only_when_the_question_asks_about_man() {
        assertTrue(fits("Vad gör man på återvinningscentralen?", "På återvinningscentralen sorterar man grovavfall.", "",
                "återvinningscentralen"));
        assertFalse(fits("Vad gör en vaktmästare?", "På skolan arbetar man mest dagtid.", "", "vaktmästare"));
    }

    @Test
    void a_place_is_the_asked_verb_followed_by_a_place_word() {
        String q = "Var arbetar en lokalvårdare?";
        assertTrue(fits(q, "Lokalvårdare arbetar på kontor, skolor och sjukhus.", "", "lokalvårdare"));
        assertFalse(fits(q, "Den som vill arbeta som lokalvårdare kan gå en kurs.", "", "lokalvårdare"));
        assertTrue(fits("Vart skickar jag min ansökan?", "Ansökan skickar du till kommunens registrator.", "", "ansökan"));
    }

    @Test
    void a_cause_may_be_given_with_the_conjunction_da() {
        assertTrue(AnswerForm.causalDa("Förskolan stänger tidigare på fredagar då personalen har planering."));
        assertTrue(AnswerForm.causalDa("Vägen är avstängd då den ska asfalteras om."));
        assertFalse(AnswerForm.causalDa("Då kan du ansöka om bostadsanpassning."), "the adverb 'then' opens the sentence");
        assertFalse(AnswerForm.causalDa("Hämtningen sker då och då under sommaren."));
    }

    @Test
    void an_object_question_is_answered_by_the_asked_verb_with_what_it_takes() {
        String q = "Vad får man betala för på ett äldreboende?";
        assertTrue(fits(q, "Du betalar för hyra, mat och omvårdnad.", "", "äldreboende"));
        assertFalse(fits(q, "Du betalar i efterskott varje månad.", "", "äldreboende"), "another preposition");
        assertFalse(fits(q, "Hyran bestäms av kommunen.", "", "äldreboende"));
        assertTrue(fits("Vad behöver jag ta med till simhallen?", "Ta med handduk och hänglås.", "", "simhallen"));
    }

    @Test
    void a_way_is_given_with_a_preposition_of_means() {
        String q = "Hur får man veta när badet stänger?";
        assertTrue(fits(q, "Vi meddelar ändrade öppettider via webbplatsen och sms.", "", "badet"));
        assertTrue(fits(q, "Du får veta det genom ett brev från kommunen.", "", "badet"));
        assertFalse(fits(q, "Badet stänger klockan 20 på vardagar.", "", "badet"));
    }
}
