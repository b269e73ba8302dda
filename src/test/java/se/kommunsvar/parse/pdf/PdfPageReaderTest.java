package se.kommunsvar.parse.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.Block;
import se.kommunsvar.parse.Page;
import se.kommunsvar.parse.PageFormatException;
import se.kommunsvar.parse.Passage;
import se.kommunsvar.parse.Passages;

/** A plan PDF made by the test (see {@link PlanPdfs}) read into blocks in reading order, with pages and dates. */
class PdfPageReaderTest {

    private static final PdfPageReader READER = new PdfPageReader(MunicipalityDirectory.standard());
    private static final String URL = "https://www.hedemora.se/download/mal-och-budget-2024.pdf";

    private static Page read(byte[] pdf) {
        return READER.read(pdf, "", URL);
    }

    private static String text(Page page) {
        return page.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    @Test
    void the_cover_gives_the_title_and_the_decision_gives_the_date() {
        Page page = read(PlanPdfs.budget());
        assertEquals("Mål och budget 2024", page.title());
        assertEquals(Optional.of(LocalDate.of(2023, 11, 27)), page.dates().decided());
        assertEquals(Optional.of(LocalDate.of(2023, 11, 27)), page.dates().best(), "the decision, not the PDF's save date");
        assertEquals("Hedemora", page.municipality());
        assertEquals(URL, page.url());
    }

    @Test
    void without_a_decision_the_pdf_date_is_used_unless_it_is_years_after_the_title() {
        byte[] plain = new PdfSketch().page().bold(72, 100, 24, "Kommunplan 2024–2026")
                .lines(72, 150, 10, 14, "Kommunplanen beskriver vad kommunen vill uppnå under planperioden och hur",
                        "arbetet följs upp i delårsrapporten och i årsredovisningen varje år.")
                .modified(2024, 2, 15).bytes();
        assertEquals(Optional.of(LocalDate.of(2024, 2, 15)), read(plain).dates().best());

        byte[] reExported = new PdfSketch().page().bold(72, 100, 24, "Kommunplan 2016–2018")
                .lines(72, 150, 10, 14, "Kommunplanen beskriver vad kommunen vill uppnå under planperioden och hur",
                        "arbetet följs upp i delårsrapporten och i årsredovisningen varje år.")
                .modified(2024, 2, 15).bytes();
        assertEquals(Optional.empty(), read(reExported).dates().best(), "a 2024 save of a 2016 plan is not its date");
    }

    @Test
    void running_headers_footers_page_numbers_and_the_contents_are_not_content() {
        String text = text(read(PlanPdfs.budget()));
        assertFalse(text.contains("Exempelby kommun"), text);
        assertFalse(text.contains("Sida "), text);
        assertFalse(text.contains("Innehåll"), text);
        assertFalse(text.contains(". . ."), text);
        assertEquals(1, text.split("Ekonomiska förutsättningar", -1).length - 1, "the heading once, not its contents line");
    }

    @Test
    void two_columns_are_read_column_by_column_and_broken_words_are_joined() {
        Page page = read(PlanPdfs.budget());
        List<String> paragraphs = page.blocks().stream().filter(b -> b.page() == 3 && !b.isHeading())
                .map(Block::text).toList();
        assertEquals(List.of(
                "Kommunens mål och budget anger vad kommunen ska uppnå under året och hur mycket pengar varje nämnd "
                        + "får. Budgeten styr nämndernas verksamheter under hela planperioden.",
                "Fullmäktige följer upp målen två gånger om året, i delårsrapporten och i årsredovisningen. Både grund- "
                        + "och gymnasieskolan har egna mål för kunskapsresultaten."), paragraphs);
    }

    @Test
    void a_budget_table_is_read_as_label_and_column_per_value() {
        Page page = read(PlanPdfs.budget());
        List<String> rows = page.blocks().stream().filter(b -> b.kind() == Block.Kind.TABLE_ROW).map(Block::text).toList();
        assertEquals("Skattesats 2024: 22,09", rows.get(0));
        assertTrue(rows.contains("Skattesats 2025: 22,34"), rows.toString());
        assertTrue(rows.contains("Skatteintäkter och bidrag 2026: 1 301"), rows.toString());
        assertTrue(rows.contains("Årets resultat 2024: 25,4"), rows.toString());
        assertEquals(9, rows.size(), "three rows of three years; the year header is no row: " + rows);
    }

    @Test
    void a_table_without_a_header_row_gives_its_label_and_values() {
        byte[] pdf = new PdfSketch().page().bold(72, 100, 18, "Nyckeltal")
                .lines(72, 130, 10, 14, "Kommunens nyckeltal för året som gick, jämfört med målen i budgeten för året.")
                .text(72, 170, 10, "Invånare 31 december").text(400, 170, 10, "15\u00A0320")
                .text(72, 187, 10, "Soliditet").text(400, 187, 10, "42 %")
                .text(72, 204, 10, "Nettoinvesteringar, mnkr").text(400, 204, 10, "112,5").bytes();
        List<String> rows = read(pdf).blocks().stream().filter(b -> b.kind() == Block.Kind.TABLE_ROW)
                .map(Block::text).toList();
        assertEquals(List.of("Invånare 31 december: 15 320", "Soliditet: 42 %", "Nettoinvesteringar, mnkr: 112,5"), rows);
    }

    @Test
    void headings_come_from_font_size_and_weight() {
        Page page = read(PlanPdfs.budget());
        List<String> headings = page.blocks().stream().filter(Block::isHeading).map(Block::text).toList();
        assertTrue(headings.containsAll(List.of("Inledning", "Ekonomiska förutsättningar", "Budget och skattesats",
                "Investeringar")), headings.toString());
        assertFalse(headings.contains("Skattesats 2024: 22,09"));
    }

    @Test
    void passages_keep_the_page_they_are_printed_on() {
        List<Passage> passages = Passages.of(read(PlanPdfs.budget()));
        Passage tax = passages.stream().filter(p -> p.text().contains("Skattesats 2024: 22,09")).findFirst().orElseThrow();
        assertEquals(4, tax.page());
        assertEquals("Budget och skattesats", tax.heading());
        Passage intro = passages.stream().filter(p -> p.text().contains("Fullmäktige följer upp")).findFirst().orElseThrow();
        assertEquals(3, intro.page());
        assertTrue(passages.stream().allMatch(p -> p.page() >= 1), "every passage of a PDF has its page");
    }

    @Test
    void an_encrypted_pdf_is_refused_as_encrypted() {
        PageFormatException e = assertThrows(PageFormatException.class, () -> read(PlanPdfs.encrypted()));
        assertEquals(PdfPageReader.ENCRYPTED, e.kind());
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void a_pdf_locked_only_against_editing_is_read_as_any_published_document() {
        Page page = read(PlanPdfs.sketch().ownerPassword("redaktion").bytes());
        assertTrue(text(page).contains("Skattesats 2024: 22,09"), text(page));
    }

    @Test
    void a_document_over_the_page_or_character_limit_is_refused_as_too_long() {
        MunicipalityDirectory directory = MunicipalityDirectory.standard();
        PageFormatException pages = assertThrows(PageFormatException.class,
                () -> new PdfPageReader(directory, 4, 1_000_000).read(PlanPdfs.budget(), "", URL));
        assertEquals(PdfPageReader.TOO_LONG, pages.kind());
        PageFormatException glyphs = assertThrows(PageFormatException.class,
                () -> new PdfPageReader(directory, 100, 200).read(PlanPdfs.budget(), "", URL));
        assertEquals(PdfPageReader.TOO_LONG, glyphs.kind());
        assertTrue(glyphs.getMessage().contains("over 200 characters"), glyphs.getMessage());
        assertEquals("Mål och budget 2024", new PdfPageReader(directory, 5, 2000).read(PlanPdfs.budget(), "", URL).title());
    }

    @Test
    void a_scan_without_a_text_layer_is_refused_as_such() {
        PageFormatException e = assertThrows(PageFormatException.class, () -> read(PlanPdfs.scanned()));
        assertEquals(PdfPageReader.NO_TEXT, e.kind());
    }

    @Test
    void a_cut_off_or_garbled_pdf_is_refused_whole_as_broken() {
        PageFormatException cut = assertThrows(PageFormatException.class, () -> read(PlanPdfs.truncated()));
        assertEquals(PdfPageReader.BROKEN, cut.kind());
        byte[] garbage = "%PDF-1.7\nnot really a document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        PageFormatException garbled = assertThrows(PageFormatException.class, () -> read(garbage));
        assertEquals(PdfPageReader.BROKEN, garbled.kind());
    }

    /**
     * Another layout, not the one the rules were first tried on: an annual report with numbered headings, a chapter
     * name as running header, the page number alone in the footer, narrower columns and a decision in running text.
     */
    @Test
    void an_annual_report_with_numbered_headings_and_chapter_headers_reads_as_clean_text() {
        PdfSketch pdf = new PdfSketch().page()
                .bold(57, 200, 30, "Årsredovisning 2023")
                .text(57, 240, 12, "Kommunfullmäktige fastställde årsredovisningen den 22 april 2024.");
        for (int i = 0; i < 3; i++) {
            pdf.page().text(57, 30, 8, "Förvaltningsberättelse")
                    .bold(57, 90, 14, (i + 1) + ". " + List.of("Året i korthet", "Ekonomisk analys", "Personal").get(i))
                    .lines(57, 120, 9, 12,
                            "Verksamheterna har under året arbetat med de mål som",
                            "fullmäktige har satt upp för mandatperioden och med",
                            "att anpassa kostnaderna till intäkterna. Sjukfrånvaron",
                            "har minskat jämfört med föregående år.")
                    .lines(310, 120, 9, 12,
                            "Årets resultat uppgår till 31 miljoner kronor, vilket är",
                            "högre än budgeterat. Det beror främst på högre skatte-",
                            "intäkter och lägre kostnader för försörjningsstöd.",
                            "Soliditeten har stärkts under året.")
                    .text(290, 820, 8, String.valueOf(i + 2));
        }
        Page page = read(pdf.bytes());

        assertEquals("Årsredovisning 2023", page.title());
        assertEquals(Optional.of(LocalDate.of(2024, 4, 22)), page.dates().decided());
        List<String> headings = page.blocks().stream().filter(Block::isHeading).map(Block::text).toList();
        assertTrue(headings.containsAll(List.of("1. Året i korthet", "2. Ekonomisk analys", "3. Personal")), headings.toString());
        assertTrue(page.blocks().stream().noneMatch(b -> b.kind() == Block.Kind.LIST_ITEM), page.blocks().toString());
        String text = text(page);
        assertFalse(text.contains("Förvaltningsberättelse"), "a chapter's running header: " + text);
        assertTrue(text.contains("Sjukfrånvaron har minskat jämfört med föregående år.\nÅrets resultat uppgår"),
                "left column before right: " + text);
        assertTrue(text.contains("högre skatteintäkter och lägre"), text);
        assertFalse(page.blocks().stream().anyMatch(b -> b.text().matches("\\d+")), "no page numbers");
    }

    @Test
    void a_sentence_the_left_column_leaves_unfinished_goes_on_at_the_top_of_the_right_column() {
        byte[] pdf = new PdfSketch().page().bold(72, 100, 18, "Ekonomi")
                .lines(72, 140, 10, 14,
                        "Kommunens ekonomi påverkas av hur",
                        "befolkningen utvecklas. Under året ökade",
                        "antalet äldre, vilket höjer kostnaderna för",
                        "äldreomsorgen, medan skatte-")
                .lines(313, 140, 10, 14,
                        "intäkterna ökade mindre än väntat.",
                        "Nämnderna ska därför se över sina",
                        "kostnader inför nästa år.")
                .bytes();
        List<String> paragraphs = read(pdf).blocks().stream().filter(b -> !b.isHeading()).map(Block::text).toList();
        assertEquals(List.of("Kommunens ekonomi påverkas av hur befolkningen utvecklas. Under året ökade antalet äldre, "
                + "vilket höjer kostnaderna för äldreomsorgen, medan skatteintäkterna ökade mindre än väntat. Nämnderna "
                + "ska därför se över sina kostnader inför nästa år."), paragraphs);
    }
}
