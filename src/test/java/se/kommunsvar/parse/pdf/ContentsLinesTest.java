package se.kommunsvar.parse.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lines of a table of contents, told from content lines that also end in numbers. */
class ContentsLinesTest {

    @Test
    void leader_dots_before_a_page_number_make_a_contents_line() {
        assertTrue(PdfLayout.isDotLeader("Inledning.........................3"));
        assertTrue(PdfLayout.isDotLeader("2.1 Ekonomisk analys . . . . . . . . 14"));
        assertTrue(PdfLayout.isDotLeader("Bilagor …… 112"));
    }

    @Test
    void a_sentence_or_a_time_ending_in_a_number_is_no_contents_line() {
        assertFalse(PdfLayout.isDotLeader("Receptionen har öppet vardagar 8.00"));
        assertFalse(PdfLayout.isDotLeader("Antalet elever ökade till 1 240"));
        assertFalse(PdfLayout.isDotLeader("Läs mer i kapitel 3..."));
    }
}
