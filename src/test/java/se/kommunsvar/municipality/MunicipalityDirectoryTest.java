package se.kommunsvar.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityDirectoryTest {

    private static final MunicipalityDirectory DIR = MunicipalityDirectory.standard();
    private static final Path REAL_DEV = Path.of("../shared/eval/real-dev");
    private static final Path SEED_QUESTIONS = Path.of("../shared/eval/questions.tsv");

    // ---- the list ----

    @Test
    void sweden_has_exactly_290_kommuner_and_20_more_regions() {
        assertEquals(290, DIR.all().stream().filter(Municipality::isKommun).count());
        assertEquals(20, DIR.all().stream().filter(m -> !m.isKommun()).count());
    }

    @Test
    void every_organisation_has_a_domain_a_county_and_an_official_name_and_names_are_unique() {
        Set<String> names = new HashSet<>();
        for (Municipality m : DIR.all()) {
            assertFalse(m.domains().isEmpty(), m.name());
            assertTrue(m.county().endsWith(" län"), m.name());
            assertFalse(m.official().isBlank(), m.name());
            assertTrue(names.add(m.kind() + m.name()), "duplicate " + m.name());
        }
    }

    @Test
    void gotland_is_one_kommun_with_the_official_name_region_gotland() {
        Municipality gotland = DIR.expectByName("Gotland");
        assertEquals(Municipality.Kind.KOMMUN, gotland.kind());
        assertEquals("Region Gotland", gotland.official());
        assertEquals(gotland, DIR.expectByName("Region Gotland"));
    }

    // ---- names ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hedemora|Hedemora", "hedemora|Hedemora", "HEDEMORA|Hedemora", "Hedemora kommun|Hedemora",
        "Hedemoras kommun|Hedemora", "Hedemoras|Hedemora", "Lidingö stad|Lidingö", "lidingo|Lidingö",
        "Helsingborgs stad|Helsingborg", "Göteborgs Stad|Göteborg", "Falu kommun|Falun", "Upplands Väsby|Upplands Väsby",
        "upplands-väsby|Upplands Väsby", "Malung-Sälen|Malung-Sälen", "Kalmar|Kalmar", "Borås|Borås", "Håbo|Håbo",
        "Habo|Habo", "Vara|Vara"})
    void byName_finds_kommuner_in_the_forms_people_write(String written, String name) {
        Municipality m = DIR.expectByName(written);
        assertEquals(name, m.name());
        assertEquals(Municipality.Kind.KOMMUN, m.kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Region Kalmar län|Region Kalmar län", "Kalmar län|Region Kalmar län", "Region Kalmar|Region Kalmar län",
        "Västerbotten|Region Västerbotten", "Västerbottens län|Region Västerbotten", "Skåne|Region Skåne",
        "Dalarna|Region Dalarna", "Västra Götalandsregionen|Västra Götalandsregionen", "Stockholms län|Region Stockholm",
        "Sörmland|Region Sörmland", "Södermanland|Region Sörmland"})
    void byName_finds_regions_by_official_name_county_and_landscape(String written, String official) {
        Municipality m = DIR.expectByName(written);
        assertEquals(official, m.official());
        assertEquals(Municipality.Kind.REGION, m.kind());
    }

    @Test
    void expectByName_names_the_unknown_name_in_its_message() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DIR.expectByName("Atlantis"));
        assertTrue(e.getMessage().contains("Atlantis"));
        assertTrue(DIR.byName("").isEmpty());
        assertTrue(DIR.byName(null).isEmpty());
        assertTrue(DIR.byName("Hedemora kommun och Falun").isEmpty());
    }

    @Test
    void genitive_adds_s_except_after_s_x_and_z() {
        assertEquals("Hedemoras", MunicipalityDirectory.genitive(DIR.expectByName("Hedemora")));
        assertEquals("Upplands Väsbys", MunicipalityDirectory.genitive(DIR.expectByName("Upplands Väsby")));
        assertEquals("Borås", MunicipalityDirectory.genitive(DIR.expectByName("Borås")));
        assertEquals("Kramfors", MunicipalityDirectory.genitive(DIR.expectByName("Kramfors")));
        assertEquals("Kalix", MunicipalityDirectory.genitive(DIR.expectByName("Kalix")));
    }

    // ---- addresses ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://www.hedemora.se/kommun-och-politik|Hedemora", "https://kommun.falkenberg.se/|Falkenberg",
        "https://turism.strangnas.se/kommun-och-politik/|Strängnäs", "http://old.gavle.se/Kommun--politik/|Gävle",
        "https://www.solleftea.se/kommunpolitik/x.html|Sollefteå", "https://eda.se/politiker-i-eda/kommunalr%C3%A5d__592|Eda",
        "https://regionkalmar.se/politik|Kalmar län", "https://regionvasterbotten.se/sa-styrs-regionen|Västerbotten",
        "https://www.upplands-bro.se|Upplands-Bro", "https://vgregion.se/|Västra Götaland", "https://www.gotland.se|Gotland",
        "HTTPS://WWW.HEDEMORA.SE:443/Start|Hedemora", "www.hedemora.se/x|Hedemora", "https://user@hedemora.se.|Hedemora",
        "https://xn--hbo-ula.se/|Håbo", "https://håbo.se/kommun|Håbo", "https://www.habokommun.se/|Habo",
        "https://www.eda.se/sök?q=kommunalråd med mellanslag|Eda",
        "https://www.kumlakommun.se/|Kumla", "https://trosa-kommun.se/|Trosa", "https://www.regionkronoberg.se/|Kronoberg"})
    void fromUrl_finds_the_organisation_behind_the_host(String url, String name) {
        assertEquals(Optional.of(name), DIR.fromUrl(url).map(Municipality::name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not a url", "https://", "https://example.com/hedemora", "https://[::1]:8080/",
        "mailto:kommun@example.org", "https://%zz.se/", "http://localhost/", "https://hedemora.example.com/"})
    void fromUrl_returns_empty_for_unknown_or_broken_addresses(String url) {
        assertEquals(Optional.empty(), DIR.fromUrl(url));
    }

    @Test
    void fromUrl_never_throws_on_null() {
        assertEquals(Optional.empty(), DIR.fromUrl(null));
    }

    // ---- mentions ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Vilka partier styr i Hedemora?|Hedemora", "vem styr hedemora|Hedemora", "Vad är Hedemoras vision?|Hedemora",
        "Hedemora kommuns budget|Hedemora", "Vad säger Hedemoras kommun?|Hedemora",
        "Vad är Smedjebackens vision?|Smedjebacken", "Och Hallsbergs?|Hallsberg", "vallentuna malen|Vallentuna",
        "Hur stora var Borås intäkter?|Borås", "Mönsterås budget|Mönsterås", "Kramfors vision|Kramfors",
        "Vem styr Upplands Väsby?|Upplands Väsby", "vem styr upplands-väsby|Upplands Väsby",
        "vem styr upplands väsby|Upplands Väsby", "Budget i Malung-Sälen|Malung-Sälen",
        "skatten åmål?|Åmål", "gävle vision vad heter den|Gävle", "skatten i gavle|Gävle", "orebro budget|Örebro",
        "skelleftea budget|Skellefteå", "Vad heter Kalmars vision 2025?|Kalmar", "Vem är kommunalråd i Eda?|Eda",
        "vem var kso i eda 2015-2018|Eda", "Vad händer i Vara kommun?|Vara", "Hur ser det ut i Vara?|Vara",
        "vad händer i vara kommun|Vara", "Vem styr i Lund?|Lund", "Vilken kommun vill Hedemora vara tryggast i Dalarna?|Hedemora",
        "Dalarnas tryggaste kommun är Hedemora|Hedemora", "What is the municipal tax rate in Östersund?|Östersund",
        "Hur många nämnder finns i Region Västerbotten?|Västerbotten", "Hur många ledamöter har regionfullmäktige i Västerbotten?|Västerbotten",
        "Hur ofta sammanträder regionfullmäktige i Region Kalmar län?|Kalmar län", "Vad gör Region Kalmar?|Kalmar län",
        "Vad kostar det i Kalmar?|Kalmar", "regionfullmäktige i Kalmar|Kalmar län", "Vad gör Skåne?|Skåne"})
    void single_finds_the_one_organisation_a_question_is_about(String text, String name) {
        assertEquals(Optional.of(name), DIR.single(text).map(Municipality::name), () -> text + " -> " + DIR.findIn(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vilka partier styr?", "Vad är visionen?", "Hur mycket kostar en plats i förskolan?",
        "Vad ska vara klart 2025?", "Vara eller inte vara.", "Mark och vatten", "vad är skatten i kommunen",
        "Vilka mål har regionen?", "Hur många mandat har partierna i fullmäktige?", "Vem är ordförande?",
        "När har återvinningscentralen öppet?", "Var kan jag söka bostad?", "Vad säger lagen om säker skola?",
        "Är budgeten rättvis?", "Hur mycket är landstingsskatten?", "Vilka ledamöter sitter i nämnden?"})
    void questions_without_a_place_mention_nothing(String text) {
        assertEquals(List.of(), DIR.findIn(text));
    }

    @Test
    void mentions_come_in_order_with_spans_and_kinds() {
        String text = "Skiljer sig Kalmar från Region Kalmar län och Borås?";
        List<MunicipalityDirectory.Mention> mentions = DIR.findIn(text);
        assertEquals(List.of("Kalmar", "Region Kalmar län", "Borås"),
                mentions.stream().map(m -> text.substring(m.start(), m.end())).toList());
        assertEquals(List.of(Municipality.Kind.KOMMUN, Municipality.Kind.REGION, Municipality.Kind.KOMMUN),
                mentions.stream().map(m -> m.municipality().kind()).toList());
        assertTrue(DIR.single(text).isEmpty());
    }

    @Test
    void the_word_kommun_after_a_name_belongs_to_the_mention() {
        String text = "Vad har Hedemoras kommun för mål?";
        MunicipalityDirectory.Mention m = DIR.findIn(text).get(0);
        assertEquals("Hedemoras kommun", text.substring(m.start(), m.end()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"vem styr hedemra|Hedemora", "vad har kalmr kommun för värdegrund|Kalmar",
        "vem styr köpng?|Köping", "vallentna malen|Vallentuna", "skatten i hedemroa|Hedemora",
        "budget för sollefta|Sollefteå"})
    void lower_case_typos_of_names_match_fuzzily(String text, String name) {
        List<MunicipalityDirectory.Mention> mentions = DIR.findIn(text);
        assertEquals(1, mentions.size(), mentions::toString);
        assertTrue(mentions.get(0).fuzzy());
        assertEquals(name, mentions.get(0).municipality().name());
    }

    @Test
    void exact_names_win_over_fuzzy_ones() {
        String text = "Vem kommer citatet om hamnen och vinden från i Kumlas vision? Och kalmr?";
        assertEquals(Optional.of("Kumla"), DIR.single(text).map(Municipality::name));
    }

    @Test
    void capitalised_typos_and_common_words_do_not_match_fuzzily() {
        assertTrue(DIR.findIn("Vem är Hedemra?").isEmpty());
        assertTrue(DIR.findIn("vilka partier styr kommunen och vad är visionen för målen").isEmpty());
    }

    @Test
    void finding_mentions_is_fast_enough_to_run_per_question() {
        String text = "Hur många ledamöter sitter i regionfullmäktige i Region Kalmar och vad kostar förskolan i hedemra?";
        long start = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            DIR.findIn(text);
        }
        long micros = (System.nanoTime() - start) / 2_000 / 1_000;
        assertTrue(micros < 2_000, "findIn took " + micros + " µs");
    }

    // ---- real pages and questions ----

    @Test
    void every_real_dev_page_source_resolves_to_the_organisation_in_its_file_name() throws IOException {
        Path pages = REAL_DEV.resolve("pages");
        Assumptions.assumeTrue(Files.isDirectory(pages), "no " + pages);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(pages)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String source = Files.readAllLines(file, StandardCharsets.UTF_8).get(0).replaceFirst("^source:\\s*", "");
                String expected = slugOf(file);
                String got = DIR.fromUrl(source).map(MunicipalityDirectoryTest::slug).orElse("-");
                checked++;
                if (!got.equals(expected)) {
                    failures.add(file.getFileName() + ": " + source + " -> " + got);
                }
            }
        }
        failures.forEach(System.out::println);
        assertTrue(checked > 0);
        assertEquals(List.of(), failures);
    }

    @Test
    void real_dev_questions_mention_the_organisation_of_their_expected_page() throws IOException {
        Path questions = REAL_DEV.resolve("questions.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(questions), "no " + questions);
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        int checked = 0;
        for (String[] row : rows(questions)) {
            if (row.length < 6 || row[5].isBlank()) {
                continue;
            }
            Optional<Municipality> expected = DIR.fromUrl(row[5]);
            assertTrue(expected.isPresent(), row[5]);
            Optional<Municipality> got = DIR.single(row[3]);
            checked++;
            if (got.isEmpty()) {
                missed.add(row[0] + " " + row[3] + " -> " + DIR.findIn(row[3]));
            } else if (!got.equals(expected)) {
                wrong.add(row[0] + " " + row[3] + " -> " + got.get().name() + ", expected " + expected.get().name());
            }
        }
        wrong.forEach(w -> System.out.println("WRONG " + w));
        missed.forEach(m -> System.out.println("NO MENTION " + m));
        assertEquals(List.of(), wrong);
        // A question may name only a village ("stenvalvsbron i Nossebro" is in Essunga); the directory knows no villages.
        assertTrue(missed.size() * 20 <= checked, "too many questions without a mention: " + missed);
    }

    @Test
    void seed_questions_about_hedemora_smedjebacken_hallsberg_and_vallentuna_are_found() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED_QUESTIONS), "no " + SEED_QUESTIONS);
        Set<String> seeds = Set.of("Hedemora", "Smedjebacken", "Hallsberg", "Vallentuna");
        List<String> failures = new ArrayList<>();
        for (String[] row : rows(SEED_QUESTIONS)) {
            String question = row.length > 3 ? row[3] : "";
            String folded = question.toLowerCase();
            Optional<String> named = seeds.stream().filter(s -> folded.contains(s.toLowerCase())).findFirst();
            if (named.isPresent() && !DIR.single(question).map(Municipality::name).equals(named)) {
                failures.add(question + " -> " + DIR.findIn(question));
            }
        }
        failures.forEach(System.out::println);
        assertEquals(List.of(), failures);
    }

    private static List<String[]> rows(Path tsv) throws IOException {
        return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .toList();
    }

    /** "amal-kommunalskatt.txt" → "amal"; "region-kalmar-regionfullmaktige.txt" → "regionkalmar". */
    private static String slugOf(Path file) {
        String[] parts = file.getFileName().toString().split("-");
        return parts[0].equals("region") ? "region" + parts[1] : parts[0];
    }

    private static String slug(Municipality m) {
        String stem = m.isKommun() ? m.name() : m.official().replaceFirst("^Region ", "").replaceFirst(" län$", "");
        String ascii = MunicipalityDirectory.fold(stem).replaceAll("[^a-z]", "");
        return m.isKommun() ? ascii : "region" + ascii;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://www.mynewsdesk.com/se/ockero_kommun/pressreleases/ny-faerja-123456|Öckerö",
        "https://www.rtj.se/sundsvalls-kommun/brandskydd|Sundsvall",
        "https://arkiv.example.org/dokument/falun/protokoll-2021.pdf|Falun",
        "https://projekt.example.com/vara-kommun/nytt-torg|Vara"})
    void a_host_of_no_municipality_may_name_one_in_its_path(String url, String name) {
        assertEquals(Optional.of(name), DIR.namedInAddressPath(url).map(Municipality::name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://projekt.example.com/vara-tjanster/nytt-torg", "https://www.hedemora.se/falun",
        "https://arkiv.example.org/falun-och-borlange/", "https://arkiv.example.org/", "not a url"})
    void a_path_names_no_municipality_when_the_host_has_one_or_it_names_two_or_an_ordinary_word(String url) {
        assertEquals(Optional.empty(), DIR.namedInAddressPath(url));
    }

    @Test
    void a_page_is_about_the_municipality_its_text_names_again_and_again() {
        assertEquals(Optional.of("Kiruna"), DIR.mostNamed("Kiruna kommun bygger ny skola. Skolan i Kiruna öppnar 2026, "
                + "som i Gällivare. Kiruna växer.").map(Municipality::name));
        assertEquals(Optional.empty(), DIR.mostNamed("Skolan öppnar 2026, som i Gällivare."));
        assertEquals(Optional.empty(), DIR.mostNamed("Vi samarbetar med Kiruna kommun. Metoden är Kiruna-utvecklad."),
                "a partner named twice is not the page's owner");
        assertEquals(Optional.empty(), DIR.mostNamed("Kiruna och Gällivare samarbetar. Kiruna och Gällivare växer."));
        assertEquals(Optional.empty(), DIR.mostNamed("Lunds universitet har åtta fakulteter. Lunds universitet grundades "
                + "1666 och är ett av Nordens största lärosäten i Lund."), "the town named, never the organisation");
    }

    @Test
    void a_town_that_names_an_institution_is_no_mention_of_the_kommun() {
        assertEquals(Optional.empty(), DIR.single("Hur många studenter har Lunds universitet?"));
        assertEquals(Optional.empty(), DIR.single("När grundades Malmö högskola?"));
        assertEquals(Optional.of("Lund"), DIR.single("Hur många invånare har Lund?").map(Municipality::name));
        assertEquals(Optional.of("Lund"), DIR.single("Lunds kommun och Lunds universitet samarbetar").map(Municipality::name));
    }
}
