package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kommunsvar.municipality.MunicipalityDirectory;

/** The HTML parser on pages built here: encodings, bad input, tables, and the generic content signals. */
class HtmlPageParserTest {

    private static final HtmlPageParser PARSER = new HtmlPageParser(MunicipalityDirectory.standard());
    private static final String FROM = "https://www.exempel.se/sida";

    @Test
    void an_iso_8859_1_page_declared_in_its_meta_keeps_its_swedish_letters() throws Exception {
        String html = Files.readString(HtmlFixturesTest.FIXTURES.resolve("lidingo-startsida-2018.html"), StandardCharsets.UTF_8)
                .replaceAll("(?i)charset=\"?utf-8\"?", "charset=\"ISO-8859-1\"");
        assertTrue(html.contains("charset=\"ISO-8859-1\""));
        Page page = PARSER.parse(html.getBytes(StandardCharsets.ISO_8859_1), "", FROM);
        String text = HtmlFixturesTest.passageText(page);
        assertTrue(text.contains("Det är ingen händelse att Lidingö kallas hälsans ö"), text);
        assertTrue(text.contains("Så styrs Lidingö"), text);
    }

    @Test
    void the_charset_the_server_declared_wins_over_the_page_meta() {
        byte[] bytes = page("<meta charset=\"utf-8\"><main><p>Förskolans öppettider är måndag–fredag.</p></main>")
                .getBytes(Charset.forName("windows-1252"));
        assertEquals("Förskolans öppettider är måndag–fredag.", PARSER.parse(bytes, "windows-1252", FROM).blocks().get(0).text());
    }

    @Test
    void a_windows_1252_page_without_declaration_is_read_as_windows_1252() {
        byte[] bytes = page("<main><p>Överförmyndaren – ”God man” för barn och vuxna.</p></main>")
                .getBytes(Charset.forName("windows-1252"));
        assertEquals("Överförmyndaren – ”God man” för barn och vuxna.", PARSER.parse(bytes, "", FROM).blocks().get(0).text());
    }

    @Test
    void a_utf_8_page_without_declaration_is_read_as_utf_8() {
        byte[] bytes = page("<main><p>Välkommen till Åre kommun.</p></main>").getBytes(StandardCharsets.UTF_8);
        assertEquals("Välkommen till Åre kommun.", PARSER.parse(bytes, "", FROM).blocks().get(0).text());
    }

