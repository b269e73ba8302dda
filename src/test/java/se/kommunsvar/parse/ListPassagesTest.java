package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kommunsvar.municipality.MunicipalityDirectory;

/** A list is not torn from its first items when a passage is cut by size. The texts are written for the test. */
class ListPassagesTest {

    private static final TextPageParser TEXT = new TextPageParser(MunicipalityDirectory.standard());
    private static final String ITEMS = """
              * Att skolan ger alla elever en god grund för fortsatta studier och arbete
              * Att kommunens service är lätt att nå för invånare och företag i alla kommundelar
              * Att kommunens egna utsläpp av växthusgaser minskar varje år
            """;

    @Test
    void a_list_cut_by_size_after_other_text_moves_whole_into_the_next_passage() {
        Page page = TEXT.parse("source: https://www.bollnas.se/mal\nVåra mål\n\n" + "Fullmäktige följer upp målen. ".repeat(19)
                + "\n\n" + ITEMS);
        List<Passage> passages = Passages.of(page);
        assertEquals(2, passages.size());
        assertTrue(passages.get(0).lines().stream().noneMatch(l -> l.startsWith("Att ")), passages.get(0).text());
        assertEquals(3, passages.get(1).lines().size(), passages.get(1).text());
    }

    @Test
    void a_list_longer_than_a_passage_is_still_cut_by_size() {
        Page page = TEXT.parse("source: https://www.bollnas.se/mal\nVåra mål\n\nFullmäktige har antagit mål.\n\n"
                + ITEMS.repeat(4));
        List<Passage> passages = Passages.of(page);
        assertTrue(passages.size() >= 2, String.valueOf(passages.size()));
        assertTrue(passages.stream().allMatch(p -> p.text().length() <= 2 * Passages.TARGET_CHARS), "passage too long");
    }
}
