package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kommunsvar.municipality.MunicipalityDirectory;

/** Tables that a text dump flattened into lines are read back as rows that say what each cell is. */
class TextTablesTest {

    private final TextPageParser parser = new TextPageParser(MunicipalityDirectory.standard());

    private List<Block> blocks(String body) {
        return parser.parse("source: https://www.example.org/tabell\n" + body).blocks();
    }

    private static List<String> rows(List<Block> blocks) {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.TABLE_ROW).map(Block::text).toList();
    }

    @Test
    void years_as_columns_one_cell_a_line_give_one_line_per_cell() {
        List<Block> b = blocks("Skattesatsen har varit oförändrad sedan den senaste skatteväxlingen med regionen.\n\n"
                + "Skattesats\n2021\n2022\n23-24\n"
                + "Kommunen\n21,35\n21,35\n21,10\n"
                + "Regionen\n11,48\n11,48\n11,73\n");
        assertEquals(List.of(
                "Skattesats 2021, Kommunen: 21,35", "Skattesats 2022, Kommunen: 21,35", "Skattesats 2023–2024, Kommunen: 21,10",
                "Skattesats 2021, Regionen: 11,48", "Skattesats 2022, Regionen: 11,48", "Skattesats 2023–2024, Regionen: 11,73"),
                rows(b));
        assertTrue(b.contains(Block.heading("Skattesats", 1)) || b.contains(Block.heading("Skattesats", 2)), b.toString());
    }

    @Test
    void every_cell_stands_in_a_paragraph_of_its_own_too() {
        List<Block> b = blocks("Parti\n\n2014\n\n2018\n\n2022\n\nSocialdemokraterna\n\n12\n\n11\n\n13\n\n"
                + "Moderaterna\n\n9\n\n10\n\n-\n");
        assertEquals(List.of("Parti 2014, Socialdemokraterna: 12", "Parti 2018, Socialdemokraterna: 11",
                "Parti 2022, Socialdemokraterna: 13", "Parti 2014, Moderaterna: 9", "Parti 2018, Moderaterna: 10",
                "Parti 2022, Moderaterna: -"), rows(b));
    }

    @Test
    void a_label_wrapped_over_lines_and_a_figure_glued_to_the_next_text() {
        List<Block> b = blocks("Avgift\nper år\n1998\n1999\nTaxa för\nvatten\n1 200\n1 250\nTaxa för avlopp\n900\n950Taxorna räknas upp varje år\n");
        assertEquals(List.of("Avgift per år 1998, Taxa för vatten: 1 200", "Avgift per år 1999, Taxa för vatten: 1 250",
                "Avgift per år 1998, Taxa för avlopp: 900", "Avgift per år 1999, Taxa för avlopp: 950"), rows(b));
        assertTrue(b.contains(Block.paragraph("Taxorna räknas upp varje år")), b.toString());
    }

    @Test
    void two_digit_years_take_the_century_that_keeps_them_in_order() {
        assertEquals(List.of("1997–1998", "1999", "2000–2004", "2005"), TextTables.years(List.of("97-98", "1999", "00-04", "2005")));
        assertEquals(List.of("2010–2011", "2012"), TextTables.years(List.of("10-11", "2012")));
        assertEquals(List.of(), TextTables.years(List.of("10-11", "12-13")), "no four-digit year fixes the century");
    }

    @Test
    void a_row_with_its_cells_on_one_line_under_a_line_of_years() {
        List<Block> b = blocks("Utdebitering 2019 2020 2021\nKommunen 22,10 22,10 21,85\nRegionen 11,20 11,20 11,45\n");
        assertEquals(List.of("Utdebitering 2019, Kommunen: 22,10", "Utdebitering 2020, Kommunen: 22,10",
                "Utdebitering 2021, Kommunen: 21,85", "Utdebitering 2019, Regionen: 11,20", "Utdebitering 2020, Regionen: 11,20",
                "Utdebitering 2021, Regionen: 11,45"), rows(b));
    }

    @Test
    void values_under_their_labels_pair_after_pair() {
        List<Block> b = blocks("Mandatfördelning 2022–2026\n\nCenterpartiet\n\n6\n\nLiberalerna\n\n2\n\nVänsterpartiet\n\n3\n\n"
                + "Ledamöterna väljs vart fjärde år.\n");
        assertEquals(List.of("Centerpartiet: 6", "Liberalerna: 2", "Vänsterpartiet: 3"), rows(b));
        assertEquals(Block.heading("Mandatfördelning 2022–2026", 1), b.get(0));
    }

    @Test
    void two_pairs_are_no_table() {
        List<Block> b = blocks("Växel\n\n0123-456 78\n\nReception\n\n12\n\nBesöksadress\n\n4\n");
        assertEquals(List.of(), rows(b));
    }

    @Test
    void opening_hours_per_weekday_under_a_header_with_notes_for_holidays() {
        List<Block> b = blocks("Simhallens öppettider vecka 51\nSimhallens öppettider vecka 51\nDag\nTid\nNotering\n"
                + "Måndag 16/12\n06.30 - 21.00\nTisdag 17/12\n06.30 - 21.00\nTisdag 24/12\nStängt\nJulafton\n"
                + "Onsdag 25/12\nStängt\nJuldagen\nTorsdag 26/12\n10.00 - 16.00\n"
                + "Simhallens öppettider vecka 52\n");
        assertEquals(List.of("Måndag 16/12: 06.30 - 21.00", "Tisdag 17/12: 06.30 - 21.00", "Tisdag 24/12: Stängt; Julafton",
                "Onsdag 25/12: Stängt; Juldagen", "Torsdag 26/12: 10.00 - 16.00"), rows(b));
        assertEquals(Block.heading("Simhallens öppettider vecka 51", 1), b.get(0), "the caption read twice is one heading");
        assertFalse(rows(b).stream().anyMatch(r -> r.contains("vecka 52")), "the next table's caption is no cell");
    }

    @Test
    void a_pipe_table_with_a_header_gives_a_row_a_line() {
        List<Block> b = blocks("Kärlstorlek | Villa | Fritidshus |\n---|---|---|\n190 liter | 1 450 kr/år | 800 kr/säsong |\n"
                + "370 liter | 2 100 kr/år | 1 150 kr/säsong |\n");
        assertEquals(List.of("Kärlstorlek: 190 liter; Villa: 1 450 kr/år; Fritidshus: 800 kr/säsong",
                "Kärlstorlek: 370 liter; Villa: 2 100 kr/år; Fritidshus: 1 150 kr/säsong"), rows(b));
    }

    @Test
    void sentences_with_figures_and_a_list_are_no_table() {
        List<Block> b = blocks("Kommunen har 12 500 invånare.\n\nUnder 2023 byggdes 140 nya bostäder.\n\n"
                + "• Förskola\n• Grundskola\n• Gymnasium\n");
        assertEquals(List.of(), rows(b));
    }

    @Test
    void a_line_of_opening_hours_is_no_heading() {
        List<Block> b = blocks("Receptionen har öppet så här:\n\nMåndag–torsdag klockan 08.00–16.30\n\nFredag klockan 08.00–15.00\n");
        assertTrue(b.contains(Block.paragraph("Måndag–torsdag klockan 08.00–16.30")), b.toString());
        assertTrue(b.contains(Block.paragraph("Fredag klockan 08.00–15.00")), b.toString());
    }
}
