package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * The HTML parser on the seven real municipal start pages in {@code ../shared/fixtures/html} (see its SOURCES.md):
 * short probe strings of each page's content must reach the passages, probes of its boilerplate must not. Each
 * probe is first checked to be in the saved page, so that a probe can never pass by not being there at all.
 */
class HtmlFixturesTest {

    static final Path FIXTURES = Path.of("../shared/fixtures/html");
    private static final HtmlPageParser PARSER = new HtmlPageParser(MunicipalityDirectory.standard());

    record Fixture(String file, String url, String municipality, Optional<LocalDate> updated,
                   List<String> content, List<String> boilerplate) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Fixture> fixtures() {
        return Stream.of(
                new Fixture("norrkoping-startsida-2018.html", "http://www.norrkoping.se", "Norrköping", Optional.empty(),
                        List.of("Hitta lediga jobb och se vilka arbetsmarknadsinsatser som finns",
                                "Norrköping uppmärksammar Earth Hour 24 mars", "Driftinformation", "Spårarbete nattetid"),
                        List.of("Organisationsnummer: 212 000-0456", "Rådhuset, 601 81 Norrköping", "Ansvarig utgivare",
                                "Lediga jobb Anslagstavla Press")),
                new Fixture("umea-startsida-2018.html", "http://www.umea.se", "Umeå", Optional.empty(),
                        List.of("Umeå nu över 125 000 invånare", "UF-företagare tar plats i centrum",
                                "Littfest i Umeå nu hel bokvecka"),
                        List.of("Dela på Facebook", "Dela på LinkedIn", "Dela via email", "Skriv ut", "Om webbplatsen",
                                "Portalen för Umeå - kommun, universitet och näringsliv", "Sök i portalen")),
                new Fixture("lidingo-startsida-2018.html", "http://www.lidingo.se", "Lidingö", Optional.of(LocalDate.of(2018, 3, 20)),
                        List.of("Kundcenter 08-731 30 00", "Hälsans ö", "Det är ingen händelse att Lidingö kallas hälsans ö",
                                "Så styrs Lidingö", "Hit går dina skattepengar", "Politik och beslut", "Webb-tv från fullmäktige"),
                        List.of("Den här webbplatsen innehåller kakor", "Jag godkänner kakor", "Snabblänk till sidans innehåll",
                                "Till toppen av sidan", "Växeln är öppen vardagar", "Fakturaadress", "Medarbetarportalen")),
                new Fixture("gotland-startsida-2018.html", "https://www.gotland.se/", "Gotland", Optional.of(LocalDate.of(2018, 3, 20)),
                        List.of("strategisk plan och budget för åren 2019-2021", "Gymnasie- och vuxenutbildningsnämnden har sammanträtt",
                                "2018-03-20 15:10", "Inflyttarbyrån kan ge dig tips och råd om att flytta till Gotland"),
                        List.of("Hoppa till huvudinnehållet", "Jag godkänner!", "This website uses Google Translate", "فارسی",
                                "ภาษาไทย", "Organisationsnummer: 212000-0803", "TeleTal är tillgängligt", "/WEB-INF/")),
                new Fixture("orebro-startsida-2018.html", "http://www.orebro.se", "Örebro", Optional.empty(),
                        List.of("Hej, vad kan vi hjälpa dig med?", "Driftstörningar", "Webbsändning Kommunfullmäktige 21 mars",
                                "Beslut i Kommunstyrelsen mars", "Bokslutskommuniké för 2017", "Planprogram för Södra Ladugårdsskogen",
                                "Ring oss på: 019-21 10 00", "Gör en felanmälan"),
                        List.of("Ekonomi & budget", "Vårt framtida Örebro", "På orebro.se använder vi cookies", "Jag förstår",
                                "Hej! Vad letar du efter?", "Lyssna på sidan", "Dela p\uFFFD Facebook", "Kontakta $sitenamn",
                                "Org.nr: 212000-1967", "Use Google to translate", "Politiskt ansvar")),
                new Fixture("helsingborg-startsida-2018.html", "https://helsingborg.se/", "Helsingborg", Optional.of(LocalDate.of(2017, 5, 5)),
                        List.of("Genvägar", "Kommunkarta", "Påsklov i Helsingborg", "Sveriges Kvalitetskommun 2017 bjuder in till konferens",
                                "Helsingborg redovisar ett resultat på 316 miljoner kronor för 2017",
                                "Staden och Polisen samarbetar för ett tryggare Helsingborg", "Baguettemusik"),
                        List.of("Hoppa till huvudmenyn", "Hoppa till innehåll", "Du använder en gammal webbläsare",
                                "Organisationsnummer: 212000-1157", "Show submenu", "You can use Google Translate",
                                "vi cookies (kakor)", "Stortorget 17")),
                new Fixture("uddevalla-startsida-2018.html", "https://www.uddevalla.se", "Uddevalla", Optional.of(LocalDate.of(2018, 3, 13)),
                        List.of("Uddevalla kommun tar fram en ny översiktsplan", "Nu sätter vi spaden i Kungsgatan för att lyfta centrum",
                                "Vad tycker du om Bokenäs?", "Kungstorget", "Källdalsskolan", "Översvämningsskydd", "Mest besökt"),
                        List.of("Teletal", "Suomeksi", "Röststyrd växel", "Varvsvägen 1", "Skaffa e-legitimation",
                                "Toggle navigation", "Utbildning och Barnomsorg Omsorg och Hjälp")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void content_of_each_fixture_reaches_the_passages(Fixture f) throws IOException {
        String passages = passageText(parse(f));
        for (String probe : f.content()) {
            assertTrue(pageHas(f, probe), () -> "probe not in the saved page: " + probe);
            assertTrue(passages.contains(probe), () -> f.file() + ": content lost: " + probe + "\n" + passages);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void boilerplate_of_each_fixture_stays_out_of_the_passages(Fixture f) throws IOException {
        String passages = passageText(parse(f));
        for (String probe : f.boilerplate()) {
            assertTrue(pageHas(f, probe), () -> "probe not in the saved page: " + probe);
            assertFalse(passages.contains(probe), () -> f.file() + ": boilerplate kept: " + probe + "\n" + passages);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void each_fixture_gets_its_canonical_address_municipality_and_date(Fixture f) throws IOException {
        Page page = parse(f);
        assertEquals(f.url(), page.url());
        assertEquals(f.municipality(), page.municipality());
        assertEquals(f.updated(), page.dates().updated());
    }

    @Test
    void contact_facts_come_from_the_footer_and_the_contact_box() throws IOException {
        assertTrue(parse("helsingborg-startsida-2018.html").contacts().contains(new Contact("Kontaktcenter", "042-10 50 00", "")));
        assertTrue(parse("orebro-startsida-2018.html").contacts().contains(new Contact("Servicecenter", "019-21 10 00", "")));
        assertTrue(parse("lidingo-startsida-2018.html").contacts().contains(new Contact("Kundcenter", "08-731 30 00", "")));
        assertTrue(parse("uddevalla-startsida-2018.html").contacts().stream()
                .anyMatch(c -> c.email().equals("Kommunen@uddevalla.se")));
    }

    @Test
    void organisation_numbers_are_not_taken_for_phone_numbers() throws IOException {
        for (String file : List.of("norrkoping-startsida-2018.html", "gotland-startsida-2018.html", "orebro-startsida-2018.html")) {
            List<Contact> contacts = parse(file).contacts();
            assertTrue(contacts.stream().noneMatch(c -> c.phone().contains("000-0456") || c.phone().contains("0803")
                    || c.phone().contains("1967")), () -> file + ": " + contacts);
        }
    }

    @Test
    void og_updated_time_in_epoch_milliseconds_becomes_the_day_in_sweden() throws IOException {
        assertEquals(Optional.of(LocalDate.of(2018, 3, 20)), parse("gotland-startsida-2018.html").dates().updated());
    }

    @Test
    void a_news_list_that_labels_each_item_gives_the_page_no_published_date() throws IOException {
        assertEquals(Optional.empty(), parse("uddevalla-startsida-2018.html").dates().published());
    }

    static Page parse(Fixture f) throws IOException {
        return parse(f.file());
    }

    static Page parse(String file) throws IOException {
        Path path = FIXTURES.resolve(file);
        return PARSER.parse(Files.readAllBytes(path), "", path.toUri().toString());
    }

    /** Every passage as one line: its heading, then its lines, whitespace folded. */
    static String passageText(Page page) {
        return Passages.of(page).stream().map(p -> Text.fold(p.heading() + " " + String.join(" ", p.lines())))
                .collect(Collectors.joining("\n"));
    }

    private static boolean pageHas(Fixture f, String probe) throws IOException {
        String html = Files.readString(FIXTURES.resolve(f.file()), StandardCharsets.UTF_8);
        return html.contains(probe) || Jsoup.parse(html).text().contains(probe);
    }
}
