package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * Pages that nest elements far deeper than any real page (a hostile or broken site): the parser reads them with
 * its own stack, in bounded time, and keeps their text.
 */
class DeepPagesTest {

    private static final HtmlPageParser PARSER = new HtmlPageParser(MunicipalityDirectory.standard());
    private static final Duration BOUND = Duration.ofSeconds(20);

    static String nested(String open, String close, int depth, String text) {
        return "<html><body><main><h1>Djup sida</h1>" + open.repeat(depth) + "<p>" + text + "</p>" + close.repeat(depth)
                + "</main></body></html>";
    }

    @Test
    void a_page_nested_five_thousand_divs_deep_parses_and_keeps_its_text() {
        String html = nested("<div>", "</div>", 5_000, "Soptömning sker varannan vecka i hela kommunen.");
        Page page = assertTimeoutPreemptively(BOUND, () -> PARSER.parse(html.getBytes(StandardCharsets.UTF_8), "", "https://www.exempel.se/djup"));
        assertTrue(page.blocks().stream().anyMatch(b -> b.text().contains("Soptömning sker varannan vecka")), page.blocks()::toString);
    }

    @Test
    void three_thousand_unclosed_font_and_bold_tags_parse() {
        String html = "<html><body><p>Början</p>" + "<font size=2><b>ord ".repeat(3_000) + "<p>Slutet av sidan.</p></body></html>";
        Page page = assertTimeoutPreemptively(BOUND, () -> PARSER.parse(html, "https://www.exempel.se/font"));
        assertTrue(page.blocks().stream().anyMatch(b -> b.text().contains("ord ord ord")), page.blocks()::toString);
    }

    @Test
    void deeply_nested_lists_and_tables_parse_in_bounded_time() {
        String lists = nested("<ul><li>punkt", "</li></ul>", 3_000, "Längst in.");
        String tables = nested("<table><tr><td>cell", "</td></tr></table>", 2_000, "Innerst i tabellen.");
        assertTimeoutPreemptively(BOUND, () -> PARSER.parse(lists, "https://www.exempel.se/lista"));
        assertTimeoutPreemptively(BOUND, () -> PARSER.parse(tables, "https://www.exempel.se/tabell"));
    }
}
