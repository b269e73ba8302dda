package se.kommunsvar.parse.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How lines of a PDF paragraph are joined: words broken at a hyphen, suspended compounds, ligatures. */
class LineJoinsTest {

    private static String joined(String first, String second) {
        StringBuilder p = new StringBuilder(first);
        PdfBlocks.join(p, second);
        return p.toString();
    }

    @Test
    void a_word_broken_at_a_line_end_hyphen_is_joined() {
        assertEquals("Barn- och utbildningsnämnden ansvarar för förskoleverksamheten",
                joined("Barn- och utbildningsnämnden ansvarar för förskole-", "verksamheten"));
    }

    @Test
    void a_suspended_compound_before_a_coordinating_word_keeps_its_hyphen() {
        assertEquals("kultur- och fritidsnämnden", joined("kultur-", "och fritidsnämnden"));
        assertEquals("vatten- eller avloppsledning", joined("vatten-", "eller avloppsledning"));
    }

    @Test
    void a_dash_before_a_capital_or_a_number_is_no_broken_word() {
        assertEquals("Region Dalarna- Landstinget", joined("Region Dalarna-", "Landstinget"));
        assertEquals("2024- 2026", joined("2024-", "2026"));
    }

    @Test
    void a_soft_hyphen_at_a_line_end_joins_the_word() {
        assertEquals("Socialnämnden", joined("Social\u00AD", "nämnden"));
    }

    @Test
    void ligatures_are_written_as_their_letters() {
        assertEquals("finansiering och flyktingmottagande", GlyphRuns.unligatured("\uFB01nansiering och \uFB02yktingmottagande"));
        assertEquals("Skåne län", GlyphRuns.unligatured("Skåne län"));
    }
}
