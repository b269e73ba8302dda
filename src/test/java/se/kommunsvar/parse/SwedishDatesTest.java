package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SwedishDatesTest {

    @Test
    void dates_are_read_in_iso_and_swedish_month_forms() {
        assertEquals(List.of(LocalDate.of(2023, 12, 18), LocalDate.of(2015, 6, 12), LocalDate.of(2018, 3, 15),
                        LocalDate.of(2024, 9, 1)),
                SwedishDates.all("2023-12-18, den 12 juni 2015, 15 mar 2018 och 1 sept. 2024"));
    }

    @Test
    void impossible_dates_are_skipped() {
        assertEquals(List.of(), SwedishDates.all("2023-13-45 eller 31 februari 2023"));
    }

    @Test
    void updated_and_published_follow_their_labels() {
        assertEquals(Optional.of(LocalDate.of(2023, 4, 18)), SwedishDates.updated("Sidan uppdaterades 2023-04-18"));
        assertEquals(Optional.of(LocalDate.of(2021, 3, 10)), SwedishDates.updated("Sida uppdaterad 2021-03-10"));
        assertEquals(Optional.of(LocalDate.of(2015, 6, 12)), SwedishDates.updated("Senast uppdaterad: den 12 juni 2015"));
        assertEquals(Optional.of(LocalDate.of(2022, 1, 5)), SwedishDates.published("Publicerad 5 januari 2022"));
        assertEquals(Optional.empty(), SwedishDates.updated("Vi uppdaterar sidan varje vecka."));
    }

    @Test
    void a_label_repeated_on_every_list_item_is_not_the_page_date() {
        String list = "Publicerad 2018-03-19\nNyhet ett\nPublicerad 2018-03-18\nNyhet två\nPublicerad 2018-03-17";
        assertEquals(Optional.empty(), SwedishDates.pagePublished(list));
        assertEquals(Optional.of(LocalDate.of(2018, 3, 19)), SwedishDates.pagePublished("Text.\nPublicerad 2018-03-19"));
        assertEquals(Optional.empty(), SwedishDates.pagePublished("Publicerades igår\nPublicerades idag\nPublicerades 2018-03-19"));
    }

    @Test
    void the_decision_date_is_the_date_in_a_sentence_about_a_decision() {
        assertEquals(Optional.of(LocalDate.of(2023, 6, 12)),
                SwedishDates.decided("Den 12 juni 2023 tog kommunfullmäktige beslut om Kommunplan för åren 2024-2026."));
        assertEquals(Optional.of(LocalDate.of(2023, 11, 21)),
                SwedishDates.decided("Målen gäller länge. Övergripande målen antagna av kommunfullmäktige 2023-11-21."));
        assertEquals(Optional.empty(), SwedishDates.decided("Mötet hölls 2023-11-21. Inget avgjordes."));
    }

    @Test
    void a_date_line_is_only_a_page_date_label_with_its_date() {
        assertTrue(SwedishDates.isDateLine("Sida uppdaterad 2021-03-10"));
        assertTrue(SwedishDates.isDateLine("Sidan senast uppdaterad:"));
        assertFalse(SwedishDates.isDateLine("Budgeten uppdaterades 2021-03-10 efter beslut i fullmäktige"));
    }
}
