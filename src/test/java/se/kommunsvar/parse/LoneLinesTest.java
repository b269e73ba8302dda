package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * Lone lines of a text dump: which are headings, which are statements, which are page furniture, and what
 * becomes of a heading that nothing follows. The texts are written for the test, in the way municipal pages
 * list office holders.
 */
class LoneLinesTest {

    private static final TextPageParser PARSER = new TextPageParser(MunicipalityDirectory.standard());

    @Test
    void a_person_with_a_party_tag_and_a_role_is_content_not_a_heading() {
        Page page = PARSER.parse("""
                source: https://www.ovanaker.se/politik/kommunalrad
                Kommunalråd

                Kommunalråden utses av kommunfullmäktige.

                Lena Holm (M), kommunstyrelsens ordförande

                Per-Olof Ek (S), oppositionsråd

                Karin Ström (L)
                """);
        List<String> paragraphs = texts(page, Block.Kind.PARAGRAPH);
        assertTrue(paragraphs.contains("Lena Holm (M), kommunstyrelsens ordförande"));
        assertTrue(paragraphs.contains("Per-Olof Ek (S), oppositionsråd"));
        assertTrue(paragraphs.contains("Karin Ström (L)"));
        assertEquals(List.of("Kommunalråd"), texts(page, Block.Kind.HEADING));
    }

    @Test
    void a_name_followed_by_a_role_in_lower_case_is_content() {
        assertFalse(TextPageParser.looksLikeHeading("Anna-Karin Berg, kommundirektör"));
        assertFalse(TextPageParser.looksLikeHeading("Olle Persson (KD)"));
    }

    @Test
    void section_headings_and_party_names_stay_headings() {
        assertTrue(TextPageParser.looksLikeHeading("Kommunalråd och oppositionsråd"));
        assertTrue(TextPageParser.looksLikeHeading("Vision, mål och värdegrund"));
        assertTrue(TextPageParser.looksLikeHeading("Socialdemokraterna (S)"));
        assertTrue(TextPageParser.looksLikeHeading("Barn- och utbildningsnämnden"));
    }

    @Test
    void skip_links_and_logo_links_are_not_the_page_title() {
        Page page = PARSER.parse("""
                source: https://www.ovanaker.se/politik/mal
                Gå till innehåll

                Länk till startsidan för Ovanåker

                Mål för mandatperioden

                Kommunfullmäktige har beslutat om fyra mål.
                """);
        assertEquals("Mål för mandatperioden", page.title());
        assertFalse(texts(page, Block.Kind.HEADING).stream().anyMatch(h -> h.contains("startsidan") || h.contains("innehåll")));
    }

    @Test
    void a_heading_that_ends_the_page_with_nothing_under_it_is_kept_as_text() {
        Page page = new Page("https://www.ovanaker.se/a", "Nämnden", "Ovanåker", PageDates.none(), List.of(), List.of(
                Block.heading("Nämnden", 1), Block.heading("Ledamöter", 2), Block.paragraph("Nämnden har sju ledamöter."),
                Block.heading("Ordförande är Lena Holm", 2)));
        List<Passage> passages = Passages.of(page);
        assertEquals(2, passages.size());
        assertEquals(List.of("Ordförande är Lena Holm"), passages.get(1).lines());
        assertEquals("Ledamöter", passages.get(1).heading());
    }

    @Test
    void a_heading_whose_section_closes_before_any_text_is_kept_as_text() {
        Page page = new Page("https://www.ovanaker.se/b", "Nämnden", "Ovanåker", PageDates.none(), List.of(), List.of(
                Block.heading("Nämnden", 1), Block.heading("Ledamöter", 2), Block.paragraph("Nämnden har sju ledamöter."),
                Block.heading("Vice ordförande Per Ek", 3), Block.heading("Kontakt", 2), Block.paragraph("Ring växeln.")));
        List<Passage> passages = Passages.of(page);
        assertTrue(passages.stream().anyMatch(p -> p.lines().contains("Vice ordförande Per Ek")));
        assertEquals("Kontakt", passages.get(passages.size() - 1).heading());
    }

    @Test
    void a_heading_followed_by_a_subheading_still_heads_it() {
        Page page = new Page("https://www.ovanaker.se/c", "Nämnden", "Ovanåker", PageDates.none(), List.of(), List.of(
                Block.heading("Nämnden", 1), Block.heading("Vision", 2), Block.heading("Det goda livet", 3),
                Block.paragraph("Så vill vi ha det.")));
        List<Passage> passages = Passages.of(page);
        assertEquals(1, passages.size());
        assertEquals("Vision – Det goda livet", passages.get(0).heading());
    }

    private static List<String> texts(Page page, Block.Kind kind) {
        return page.blocks().stream().filter(b -> b.kind() == kind).map(Block::text).toList();
    }
}
