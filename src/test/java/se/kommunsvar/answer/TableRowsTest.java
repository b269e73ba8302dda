package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
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
}
