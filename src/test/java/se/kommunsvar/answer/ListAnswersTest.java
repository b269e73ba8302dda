package se.kommunsvar.answer;

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
 * A goal list that a page announces with a colon and that runs past the size of one passage is quoted whole,
 * on a real temporary index of a page written for the test.
 */
class ListAnswersTest {

    private static final String GOALS = """
            source: https://www.ovanaker.se/politik/mal-for-mandatperioden
            Mål för mandatperioden

            Kommunfullmäktige antar varje mandatperiod ett antal mål som styr nämndernas arbete. Målen följs upp två \
            gånger om året i delårsrapporten och i årsredovisningen, och nämnderna redovisar hur de har arbetat med \
            dem. Målen ska vara mätbara och ha en tydlig ansvarig nämnd. Medborgarna har fått lämna synpunkter på \
            förslaget under en dialog i alla kommundelar, och förslaget har sedan beretts av kommunstyrelsen. Arbetet \
            med målen leds av kommunledningskontoret som också sammanställer uppföljningen till fullmäktige.

            Kommunfullmäktige i Ovanåker har beslutat om sex mål för mandatperioden:

              1. Att barn och unga får en god start i livet och klarar skolan
              2. Att fler invånare har ett arbete eller studerar
              3. Att äldre får en trygg och värdig omsorg nära hemmet
              4. Att näringslivet växer i alla delar av kommunen
              5. Att kommunens verksamheter minskar sina utsläpp av växthusgaser
              6. Att invånarna har förtroende för kommunens service
            """;

    @TempDir
    static Path folder;
    private static PassageIndex index;
    private static Answerer answerer;

    @BeforeAll
    static void buildIndex() {
        index = TestIndex.ofTexts(folder, List.of(GOALS));
        answerer = TestIndex.answerer(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void the_page_cuts_the_list_over_two_passages() {
        assertTrue(index.passagesOf("https://www.ovanaker.se/politik/mal-for-mandatperioden").size() >= 2);
    }

    @Test
    void a_list_question_quotes_the_announced_list_into_the_next_passage() {
        Answer a = answerer.answer("Vilka mål har Ovanåker för mandatperioden?", Optional.empty(), Optional.empty());
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("beslutat om sex mål för mandatperioden:"), a.answer());
        assertTrue(a.answer().contains("Att barn och unga får en god start i livet"), a.answer());
        assertTrue(a.answer().contains("Att invånarna har förtroende för kommunens service"), a.answer());
    }
}
