package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.index.PassageIndex;

/**
 * A question word the pages never use alone but as the first part of their compounds ("sommar" in "sommarjobb") is
 * searched and covered by those compounds; another inflection of the word stays the word itself.
 */
class CompoundQueryTest {

    private static final String SUMMER = """
            source: https://www.mora.se/arbete/sommarjobb
            Sommarjobb för ungdomar

            Kommunen erbjuder sommarjobb till ungdomar som har gått ut årskurs nio. Ansökan öppnar i mars och \
            jobben varar i tre veckor. Skogsmaskinerna vid kommunens skogar körs av anställda förare.
            """;

    @TempDir
    static Path folder;
    private static PassageIndex index;
    private static Answerer answerer;

    @BeforeAll
    static void buildIndex() {
        index = TestIndex.ofTexts(folder, List.of(SUMMER));
        answerer = TestIndex.answerer(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static Concept only(String word) {
        List<Concept> concepts = answerer.concepts(word);
        assertEquals(1, concepts.size(), concepts.toString());
        return concepts.get(0);
    }

    @Test
    void a_word_the_pages_use_only_as_a_compounds_first_part_brings_in_the_compound() {
        Concept summer = only("sommar");
        String compound = index.analyzer().terms("sommarjobb").get(0);
        assertTrue(summer.related().contains(compound), summer.toString());
        assertTrue(summer.matchIn(java.util.Set.copyOf(index.analyzer().terms("sommarjobb"))) > 0.5, summer.toString());
    }

    @Test
    void another_inflection_of_the_word_is_the_word_not_a_compound() {
        Concept machine = only("skogsmaskin");
        assertTrue(machine.related().isEmpty(), machine.toString());
    }

    @Test
    void a_misspelt_word_brings_in_no_compounds() {
        Concept typo = only("sommmar");
        assertFalse(typo.related().stream().anyMatch(t -> t.startsWith("sommar") && t.length() > 6), typo.toString());
    }
}