    @Test
    void binary_content_is_refused_with_a_message_that_says_so() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        PageFormatException e = assertThrows(PageFormatException.class, () -> PARSER.parse(png, "", FROM));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void a_page_over_the_size_limit_is_refused_with_its_size_in_the_message() {
        byte[] huge = new byte[Charsets.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        PageFormatException e = assertThrows(PageFormatException.class, () -> PARSER.parse(huge, "", FROM));
        assertTrue(e.getMessage().contains(String.valueOf(Charsets.MAX_BYTES + 1)) && e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void an_empty_file_is_refused() {
        assertThrows(PageFormatException.class, () -> PARSER.parse(new byte[0], "", FROM));
    }

    @Test
    void malformed_html_still_parses_into_blocks() {
        Page page = parse("<html><body><main><h1>Bygglov<p>Du behöver <b>bygglov för att bygga nytt<ul><li>Ansök via e-tjänsten"
                + "<li>Bifoga ritningar</ul></div></span><p>Handläggningstiden är tio veckor.</main></html>");
        assertEquals(List.of(Block.heading("Bygglov", 1), Block.paragraph("Du behöver bygglov för att bygga nytt"),
                Block.listItem("Ansök via e-tjänsten"), Block.listItem("Bifoga ritningar"),
                Block.paragraph("Handläggningstiden är tio veckor.")), page.blocks());
    }

    @Test
    void a_two_column_table_gives_one_line_per_row_with_the_column_header() {
        Page page = parse("<main><h2>Skattesats</h2><table><thead><tr><th>År</th><th>Kommunalskatt</th></tr></thead>"
                + "<tbody><tr><td>2024</td><td>21,10</td></tr><tr><td>2023</td><td>21,35</td></tr></tbody></table></main>");
        assertEquals(List.of(Block.heading("Skattesats", 2), Block.tableRow("Kommunalskatt 2024: 21,10"),
                Block.tableRow("Kommunalskatt 2023: 21,35")), page.blocks());
    }

    @Test
    void a_wider_table_repeats_every_column_header_in_each_row() {
        Page page = parse("<main><table><caption>Mandatfördelning</caption><tr><th>Parti</th><th>2018</th><th>2022</th></tr>"
                + "<tr><th>Socialdemokraterna</th><td>18</td><td>20</td></tr><tr><td>Moderaterna</td><td></td><td>9</td></tr>"
                + "</table></main>");
        assertEquals(List.of(Block.paragraph("Mandatfördelning"), Block.tableRow("Parti: Socialdemokraterna; 2018: 18; 2022: 20"),
                Block.tableRow("Parti: Moderaterna; 2022: 9")), page.blocks());
    }

    @Test
    void a_layout_table_is_read_as_text() {
        Page page = parse("<main><table><tr><td><h2>Öppettider</h2><p>Vardagar 8–16.</p><p>Lunchstängt 12–13.</p></td>"
                + "</tr></table></main>");
        assertEquals(List.of(Block.heading("Öppettider", 2), Block.paragraph("Vardagar 8–16."),
                Block.paragraph("Lunchstängt 12–13.")), page.blocks());
    }

    @Test
    void an_article_page_keeps_its_text_and_drops_the_frame_around_it() {
        Page page = parse("""
                <a class="skip-link" href="#content">Hoppa till innehåll</a>
                <header><nav><ul><li><a href="/a">Omsorg</a></li><li><a href="/b">Skola</a></li></ul></nav></header>
                <div id="cookie-banner">Vi använder kakor för att förbättra webbplatsen. <button>Jag godkänner</button></div>
                <main id="content">
                  <nav aria-label="Brödsmulor"><ol><li><a href="/">Start</a></li><li><a href="/k">Kommun och politik</a></li></ol></nav>
                  <article>
                    <h1>Kommunalskatt</h1>
                    <p>Kommunalskatten för 2024 är 21,10 kronor per hundralapp.</p>
                    <ul class="share"><li><a href="#">Dela på Facebook</a></li><li><a href="#">Dela på LinkedIn</a></li></ul>
                    <p>Senast uppdaterad: 2024-01-15</p>
                  </article>
                  <div class="feedback"><h2>Blev du hjälpt av informationen på sidan?</h2><form><button>Ja</button></form></div>
                </main>
                <footer><p>Kontaktcenter: 0123-456 78</p><p>Organisationsnummer: 212 000-0000</p></footer>
                """);
        assertEquals("Kommunalskatt", page.title());
        assertEquals(List.of(Block.paragraph("Kommunalskatten för 2024 är 21,10 kronor per hundralapp.")),
                page.blocks().stream().filter(b -> !b.isHeading()).toList());
        assertEquals(Optional.of(LocalDate.of(2024, 1, 15)), page.dates().updated());
        assertEquals(List.of(new Contact("Kontaktcenter", "0123-456 78", "")), page.contacts());
    }

    @Test
    void a_page_without_content_markers_loses_its_menus_but_keeps_its_text() {
        Page page = parse("<div><ul><li><a href=/a>Barn och utbildning</a></li><li><a href=/b>Bygga och bo</a></li>"
                + "<li><a href=/c>Kultur och fritid</a></li></ul></div><div><h1>Vatten och avlopp</h1><p>Kommunen ansvarar"
                + " för dricksvattnet.</p><ul><li>Vattenverket i Norrby</li><li>Reningsverket vid ån</li></ul></div>");
        assertEquals(List.of(Block.heading("Vatten och avlopp", 1), Block.paragraph("Kommunen ansvarar för dricksvattnet."),
                Block.listItem("Vattenverket i Norrby"), Block.listItem("Reningsverket vid ån")), page.blocks());
    }

    @Test
    void sitevision_content_area_is_found_without_a_main_element() {
        Page page = parse("<div class=sv-layout><div class=sv-jcrmenu-portlet><ul><li><a href=/a>Omsorg</a></li>"
                + "<li><a href=/b>Skola</a></li></ul></div><div id=svid94_1a2b class=pagecontent><h1>Avfall</h1>"
                + "<p>Sophämtning sker varannan vecka.</p></div><div class=sv-layout><p>Adress: Storgatan 1</p></div></div>");
        assertEquals(List.of(Block.heading("Avfall", 1), Block.paragraph("Sophämtning sker varannan vecka.")), page.blocks());
    }

    @Test
    void a_mobile_copy_of_the_content_is_not_read_twice() {
        Page page = parse("<main><div class=\"sv-visible-sv-bp-mobil\"><p>Snöröjning pågår.</p></div>"
                + "<p>Snöröjning pågår i hela kommunen.</p><p style=\"display: none\">Dold text</p></main>");
        assertEquals(List.of(Block.paragraph("Snöröjning pågår i hela kommunen.")), page.blocks());
    }

    @Test
    void the_canonical_address_falls_back_to_og_url_then_dcterms_identifier_then_where_it_was_fetched() {
        assertEquals("https://www.hedemora.se/a", parse("<link rel=canonical href=\"https://www.hedemora.se/a\">"
                + "<meta property=og:url content=\"https://www.hedemora.se/b\"><main><p>Text om kommunen här.</p></main>").url());
        assertEquals("https://www.hedemora.se/b", parse("<meta property=og:url content=\"https://www.hedemora.se/b\">"
                + "<meta name=dcterms.identifier content=\"https://www.hedemora.se/c\"><main><p>Text om kommunen.</p></main>").url());
        assertEquals("https://www.hedemora.se/c", parse("<meta name=dcterms.identifier content=\"https://www.hedemora.se/c\">"
                + "<main><p>Text om kommunen här.</p></main>").url());
        Page fetched = parse("<main><p>Text om kommunen här.</p></main>");
        assertEquals(FROM, fetched.url());
        assertEquals("", fetched.municipality());
    }

    @Test
    void meta_dates_are_read_in_iso_epoch_and_offset_forms() {
        assertEquals(Optional.of(LocalDate.of(2023, 12, 18)), PageMeta.parseDate("2023-12-18T09:30:00+01:00"));
        assertEquals(Optional.of(LocalDate.of(2018, 3, 20)), PageMeta.parseDate("1521561174000"));
        assertEquals(Optional.of(LocalDate.of(2018, 3, 20)), PageMeta.parseDate("1521561174"));
        assertEquals(Optional.of(LocalDate.of(2015, 6, 12)), PageMeta.parseDate("12 juni 2015"));
        assertEquals(Optional.empty(), PageMeta.parseDate("igår"));
    }

    @Test
    void a_page_says_when_it_was_updated_in_text_and_when_a_decision_was_made() {
        Page page = parse("<main><h1>Ny skolplan</h1><p>Den 12 juni 2023 tog kommunfullmäktige beslut om en ny skolplan.</p>"
                + "<p>Sidan uppdaterades den 3 juli 2023</p></main>");
        assertEquals(Optional.of(LocalDate.of(2023, 7, 3)), page.dates().updated());
        assertEquals(Optional.of(LocalDate.of(2023, 6, 12)), page.dates().decided());
        assertFalse(page.blocks().stream().anyMatch(b -> b.text().startsWith("Sidan uppdaterades")));
    }

    @Test
    void the_title_is_the_headline_above_the_text_not_the_logo_line_in_the_header() {
        String html = "<html><head><title>Bygglov - Hedemora kommun</title></head><body><header><h1><a href=/>"
                + "<img alt='Hedemora kommun logotyp'>Hedemora kommun</a></h1><nav><ul><li><a href=/a>Bo och bygga</a>"
                + "<li><a href=/b>Skola</a></ul></nav></header><div class=wrapper><h1>Bygglov för ditt hus</h1>"
                + "<div class=text><p>Du behöver bygglov för att bygga ett nytt hus, göra en tillbyggnad eller ändra "
                + "användningen av en byggnad.</p><p>Handläggningstiden är tio veckor från det att ansökan är komplett.</p>"
                + "</div></div></body></html>";
        assertEquals("Bygglov för ditt hus", PARSER.parse(html, "https://www.hedemora.se/bygglov").title());
    }

    @Test
    void without_a_headline_the_title_is_the_page_name_without_the_site_name() {
        String named = "<html><head><title>Bygglov | Hedemora kommun</title></head><body><p>Du behöver bygglov för att "
                + "bygga ett nytt hus eller göra en tillbyggnad.</p></body></html>";
        String site = "<html><head><title>Avfall och återvinning - Kommunen</title><meta property=og:site_name content=Kommunen>"
                + "</head><body><p>Sophämtning sker varannan vecka i hela kommunen, även på landsbygden.</p></body></html>";
        String other = "<html><head><title>Frågor - svar om avfall</title></head><body><p>Sophämtning sker varannan vecka "
                + "i hela kommunen, även på landsbygden.</p></body></html>";
        assertEquals("Bygglov", PARSER.parse(named, "https://www.hedemora.se/bygglov").title());
        assertEquals("Avfall och återvinning", PARSER.parse(site, "https://www.exempel.se/avfall").title());
        assertEquals("Frågor - svar om avfall", PARSER.parse(other, "https://www.exempel.se/avfall").title());
    }

    @Test
    void a_service_page_in_a_three_column_layout_is_read_as_one_text_without_its_side_menus_and_related_links() {
        Page page = PARSER.parse("""
                <!DOCTYPE html><html lang="sv"><head><title>Bygglov - Exempels kommun</title><link rel="canonical" href="https://www.exempel.se/bo-och-bygga/bygglov.html"></head>
                <body><a class="sv-skip-link" href="#content">Gå till innehåll</a>
                <header class="sv-layout header"><a href="/"><img alt="Exempels kommun, till startsidan" src="logo.png"></a>
                <nav><ul><li><a href="/a">Barn och utbildning</a></li><li><a href="/b">Bo och bygga</a></li><li><a href="/c">Omsorg och stöd</a></li></ul></nav></header>
                <div class="sv-layout"><div class="sv-layout sv-column-3"><div class="sv-jcrmenu-portlet"><ul><li><a href="/b/1">Bygglov</a></li><li><a href="/b/2">Strandskydd</a></li><li><a href="/b/3">Detaljplaner</a></li><li><a href="/b/4">Kartor och mätning</a></li></ul></div></div>
                <div class="sv-layout sv-column-6" id="svid94_123"><div class="sv-text-portlet"><h1>Bygglov</h1>
                <p class="lead">Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen av en byggnad.</p>
                <h2>Så ansöker du</h2><p>Ansökan gör du i vår e-tjänst. Bifoga ritningar, situationsplan och en kontrollplan, annars kan vi inte pröva ansökan.</p>
                <ul><li>Fasadritning</li><li>Planritning</li><li>Situationsplan</li></ul>
                <h2>Avgifter</h2><table><tr><th>Åtgärd</th><th>Avgift</th></tr><tr><td>Nybyggnad av enbostadshus</td><td>24 000 kr</td></tr><tr><td>Tillbyggnad</td><td>9 000 kr</td></tr></table>
                <h2>Handläggningstid</h2><p>Handläggningstiden är högst tio veckor från det att ansökan är komplett, enligt plan- och bygglagen.</p>
                <div class="sv-related"><h2>Relaterade sidor</h2><ul><li><a href="/x">Strandskydd</a></li><li><a href="/y">Bygglovsbefriade åtgärder</a></li></ul></div>
                <p>Senast uppdaterad: 2024-03-01</p></div></div>
                <div class="sv-layout sv-column-3"><div class="sv-contact"><h2>Kontakt</h2><p>Bygglovsenheten, telefon 0123-45 67 89, bygglov@exempel.se</p></div></div></div>
                <div class="feedback"><h2>Blev du hjälpt av informationen på sidan?</h2><form><button>Ja</button><button>Nej</button></form></div>
                <footer><p>Exempels kommun, 123 45 Exempelstad. Organisationsnummer 212000-0000</p></footer></body></html>
                """, "https://www.exempel.se/bo-och-bygga/bygglov.html");
        assertEquals("Bygglov", page.title());
        assertEquals(List.of(Block.heading("Bygglov", 1),
                Block.paragraph("Du behöver bygglov för att bygga nytt, bygga till eller ändra användningen av en byggnad."),
                Block.heading("Så ansöker du", 2),
                Block.paragraph("Ansökan gör du i vår e-tjänst. Bifoga ritningar, situationsplan och en kontrollplan, annars "
                        + "kan vi inte pröva ansökan."),
                Block.listItem("Fasadritning"), Block.listItem("Planritning"), Block.listItem("Situationsplan"),
                Block.heading("Avgifter", 2),
                Block.tableRow("Avgift Nybyggnad av enbostadshus: 24 000 kr"), Block.tableRow("Avgift Tillbyggnad: 9 000 kr"),
                Block.heading("Handläggningstid", 2),
                Block.paragraph("Handläggningstiden är högst tio veckor från det att ansökan är komplett, enligt plan- och "
                        + "bygglagen.")), page.blocks());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), page.dates().updated());
    }

    private static Page parse(String body) {
        return PARSER.parse(page(body).getBytes(StandardCharsets.UTF_8), "", FROM);
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=sv><head><title>Sida</title></head><body>" + body + "</body></html>";
    }
}
