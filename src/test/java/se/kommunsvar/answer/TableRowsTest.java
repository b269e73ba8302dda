package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** What a table row and a question say of sums, captions and months. */
class TableRowsTest {

    @Test
    void a_sum_row_answers_only_a_question_after_the_total() {
        assertTrue(TableRows.isTotal("Skattesats 2024, Summa: 32,85"));
        assertTrue(TableRows.isTotal("Totalt: 51"));
        assertFalse(TableRows.isTotal("Skattesats 2024, Kommunen: 21,30"));
        assertTrue(TableRows.asksTotal("Hur mycket skatt betalar man totalt i Ekby?"));
        assertTrue(TableRows.asksTotal("Vad är skatten inklusive regionskatten?"));
        assertFalse(TableRows.asksTotal("Vad var kommunalskatten 2019?"));
    }

    @Test
    void a_row_is_quoted_under_its_caption_unless_it_carries_it() {
        assertTrue(TableRows.needsCaption("Centerpartiet: 6", "Mandatfördelning 2022–2026"));
        assertFalse(TableRows.needsCaption("Skattesats 2021, Kommunen: 21,35", "Skattesats"));
        assertFalse(TableRows.needsCaption("Centerpartiet: 6", ""));
        assertFalse(TableRows.needsCaption("Utbildning och förskola 35 procent", "Så används skatten"), "a list line is no row");
    }

    @Test
    void a_unit_dated_in_another_month_does_not_answer_a_question_about_one_month() {
        Set<Integer> july = Months.asked("Har simhallen öppet på söndagar i juli?");
        assertTrue(july.contains(7));
        assertFalse(Months.fits(july, "Söndag 15/12: Stängt"));
        assertTrue(Months.fits(july, "Söndag 14/07: 10.00 - 16.00"));
        assertTrue(Months.fits(july, "Under juli har simhallen sommaröppet."));
        assertTrue(Months.fits(july, "Simhallen har öppet alla dagar."), "an undated unit may answer");
        assertTrue(Months.fits(Months.asked("Har simhallen öppet på söndagar?"), "Söndag 15/12: Stängt"));
    }

    private static final String POOL = String.join("\n", "Simhallen har öppet alla dagar utom helgdagar.",
            "Måndag 16/12: 06.30 - 21.00", "Tisdag 17/12: 06.30 - 21.00", "Lördag 21/12: 09.00 - 16.00",
            "Söndag 22/12: Stängt", "Välkommen!");
    private static final String SEATS = String.join("\n", "Mandatfördelning", "Mandat 2018, Centerpartiet: 4",
            "Mandat 2022, Centerpartiet: 5", "Mandat 2018, Ekbypartiet: 2", "Mandat 2022, Ekbypartiet: -",
            "Mandat 2022, Totalt antal: 41");

    /** Words as terms, and a subject's coverage as the share of its words a set holds. */
    private static TableRows.OfPage page(String text, String subject) {
        Function<String, Set<String>> terms = t -> new HashSet<>(Arrays.asList(t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")));
        List<String> words = List.of(subject.toLowerCase(Locale.ROOT).split(" "));
        ToDoubleFunction<Set<String>> coverage = set -> words.stream().filter(set::contains).count() / (double) words.size();
        return new TableRows.OfPage(terms, coverage, url -> text);
    }

    @Test
    void when_the_question_names_a_row_its_neighbours_do_not_answer() {
        TableRows.OfPage tables = page(POOL, "simhallen öppet söndag");
        assertTrue(tables.ofAskedRow("u", "Söndag 22/12: Stängt", "Öppettider"));
        assertFalse(tables.ofAskedRow("u", "Lördag 21/12: 09.00 - 16.00", "Öppettider"));
        assertTrue(tables.ofAskedRow("u", "Simhallen har öppet alla dagar utom helgdagar.", "Öppettider"), "no row");
    }

    @Test
    void when_the_question_names_no_row_any_row_may_answer() {
        TableRows.OfPage tables = page(POOL, "simhallen öppet");
        assertTrue(tables.ofAskedRow("u", "Lördag 21/12: 09.00 - 16.00", "Öppettider"));
        assertTrue(tables.ofAskedRow("u", "Måndag 16/12: 06.30 - 21.00", "Öppettider"));
    }

    @Test
    void a_word_the_caption_already_gives_names_no_row() {
        TableRows.OfPage tables = page(SEATS, "mandat ekbypartiet");
        assertTrue(tables.ofAskedRow("u", "Mandat 2018, Ekbypartiet: 2", "Mandatfördelning"));
        assertFalse(tables.ofAskedRow("u", "Mandat 2022, Totalt antal: 41", "Mandatfördelning"), "'mandat' is every row's");
        assertFalse(tables.ofAskedRow("u", "Mandat 2018, Centerpartiet: 4", "Mandatfördelning"));
    }

    @Test
    void with_no_year_asked_an_older_cell_does_not_stand_in_for_the_newest() {
        TableRows.OfPage tables = page(SEATS, "mandat ekbypartiet");
        assertTrue(tables.olderThanTable("u", "Mandat 2018, Ekbypartiet: 2"));
        assertFalse(tables.olderThanTable("u", "Mandat 2022, Ekbypartiet: -"));
        assertFalse(tables.olderThanTable("u", "Söndag 22/12: Stängt"), "no row of this page, no year");
    }

    @Test
    void a_line_about_other_weekdays_does_not_answer_a_question_about_one_day() {
        String q = "När har återvinningscentralen öppet på tisdagar?";
        assertTrue(Weekdays.fits(q, "Måndag–torsdag klockan 07.00–19.00"), "a span holds the day");
        assertFalse(Weekdays.fits(q, "Fredagar klockan 07.00–16.00"));
        assertTrue(Weekdays.fits(q, "Vardagar: 07.00–19.00"));
        assertFalse(Weekdays.fits(q, "Helger: 10.00–15.00"));
        assertTrue(Weekdays.fits(q, "Återvinningscentralen har öppet året runt."), "a line naming no day");
        assertTrue(Weekdays.fits("Har biblioteket öppet på skärtorsdagen?", "Fredag 29/03: Stängt"), "a holiday is no weekday");
        assertTrue(Weekdays.fits("Har biblioteket öppet på söndag?", "fre–sön 10–16"), "a span across the week's end");
    }
}
