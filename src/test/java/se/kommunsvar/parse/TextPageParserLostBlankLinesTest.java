package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kommunsvar.municipality.MunicipalityDirectory;

/** Dumps that write every block on its own line without blank lines between them still have headings. */
class TextPageParserLostBlankLinesTest {

    private final TextPageParser parser = new TextPageParser(MunicipalityDirectory.standard());

    private List<Block> blocks(String body) {
        return parser.parse("source: https://texter.example.org/x\n" + body).blocks();
    }

    @Test
    void a_short_line_over_a_line_of_sentences_is_a_heading() {
        List<Block> b = blocks("Brandman\nBrandmän släcker bränder och räddar människor ur olyckor i hela landet.\n"
                + "Utbildning\nUtbildningen är två år lång och ges vid Myndigheten för samhällsskydd och beredskap.\n");
        assertEquals(List.of(Block.heading("Brandman", 1),
                Block.paragraph("Brandmän släcker bränder och räddar människor ur olyckor i hela landet."),
                Block.heading("Utbildning", 2),
                Block.paragraph("Utbildningen är två år lång och ges vid Myndigheten för samhällsskydd och beredskap.")), b);
    }

    @Test
    void short_lines_over_short_lines_stay_text() {
        List<Block> b = blocks("Kommunstyrelsen\nKommunfullmäktige\nValnämnden\n");
        assertEquals(0, b.stream().filter(Block::isHeading).count(), b.toString());
    }

    @Test
    void a_line_continued_in_lower_case_is_no_heading() {
        List<Block> b = blocks("Ansökan om bygglov\nskickas till nämnden som prövar den inom tio veckor från komplett ansökan.\n");
        assertEquals(0, b.stream().filter(Block::isHeading).count(), b.toString());
    }
}
