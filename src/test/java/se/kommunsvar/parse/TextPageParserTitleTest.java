package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * A text page's title is its first real heading: pages written here in the shape municipal text dumps have
 * (site frame first), for municipalities and wordings the rules were not written from.
 */
class TextPageParserTitleTest {

    private final TextPageParser parser = new TextPageParser(MunicipalityDirectory.standard());

    private String title(String url, String body) {
        return parser.parse("source: " + url + "\n" + body).title();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hoppa till huvudinnehåll", "Gå till sidans innehåll", "Huvudinnehållet börjar här", "Öppna huvudmenyn",
        "Borås stads logotyp", "Logga Vimmerby kommun", "Illustration över torget", "Mora kommun", "Kungsbacka.se",
        "Kontakta Lunds kommun", "Kontaktcenter", "Dela sidan", "Lyssna på sidan", "Du är här", "Mina sidor",
        "Publicerad 12 maj 2021", "Telefon", "Öppettider"})
    void a_line_of_the_site_frame_is_never_the_title(String frame) {
        String body = frame + "\n\nSophämtning\n\nHushållsavfallet hämtas varannan vecka från maj till september.\n";
        assertEquals("Sophämtning", title("https://www.example.org/x/4.123.html", body));
    }

    @Test
    void the_heading_the_address_is_made_from_wins_over_earlier_headings() {
        String body = "Nyheter\n\nKommunens nyhetsarkiv.\n\nSkolstart för höstterminen\n\n"
                + "Skolan börjar den 18 augusti för alla elever.\n\nFler nyheter\n";
        assertEquals("Skolstart för höstterminen",
                title("https://www.orsa.se/nyheter/skolstart-for-hostterminen.html", body));
    }

    @Test
    void a_numeric_id_after_the_name_in_the_address_is_not_part_of_it() {
        String body = "Pressmeddelande -\n\nNy simhall i Oskarshamn\n\nKommunfullmäktige har beslutat att bygga en ny simhall.\n";
        assertEquals("Ny simhall i Oskarshamn",
                title("https://www.mynewsdesk.com/se/oskarshamns_kommun/pressreleases/ny-simhall-i-oskarshamn-2245113", body));
    }

    @Test
    void a_section_heading_that_is_only_part_of_the_address_does_not_beat_the_first_real_heading() {
        String body = "Till innehållet\n\nTaxor för bygglov 2024\n\nHär finns taxorna.\n\nTaxor\n\nTaxan räknas per timme.\n";
        assertEquals("Taxor för bygglov 2024", title("https://www.ystad.se/bygga/taxor-och-avgifter-for-bygglov/", body));
    }

    @Test
    void a_page_without_headings_takes_the_words_that_spell_its_address() {
        String body = "Du som har svårt att klara dig själv kan ansöka om färdtjänst. Ansökan görs hos kommunen.\n";
        assertEquals("Färdtjänst", title("https://www.ljungby.se/omsorg/fardtjanst", body));
    }

    @Test
    void a_dump_without_blank_lines_takes_its_first_short_line() {
        String body = "Brandskydd i hemmet\nEn brandvarnare i varje våning räddar liv. Testa den en gång i månaden.\n";
        assertEquals("Brandskydd i hemmet", title("https://texter.example.org/a1b2c3", body));
    }

    @Test
    void a_page_named_by_a_question_is_found_by_its_address() {
        String body = "Vad gör kommunen med avfallet?\n\nAvfallet sorteras och blir biogas.\n";
        assertEquals("Vad gör kommunen med avfallet?", title("https://www.boden.se/avfall/vad-gor-kommunen-med-avfallet/", body));
    }

    @Test
    void a_short_address_name_picks_the_heading_it_spells_over_an_alert_banner() {
        String body = "Varning för halka i hela kommunen\n\nSanda försiktigt.\n\nBad\n\nBadplatserna öppnar i juni.\n";
        assertEquals("Bad", title("https://www.osby.se/fritid/bad/", body));
    }

    @Test
    void a_title_header_still_decides() {
        assertEquals("Given", parser.parse("source: https://www.ale.se/a\ntitle: Given\n\nAnnan rubrik\n\nText här.\n").title());
    }
}
