package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;

class QuestionReaderTest {

    private final QuestionReader reader = new QuestionReader(MunicipalityDirectory.standard(), Vocabulary.standard());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Vilka partier styr i Mora?|PARTIES",
            "vem har makten i Sala|PARTIES",
            "Vem är kommunstyrelsens ordförande i Mora?|PERSON",
            "Vem är oppositionsråd i Sala?|PERSON",
            "Vad är skattesatsen i Mora 2025?|TAX",
            "Hur hög är kommunalskatten i Sala?|TAX",
            "Hur många invånare vill Mora ha år 2040?|NUMBER",
            "Hur många ledamöter har kommunfullmäktige i Sala?|NUMBER",
            "Hur stor andel av skattepengarna går till skolan i Mora?|SHARE",
            "När antogs Moras vision?|DATE",
            "Vilka år gäller budgeten i Sala?|DATE",
            "Vad är Moras vision?|VISION",
            "Vilka är Salas mål?|LIST",
            "Vilket telefonnummer har kundtjänst i Mora?|CONTACT",
            "Varför höjs skatten i Sala?|CAUSE",
            "Vad avgör hur många mandat partierna får i Mora?|CAUSE",
            "Får man grilla i trädgården i Mora när det är eldningsförbud?|GENERAL",
            // a kind word inside another word or another phrase is not that kind: "förändringar" holds "ringa",
            // "Försvarsmakten" holds "makten", "leder ... till" is a consequence, not a person who leads
            "Vad innebär förändringarna i bygglovsreglerna?|GENERAL",
            "Vad säger försäkringarna om stöld i skolan?|GENERAL",
            "Vad gör Försvarsmakten i Boden?|GENERAL",
            "Vad leder höjda avgifter för hemtjänst till?|GENERAL",
            "Vem leder arbetet med översiktsplanen i Mora?|PERSON",
            "Vad händer när jag kontaktas av en handläggare?|GENERAL",
            "Hur kontaktar jag hemtjänsten i Mora?|CONTACT",
    })
    void reads_the_kind_of_answer_sought(String question, Kind kind) {
        assertEquals(kind, reader.read(question).kind());
    }

    @Test
    void a_condition_with_när_inside_a_question_is_not_a_date_question() {
        assertEquals(Kind.LIST, reader.read("Vad har Mora för mål när det gäller arbetslösheten?").kind());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Vilka partier styr i Hedemora?|Hedemora",
            "vem styr hedemora|Hedemora",
            "skatten åmål?|Åmål",
            "vad har kalmr kommun för värdegrund|Kalmar",
            "vem styr köpng?|Köping",
            "Hur många ledamöter sitter i regionfullmäktige i Region Kalmar län?|Kalmar län",
            "Who governs Hedemora?|Hedemora",
    })
    void finds_the_municipality_in_any_written_form(String question, String municipality) {
        Optional<Municipality> m = reader.read(question).municipality();
        assertTrue(m.isPresent(), question);
        assertTrue(m.get().official().contains(municipality) || m.get().name().equals(municipality), m.get().toString());
    }

    @Test
    void the_municipality_is_taken_out_of_the_subject_but_other_places_stay() {
        Question q = reader.read("Vilken kommun vill Hedemora vara tryggast i Dalarna?");
        assertEquals("Hedemora", q.municipality().orElseThrow().name());
        assertFalse(q.subject().contains("Hedemora"));
        assertTrue(q.subject().contains("Dalarna"));
    }

    @Test
    void english_questions_are_read_in_swedish() {
        Question q = reader.read("Who governs Hedemora?");
        assertTrue(q.english());
        assertEquals(Kind.PARTIES, q.kind());
    }

    @Test
    void a_person_question_about_a_role_is_marked_as_such() {
        assertTrue(reader.read("Vem är kommunalråd i Eda?").role());
        assertFalse(reader.read("Vem bestämmer vad kommunen ska göra i Mora?").role());
    }

    @Test
    void follow_ups_and_elliptic_questions_are_recognised() {
        Question elliptic = reader.read("Och Hallsbergs?");
        assertTrue(elliptic.elliptic());
        assertTrue(elliptic.followUp());
        Question followUp = reader.read("Och vad är planen för skatten?");
        assertTrue(followUp.followUp());
        assertFalse(followUp.elliptic());
        assertTrue(reader.read("Vad är deras mål för befolkningen?").followUp());
        assertFalse(reader.read("Vad är Moras vision?").followUp());
    }

    @Test
    void years_named_in_the_question_are_kept() {
        assertEquals(List.of("2024"), reader.read("Vad är skattesatsen i Orust 2024?").years());
    }

    @Test
    void question_words_are_not_subject_words() {
        assertEquals(List.of("kommunstyrelsen"), QuestionReader.contentWords("hur många sitter i kommunstyrelsen"));
    }

    @Test
    void the_frame_around_a_subject_is_not_part_of_it() {
        assertEquals(List.of("skatten"), QuestionReader.contentWords("vad händer med skatten?"));
        assertEquals(List.of("skolan"), QuestionReader.contentWords("vad är planen för skolan"));
        assertEquals(List.of("bygget", "torget"), QuestionReader.contentWords("hur blir det med bygget vid torget"));
        assertEquals(List.of("står", "översiktsplanen"), QuestionReader.contentWords("vad står i översiktsplanen"));
    }
}
