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
 * A run of list items is the answer to a list question when its heading, page title or announcing sentence
 * names what is asked, even when no colon announces it; a sentence that only looks like an enumeration loses
 * to it. Pages written for the test, on a real temporary index.
 */
class ListRunsTest {

    /** Goals announced by a statement, an enumeration-like sentence in between, the goals as numbered lines. */
    private static final String GOALS = """
            source: https://www.ljusdal.se/kommun-och-politik/overgripande-mal
            Kommunens övergripande mål

            Kommunfullmäktige i Ljusdal har beslutat om ett antal övergripande mål för perioden. De gäller alla nämnder och bolag.

            Nämnderna bryter ner målen till egna mål. Varje mål ska vara tydligt, uppföljningsbart, tidsbestämt och ha en ansvarig.

              1. Att fler ungdomar fullföljer gymnasieskolan
              2. Att företagen i kommunen får bättre service
              3. Att bostadsbyggandet ökar i hela kommunen
              4. Att äldre kan bo kvar hemma med stöd
            """;

    /** Focus areas under a heading that names them, introduced by a statement without a colon. */
    private static final String FOCUS = """
            source: https://www.ockelbo.se/styrning/fokusomraden
            Så styrs Ockelbo kommun

            Kommunens arbete styrs av budgeten och av fullmäktiges prioriteringar. Vi följer upp arbetet varje tertial, i samråd med förvaltningar, bolag och förbund.

            Fokusområden

            Under mandatperioden lägger kommunen extra kraft på fyra områden.

              * Trygghet i vardagen
              * Barn och ungas uppväxt
              * Hållbar tillväxt
              * Attraktiva boendemiljöer
            """;

    /** A list under a heading that has nothing to do with goals. */
    private static final String VISIT = """
            source: https://www.ljusdal.se/besok/hitta-hit
            Hitta till kommunhuset

            Kommunhuset ligger i centrum. Målet är att alla ska hitta hit, med buss, bil, cykel och till fots.

            Parkering

              * Tio platser framför entrén
              * Två platser för rörelsehindrade
              * Cykelställ vid gaveln
            """;

    /** A long introduction, so that the list, announced without a colon, runs over two passages. */
    private static final String LONG = """
            source: https://www.nordanstig.se/politik/prioriterade-mal
            Prioriterade mål

            Kommunfullmäktige har antagit prioriterade mål för åren fram till nästa val. Arbetet med målen följs upp \
            i delårsrapporten och i årsredovisningen, och varje nämnd redovisar vad den har gjort under året. Målen \
            har tagits fram efter samtal med invånare, föreningar och företag i alla delar av kommunen, och förslaget \
            har beretts av kommunstyrelsen under våren. Nämnderna ska göra egna planer som visar hur de bidrar till \
            målen, och planerna ska vara klara innan budgeten för nästa år fastställs. Kommunledningskontoret \
            sammanställer uppföljningen och redovisar den för fullmäktige två gånger om året.

              1. Att alla barn ska känna sig trygga i förskola och skola
              2. Att fler invånare i arbetsför ålder har ett arbete
              3. Att kommunens vägar och gång- och cykelvägar underhålls väl
              4. Att kommunens fastigheter drar mindre energi än i dag
              5. Att föreningslivet får goda villkor i alla kommundelar
              6. Att invånarna får svar från kommunen inom två arbetsdagar
            """;

    @TempDir
    static Path folder;
    private static PassageIndex index;
    private static Answerer answerer;

    @BeforeAll
    static void buildIndex() {
        index = TestIndex.ofTexts(folder, List.of(GOALS, FOCUS, VISIT, LONG));
        answerer = TestIndex.answerer(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void goals_announced_without_a_colon_are_quoted_as_the_list_not_the_enumeration_like_sentence() {
        Answer a = ask("Vilka mål har Ljusdal?");
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("Att fler ungdomar fullföljer gymnasieskolan"), a.answer());
        assertTrue(a.answer().contains("Att äldre kan bo kvar hemma med stöd"), a.answer());
        assertFalse(a.answer().contains("uppföljningsbart"), a.answer());
    }

    @Test
    void list_items_are_joined_as_a_list_after_a_label() {
        Answer a = ask("Vilka mål har Ljusdal?");
        assertTrue(a.answer().contains("gymnasieskolan; Att företagen"), a.answer());
    }

    @Test
    void a_run_under_a_heading_naming_the_subject_answers() {
        Answer a = ask("Vilka är Ockelbos fokusområden?");
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("Trygghet i vardagen"), a.answer());
        assertTrue(a.answer().contains("Attraktiva boendemiljöer"), a.answer());
    }

    @Test
    void a_run_whose_heading_and_announcement_do_not_name_the_subject_is_not_a_goal_list() {
        Answer a = ask("Vilka mål har Ljusdal?");
        assertFalse(a.answer().contains("Tio platser framför entrén"), a.answer());
    }

    @Test
    void a_run_cut_over_two_passages_is_quoted_from_its_first_item_to_its_last() {
        assertTrue(index.passagesOf("https://www.nordanstig.se/politik/prioriterade-mal").size() >= 2);
        Answer a = ask("Vilka mål har Nordanstig?");
        assertTrue(a.answer().contains("Att alla barn ska känna sig trygga"), a.answer());
        assertTrue(a.answer().contains("Att invånarna får svar från kommunen inom två arbetsdagar"), a.answer());
    }

    private static Answer ask(String question) {
        return answerer.answer(question, Optional.empty(), Optional.empty());
    }
}
