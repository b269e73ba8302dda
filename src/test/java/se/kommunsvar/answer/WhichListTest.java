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
 * "Vilka X …?" asks which (our own wording): a sentence that only counts the X, or text read under a title naming X
 * among other lists, does not answer; a list written one sentence per line under a heading naming X is quoted whole.
 */
class WhichListTest {

    private static final List<String> PAGES = List.of("""
            source: https://www.orsa.se/kommun-och-politik/styrning
            Vision, värdegrund och mål

            Styrningen i Orsa kommun bygger på kommunfullmäktiges vision, värdegrund och mål.

            Värdegrund

            Vår värdegrund Öppenhet, Ansvar och Mod visar hur vi bemöter varandra.

            Mål

            Fullmäktige har beslutat om fyra mål för perioden.

            Orsa kommuns fyra mål

            Fler ska välja att bo och arbeta i Orsa.
            Alla barn ska lämna grundskolan med godkända betyg.
            Företagen ska ge kommunens service högre betyg varje år.
            Kommunens verksamhet ska vara fossilfri.
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

    private static Question question(String text) {
        return new Question(text, text, Optional.empty(), Kind.LIST, false, false, List.of(), false, false);
    }

    @Test
    void a_sentence_that_counts_the_asked_list_does_not_say_which() {
        assertTrue(Evidence.countsListOnly(question("Vilka mål har kommunen?"), "Fullmäktige har beslutat om fyra mål för perioden."));
        assertTrue(Evidence.countsListOnly(question("Vilka partier styr?"), "Tre partier styr tillsammans sedan valet."));
        assertFalse(Evidence.countsListOnly(question("Vilka mål har kommunen?"), "Kommunen har tre mål: tillväxt, trygghet och miljö."));
        assertFalse(Evidence.countsListOnly(question("Vilka partier styr?"), "Tre partier, S, C och L, styr tillsammans."));
        assertFalse(Evidence.countsListOnly(question("Vilket mål är viktigast?"), "Fullmäktige har beslutat om fyra mål."));
    }

    @Test
    void which_goals_are_answered_with_all_lines_under_the_heading_naming_them() {
        Answer a = answerer.answer("Vilka mål har Orsa kommun?", Optional.empty(), Optional.empty());
        assertTrue(a.answered() && a.answer().contains("Fler ska välja att bo och arbeta i Orsa.")
                && a.answer().contains("Kommunens verksamhet ska vara fossilfri."), a.answer());
    }
}
