package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * "Hur lång / hög / ofta ..." asks for a figure: the measure word is not part of what the question is about, so a
 * page that states the figure without the word answers it. On a real temporary index of pages written for the test.
 */
class MeasureQuestionsTest {

    private static final List<String> PAGES = List.of("""
            source: https://www.kumla.se/bygga-bo/bygglov
            Bygglov

            Här kan du läsa om hur du söker bygglov för att bygga nytt, bygga till eller ändra en byggnad.

            Handläggningstid
            Handläggningstiden för bygglov är normalt sex veckor från det att ansökan är komplett.

            Avgift
            Avgiften för bygglov beror på hur stor byggnaden är och tas ut enligt kommunens taxa.
            """, """
            source: https://www.kumla.se/miljo/luft
            Luftkvalitet

            Halterna av partiklar i centrala Kumla är låga och ligger under miljökvalitetsnormen.
            Kommunen mäter luftkvaliteten vid Stortorget.
            """);

    @TempDir
    static Path folder;
    private static PassageIndex index;
    private static Answerer answerer;

    @BeforeAll
    static void buildIndex() {
        List<String> pages = new java.util.ArrayList<>(PAGES);
        for (String service : List.of("strandskyddsdispens", "marklov", "rivningslov", "förhandsbesked", "anmälan")) {
            pages.add("source: https://www.kumla.se/bygga-bo/" + service + "\n" + service + "\n\n"
                    + "Handläggningstiden för " + service + " är normalt fyra veckor. Ibland behövs också bygglov.\n");
        }
        index = TestIndex.ofTexts(folder, pages);
        answerer = TestIndex.answerer(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void the_measure_after_hur_is_a_question_word() {
        assertEquals(List.of("handläggningstiden", "bygglov"),
                QuestionReader.contentWords("hur lång är handläggningstiden för bygglov"));
        assertEquals(List.of("skatten"), QuestionReader.contentWords("hur hög är skatten"));
        assertEquals(List.of("sammanträder", "fullmäktige"), QuestionReader.contentWords("hur ofta sammanträder fullmäktige"));
        // "hur lång tid tar …" asks for a duration as "hur länge" does: "tid" and "tar" are not what it is about
        assertEquals(List.of("bygglov"), QuestionReader.contentWords("hur lång tid tar bygglov"));
    }

    @Test
    void the_same_word_elsewhere_stays_a_subject_word() {
        assertEquals(List.of("låga", "halter"), QuestionReader.contentWords("varför är det låga halter"));
    }

    @Test
    void a_duration_question_is_answered_by_the_sentence_that_states_the_duration() {
        Answer a = answerer.answer("Hur lång är handläggningstiden för bygglov?", Optional.of("Kumla"), Optional.empty());
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("normalt sex veckor"), a.answer());
        assertEquals("https://www.kumla.se/bygga-bo/bygglov", a.citations().get(0).url());
    }
}
