package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFragmentTest {

    private static final String PAGE = "https://www.example.se/sida";

    @Test
    void a_long_quote_gives_its_first_and_last_words_percent_encoded_with_dash_comma_and_ampersand() {
        String quote = "Frågor & svar, kundtjänst-Hedemora hjälper dig med allt som rör kommunen, vardagar 8-17.";
        assertEquals(PAGE + "#:~:text=Fr%C3%A5gor%20%26%20svar%2C%20kundtj%C3%A4nst%2DHedemora"
                + ",r%C3%B6r%20kommunen%2C%20vardagar%208%2D17.", TextFragment.link(PAGE, 0, quote));
    }

    @Test
    void a_short_quote_is_the_whole_text() {
        assertEquals(PAGE + "#:~:text=Biblioteket%20har%20%C3%B6ppet%20i%20dag.",
                TextFragment.link(PAGE, 0, "Biblioteket har öppet i dag."));
    }

    @Test
    void start_and_end_words_stay_inside_the_lines_a_joined_quote_is_made_of() {
        String quote = "Vision - Det öppna Hallsberg: I Hallsbergs kommun är alla välkomna och alla får vara med.";
        assertEquals(PAGE + "#:~:text=Vision%20%2D%20Det%20%C3%B6ppna,alla%20f%C3%A5r%20vara%20med.",
                TextFragment.link(PAGE, 0, quote));
    }

    @Test
    void pdf_pages_keep_their_page_fragment_and_an_existing_fragment_is_extended() {
        assertEquals(PAGE + ".pdf#page=3", TextFragment.link(PAGE + ".pdf#page=3", 3, "Vad som helst här."));
        assertEquals(PAGE + "#del:~:text=Hej%20d%C3%A5", TextFragment.link(PAGE + "#del", 0, "Hej då"));
        assertEquals(PAGE, TextFragment.link(PAGE, 0, " "));
    }
}
