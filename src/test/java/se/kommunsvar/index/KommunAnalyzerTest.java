package se.kommunsvar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins what the analyzer really produces for our own words (like Lucene's TestSwedishAnalyzer), so a change of
 * stemmer, compound dictionary or spelling list shows up here before it shows up in the answers.
 */
class KommunAnalyzerTest {

    private final KommunAnalyzer analyzer = new KommunAnalyzer();

    @Test
    void compounds_are_kept_whole_and_followed_by_their_parts() {
        assertEquals(List.of("kommunalskatt", "kommunal", "skat"), analyzer.terms("kommunalskatten"));
        assertEquals(List.of("cykelvagnat", "cykel", "vag", "nat"), analyzer.terms("cykelvägnätet"));
        assertEquals(List.of("befolkningsmal", "befolkning", "mal"), analyzer.terms("befolkningsmålet"));
        assertEquals(List.of("samhallsplaneringsnamnd", "samhall", "planering", "namnd"),
                analyzer.terms("samhällsplaneringsnämnden"));
    }

    @Test
    void a_word_that_does_not_decompose_entirely_is_not_split() {
        // the old substring splitter cut "kommun" out of this and "plan" out of unrelated words
        assertEquals(List.of("kommungemensamm"), analyzer.terms("kommungemensamma"));
        assertEquals(List.of("invan"), analyzer.terms("invånare"));
    }

    @Test
    void old_spellings_meet_todays() {
        assertEquals(analyzer.terms("invånare"), analyzer.terms("innevånare"));
    }

    @Test
    void inflections_meet_in_one_stem() {
        assertEquals(List.of("parti"), analyzer.terms("partier"));
        assertEquals(List.of("parti"), analyzer.terms("partiet"));
        assertEquals(List.of("mal"), analyzer.terms("målen"));
    }

    @Test
    void diacritics_are_folded_so_unaccented_typing_matches() {
        assertEquals(analyzer.terms("målen"), analyzer.terms("malen"));
        assertEquals(List.of("gavl"), analyzer.terms("Gävle"));
        assertEquals(analyzer.terms("Gävle"), analyzer.terms("gavle"));
    }

    @Test
    void stop_words_go_and_rates_stay_whole() {
        assertEquals(List.of("parti", "styr", "hedemor"), analyzer.terms("Vilka partier styr i Hedemora?"));
        assertEquals(List.of("21,10", "kron"), analyzer.terms("21,10 kronor"));
        assertEquals(List.of("22.76"), analyzer.terms("22.76"));
    }

    @Test
    void every_measured_stemmer_still_splits_compounds() {
        for (KommunAnalyzer.Stemmer s : KommunAnalyzer.Stemmer.values()) {
            List<String> terms = new KommunAnalyzer(s).terms("kommunalskatten");
            assertTrue(terms.size() == 3, s + ": " + terms);
            assertFalse(terms.get(1).isEmpty());
        }
    }

    @Test
    void the_swedish_dictionary_splits_compounds_into_base_forms_where_it_allows_them() {
        KommunAnalyzer lexicon = new KommunAnalyzer(KommunAnalyzer.Stemmer.LIGHT, KommunAnalyzer.Compounds.LEXICON);
        assertEquals(List.of("kommunalskatt", "kommunal", "skat"), lexicon.terms("kommunalskatten"));
        // the joining form "befolknings" is the dictionary's, and the parts come back as base forms
        assertEquals(List.of("befolkningsmal", "befolkning", "mal"), lexicon.terms("befolkningsmålet"));
        assertEquals(List.of("samhallsplaneringsnamnd", "samhall", "planering", "namnd"),
                lexicon.terms("samhällsplaneringsnämnden"));
        assertEquals(List.of("hemtjans", "hem", "tjans"), lexicon.terms("hemtjänst"));
    }

    @Test
    void the_swedish_dictionary_does_not_cut_words_that_are_no_compounds() {
        KommunAnalyzer lexicon = new KommunAnalyzer(KommunAnalyzer.Stemmer.LIGHT, KommunAnalyzer.Compounds.LEXICON);
        // "het" may not end a compound in the dictionary, so "verksamhet" keeps its meaning
        assertEquals(List.of("verksam"), lexicon.terms("verksamhet"));
        assertEquals(List.of("informatio"), lexicon.terms("information"));
        assertEquals(List.of("utdebitering"), lexicon.terms("utdebiteringen"));
    }
}
