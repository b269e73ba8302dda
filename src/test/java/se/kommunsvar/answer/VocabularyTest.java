package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.kommunsvar.index.KommunAnalyzer;

class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Test
    void every_related_terms_group_loads_and_maps_both_ways() throws IOException {
        List<List<String>> groups = groups();
        assertTrue(groups.size() >= 20, "groups: " + groups.size());
        for (List<String> group : groups) {
            assertTrue(group.size() >= 2, "a group needs two words: " + group);
            for (String a : group) {
                for (String b : group) {
                    if (!a.equals(b)) {
                        assertTrue(vocabulary.related(a).contains(b), a + " -> " + b);
                    }
                }
            }
        }
    }

    @Test
    void the_groups_the_issue_names_are_there() {
        assertTrue(vocabulary.related("styr").containsAll(List.of("makten", "styret", "majoritet", "koalition")));
        assertTrue(vocabulary.related("skatt").containsAll(List.of("skattesats", "utdebitering", "kommunalskatt")));
        assertTrue(vocabulary.related("försörjningsstöd").contains("ekonomiskt bistånd"));
        assertTrue(vocabulary.related("invånare").containsAll(List.of("befolkning", "kommuninvånare")));
    }

    @Test
    void a_word_in_no_group_has_no_related_words() {
        assertEquals(List.of(), vocabulary.related("stenvalvsbro"));
    }

    @Test
    void every_related_word_survives_analysis() throws IOException {
        KommunAnalyzer analyzer = new KommunAnalyzer();
        for (List<String> group : groups()) {
            for (String w : group) {
                assertFalse(analyzer.terms(w).isEmpty(), "analysis drops '" + w + "' (a stop word?)");
            }
        }
    }

    @Test
    void english_questions_are_recognised_and_swedish_ones_are_not() {
        assertTrue(vocabulary.isEnglish("Who governs Hedemora?"));
        assertTrue(vocabulary.isEnglish("What is the municipal tax rate in Östersund?"));
        assertFalse(vocabulary.isEnglish("Vilka partier styr i Hedemora?"));
        assertFalse(vocabulary.isEnglish("Vad är Hedemoras vision?"));
        assertFalse(vocabulary.isEnglish("Vad är budget och vision?"));
    }

    @Test
    void the_glossary_turns_municipal_english_into_swedish_longest_phrase_first() {
        assertEquals("vilka partier styr hedemora", vocabulary.toSwedish("Who governs Hedemora?"));
        assertEquals("vem ordförande kommunstyrelsen söderhamn",
                vocabulary.toSwedish("Who chairs the municipal executive board in Söderhamn?"));
        assertTrue(vocabulary.toSwedish("What is the municipal tax rate?").contains("kommunalskatt skattesats"));
    }

    @Test
    void words_the_glossary_lacks_come_from_the_english_swedish_dictionary() {
        // "library" and "distance" are FreeDict's (one sense each); grammar words go; a name keeps its case-free form
        assertEquals("när bibliotek öppettider hylte", vocabulary.toSwedish("When are the library opening hours in Hylte?"));
        assertTrue(vocabulary.toSwedish("How much distance should we keep?").contains("avstånd"));
        assertEquals("vem gruppledare socialdemokraterna vaxholm",
                vocabulary.toSwedish("Who is the group leader of the Social Democrats' in Vaxholm?"));
    }

    @Test
    void a_word_of_several_senses_in_the_dictionary_is_left_as_written() {
        // FreeDict gives "anhang", "fest, kalas" and "part, parti" for "party": no guess
        assertEquals("party", vocabulary.toSwedish("party"));
        assertTrue(vocabulary.toSwedish("Does Grubbskolan exist?").contains("grubbskolan"));
    }

    @Test
    void the_thesaurus_gives_synonyms_of_a_word_and_of_its_base_form() {
        assertTrue(vocabulary.synonyms("socialdemokrat").contains("sosse"));
        // "klubbade" is not a headword; its base form "klubba" is
        assertTrue(vocabulary.synonyms("klubbade").contains("besluta"), vocabulary.synonyms("klubbade").toString());
        assertEquals(List.of(), vocabulary.synonyms("stenvalvsbro"));
    }

    @Test
    void a_translated_word_remembers_the_english_words_it_came_from() {
        var origins = vocabulary.englishOrigins("Who is the City Manager of Trollhättan?");
        assertEquals(List.of("city", "manager"), origins.get("kommundirektör"));
        assertEquals(List.of("library"), vocabulary.englishOrigins("library hours").get("bibliotek"));
    }

    @Test
    void party_names_and_bracketed_tags_are_recognised() {
        assertTrue(vocabulary.partyPattern().matcher("Socialdemokraterna, Centerpartiet och Vänsterpartiet").find());
        assertTrue(vocabulary.partyPattern().matcher("Torgny Lindau (PF)").find());
        assertTrue(vocabulary.partyPattern().matcher("Sjukvårdspartiet 1 mandat").find());
        assertFalse(vocabulary.partyPattern().matcher("Kommunstyrelsen har nio ledamöter").find());
    }

    private static List<List<String>> groups() throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream("related-terms.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> group = new ArrayList<>();
                for (String w : line.split(",")) {
                    if (!w.isBlank()) {
                        group.add(w.strip().toLowerCase(Locale.ROOT));
                    }
                }
                out.add(group);
            }
        }
        return out;
    }
}
