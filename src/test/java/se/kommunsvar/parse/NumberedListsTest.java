package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * Goal lists as pages write them: numbered lines in a text dump, {@code <ol>} in HTML. The texts are written
 * for the test.
 */
class NumberedListsTest {

    private static final MunicipalityDirectory DIRECTORY = MunicipalityDirectory.standard();
    private static final TextPageParser TEXT = new TextPageParser(DIRECTORY);

    @Test
    void numbered_lines_are_list_items_without_their_numbers() {
        Page page = TEXT.parse("""
                source: https://www.ovanaker.se/politik/mal
                Övergripande mål

                Fullmäktige har beslutat om fyra mål för mandatperioden.

                  1. Att barn och unga får en god start i livet
                  2) Ett näringsliv som växer i hela kommunen
                  3. Att äldre känner sig trygga
                  4. En hållbar
                     och klimatsmart kommun
                """);
        assertEquals(List.of("Att barn och unga får en god start i livet", "Ett näringsliv som växer i hela kommunen",
                "Att äldre känner sig trygga", "En hållbar och klimatsmart kommun"), texts(page, Block.Kind.LIST_ITEM));
        assertEquals(List.of("Fullmäktige har beslutat om fyra mål för mandatperioden."), texts(page, Block.Kind.PARAGRAPH));
    }

    @Test
    void numbered_lines_with_blank_lines_between_them_are_list_items_after_an_announcing_colon() {
        Page page = TEXT.parse("""
                source: https://www.ovanaker.se/politik/mal
                Mål

                Fullmäktige har beslutat om tre mål för mandatperioden:

                1. Att ge alla barn en trygg skolgång

                2. Att fler ska få ett arbete
                """);
        assertEquals(List.of("Att ge alla barn en trygg skolgång", "Att fler ska få ett arbete"),
                texts(page, Block.Kind.LIST_ITEM));
    }

    @Test
    void a_lone_numbered_line_before_text_is_still_a_heading() {
        Page page = TEXT.parse("""
                source: https://www.ovanaker.se/politik/plan
                Plan för bostäder

                1. Inledning

                Planen visar hur kommunen ska bygga fler bostäder.
                """);
        assertEquals(List.of("Plan för bostäder", "1. Inledning"), texts(page, Block.Kind.HEADING));
        assertTrue(texts(page, Block.Kind.LIST_ITEM).isEmpty());
    }

    @Test
    void an_ordered_html_list_gives_one_list_item_per_entry() {
        String html = """
                <html><head><title>Mål</title></head><body><main><h1>Mål</h1>
                <p>Kommunen har två mål:</p>
                <ol><li>Att ge alla barn en trygg skolgång</li><li>Att fler ska få ett <b>arbete</b></li></ol>
                </main></body></html>""";
        Page page = new HtmlPageParser(DIRECTORY).parse(html.getBytes(StandardCharsets.UTF_8), "", "https://www.ovanaker.se/mal");
        assertEquals(List.of("Att ge alla barn en trygg skolgång", "Att fler ska få ett arbete"),
                texts(page, Block.Kind.LIST_ITEM));
    }

    private static List<String> texts(Page page, Block.Kind kind) {
        return page.blocks().stream().filter(b -> b.kind() == kind).map(Block::text).toList();
    }
}
