package se.kommunsvar.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The pages of one municipality. Page 0–4 are the political core (vision, tax, seats, chairs, contact); every later
 * page is a service page (building permits, pre-school, …) with its own district, fee and handling time. Page
 * {@code j} is drawn from the seed, the municipality and {@code j} only, so smaller corpora are prefixes of larger.
 */
final class PageTemplates {

    static final int CORE_PAGES = 5;

    /** Service topics: section, title, the noun used in sentences. */
    private static final List<String[]> TOPICS = List.of(
            new String[] {"bygga-bo-och-miljo", "Bygglov", "bygglov"},
            new String[] {"utbildning-och-forskola", "Ansök om förskoleplats", "förskoleplats"},
            new String[] {"omsorg-och-stod", "Hemtjänst", "hemtjänst"},
            new String[] {"bygga-bo-och-miljo", "Avfall och återvinning", "sophämtning"},
            new String[] {"trafik-och-infrastruktur", "Parkeringstillstånd", "parkeringstillstånd"},
            new String[] {"uppleva-och-gora", "Bibliotek", "lånekort"},
            new String[] {"omsorg-och-stod", "Färdtjänst", "färdtjänst"},
            new String[] {"bygga-bo-och-miljo", "Vatten och avlopp", "vattenanslutning"},
            new String[] {"utbildning-och-forskola", "Skolskjuts", "skolskjuts"},
            new String[] {"uppleva-och-gora", "Föreningsbidrag", "föreningsbidrag"},
            new String[] {"bygga-bo-och-miljo", "Strandskydd", "strandskyddsdispens"},
            new String[] {"omsorg-och-stod", "Ekonomiskt bistånd", "ekonomiskt bistånd"},
            new String[] {"trafik-och-infrastruktur", "Snöröjning", "snöröjning"},
            new String[] {"uppleva-och-gora", "Simhall", "simkort"},
            new String[] {"kommun-och-politik", "Allmänna handlingar", "allmänna handlingar"});
    private static final List<String> UNITS = List.of("ansökan", "månad", "år", "tillfälle");

    private PageTemplates() {
    }

    static GeneratedPage page(long seed, Facts f, int j) {
        Random r = new Random(seed * 31 + f.position() * 1_000_033L + j * 104_729L);
        return switch (j) {
            case 0 -> vision(f, r);
            case 1 -> tax(f, r);
            case 2 -> seats(f, r);
            case 3 -> chairs(f, r);
            case 4 -> contact(f, r);
            default -> service(f, j, r);
        };
    }

    private static GeneratedPage vision(Facts f, Random r) {
        String vision = Character.toUpperCase(f.name().charAt(0)) + f.name().substring(1) + " ska vara en " + f.vision() + ".";
        Content c = new Content().heading(2, "Vision").paragraph(vision)
                .paragraph("Visionen antogs av kommunfullmäktige den " + Names.date(r, false) + " och gäller fram till år 2035.")
                .heading(2, "Övergripande mål")
                .paragraph("För att nå visionen har fullmäktige beslutat om fyra övergripande mål:")
                .list(List.of("En trygg uppväxt för alla barn", "Ett hållbart samhälle med låg klimatpåverkan",
                        "Ett näringsliv som växer", "En ekonomi i balans"))
                .paragraph("Målen följs upp två gånger per år i delårsrapporten och årsredovisningen.");
        List<BenchQuestion> qs = new ArrayList<>();
        qs.add(q(f, "Vad är " + genitive(f) + " vision?", f.vision().split(" kommun ")[0], url(f, "kommun-och-politik", "vision-och-mal")));
        qs.add(new BenchQuestion(f.name(), "Vilken färg har borgmästarens cykel i " + f.name() + "?", BenchQuestion.ABSTAIN, ""));
        qs.add(new BenchQuestion(f.name(), "När öppnar rymdhamnen i " + f.name() + "?", BenchQuestion.ABSTAIN, ""));
        return build(f, "kommun-och-politik", "vision-och-mal", "Vision och mål", c, r, qs);
    }

    private static GeneratedPage tax(Facts f, Random r) {
        Content c = new Content()
                .paragraph("Kommunalskatten i " + f.name() + " är " + f.taxRate() + " kronor per hundralapp år " + f.taxYear() + ".")
                .paragraph("Kommunfullmäktige beslutade den " + Names.date(r, false) + " att skattesatsen ska vara oförändrad.")
                .heading(2, "Budget " + f.taxYear())
                .paragraph("Budgeten omfattar " + (800 + r.nextInt(4000)) + " miljoner kronor. Det största området är "
                        + "utbildning, följt av vård och omsorg.")
                .table("Skattesatser " + f.taxYear(), List.of("Skatt", "Kronor per hundralapp"), List.of(
                        List.of("Kommunalskatt", f.taxRate()),
                        List.of("Regionskatt", String.format(Locale.ROOT, "%d,%02d", 10 + r.nextInt(2), r.nextInt(100))),
                        List.of("Begravningsavgift", "0," + (20 + r.nextInt(10)))));
        return build(f, "kommun-och-politik", "budget-och-skatt", "Budget och skatt", c, r,
                List.of(q(f, "Vad är skattesatsen i " + f.name() + "?", f.taxRate(), url(f, "kommun-och-politik", "budget-och-skatt"))));
    }

    private static GeneratedPage seats(Facts f, Random r) {
        List<List<String>> rows = new ArrayList<>();
        f.seats().forEach(s -> rows.add(List.of(s.party() + " (" + s.abbreviation() + ")", String.valueOf(s.seats()))));
        String governing = join(f.governing());
        Content c = new Content()
                .paragraph("Kommunfullmäktige i " + f.name() + " har " + f.totalSeats() + " ledamöter som väljs vart fjärde år.")
                .paragraph("Kommunen styrs av " + governing + " under mandatperioden 2022–2026.")
                .table("Mandatfördelning 2022–2026", List.of("Parti", "Mandat"), rows)
                .paragraph("Fullmäktiges sammanträden är öppna för allmänheten och sänds på webben.");
        String u = url(f, "kommun-och-politik", "mandatfordelning");
        return build(f, "kommun-och-politik", "mandatfordelning", "Mandatfördelning", c, r, List.of(
                q(f, "Vilka partier styr i " + f.name() + "?", f.governing().get(0), u),
                q(f, "Hur många ledamöter har kommunfullmäktige i " + f.name() + "?", String.valueOf(f.totalSeats()), u)));
    }

    private static GeneratedPage chairs(Facts f, Random r) {
        Content c = new Content().paragraph("Här ser du vilka förtroendevalda som leder kommunens politiska organ.");
        for (Facts.Chair ch : f.chairs()) {
            c.heading(2, ch.body().replaceFirst("s$", ""))
                    .paragraph(ch.body() + " ordförande är " + ch.person() + " (" + ch.party() + ").");
        }
        Facts.Chair ks = f.chairs().get(0);
        return build(f, "kommun-och-politik", "politisk-organisation", "Politisk organisation", c, r, List.of(
                q(f, "Vem är kommunstyrelsens ordförande i " + f.name() + "?", ks.person(),
                        url(f, "kommun-och-politik", "politisk-organisation"))));
    }

    private static GeneratedPage contact(Facts f, Random r) {
        Content c = new Content()
                .paragraph("Kontaktcenter svarar på frågor om kommunens verksamheter.")
                .paragraph("Du når kontaktcenter på telefon " + f.phone() + " eller via e-post till " + f.email() + ".")
                .list(List.of("Telefon: " + f.phone(), "E-post: " + f.email(), "Besöksadress: " + f.street()))
                .paragraph("Öppettider: måndag–torsdag 8.00–16.30, fredag 8.00–15.00.");
        return build(f, "kommun-och-politik", "kontakta-kommunen", "Kontakta kommunen", c, r, List.of(
                // every service page of the municipality gives the same number, so no one page is expected
                q(f, "Vilket telefonnummer har kontaktcenter i " + f.name() + "?", f.phone(), "")));
    }

    private static GeneratedPage service(Facts f, int j, Random r) {
        String[] topic = TOPICS.get((j - CORE_PAGES) % TOPICS.size());
        int serial = (j - CORE_PAGES) / TOPICS.size();
        String district = serial == 0 ? f.name() : Names.place(serial + f.position());
        String title = serial == 0 ? topic[1] : topic[1] + " i " + district;
        String slug = slug(title) + (serial == 0 ? "" : "-" + serial);
        int weeks = 2 + r.nextInt(10);
        int fee = 100 * (1 + r.nextInt(40));
        Content c = new Content()
                .paragraph("Här får du veta hur du ansöker om " + topic[2] + " i " + district + " och vad det kostar.")
                .heading(2, "Handläggningstid")
                .paragraph("Handläggningstiden för " + topic[2] + " i " + district + " är normalt " + weeks + " veckor.")
                .heading(2, "Avgift")
                .paragraph("Avgiften är " + fee + " kronor per " + Names.pick(r, UNITS) + " från och med "
                        + Names.date(r, false) + ".");
        for (int i = 0, n = r.nextInt(5); i < n; i++) {
            c.paragraph(filler(r, topic[2], district));
        }
        c.heading(2, "Kontakt").paragraph("Har du frågor kan du kontakta handläggare " + Names.person(r)
                + " via kontaktcenter på telefon " + f.phone() + ".");
        String u = url(f, topic[0], slug);
        return build(f, topic[0], slug, title, c, r, List.of(
                q(f, "Hur lång är handläggningstiden för " + topic[2] + " i " + district + "?", weeks + " veckor", u)));
    }

    private static String filler(Random r, String noun, String district) {
        return switch (r.nextInt(6)) {
            case 0 -> "Ansökan om " + noun + " görs via e-tjänsten, och du får ett beslut skickat till dig.";
            case 1 -> "Under " + Names.date(r, false).replaceFirst("^\\d+ ", "") + " ses reglerna för " + noun + " över.";
            case 2 -> "Om du inte är nöjd med beslutet kan du överklaga det inom tre veckor.";
            case 3 -> "I " + district + " finns " + (2 + r.nextInt(30)) + " platser där du kan få hjälp med " + noun + ".";
            case 4 -> "Kommunen samarbetar med grannkommunerna för att korta väntetiden.";
            default -> "Blanketten finns också på papper i receptionen i kommunhuset.";
        };
    }

    private static GeneratedPage build(Facts f, String section, String slug, String title, Content c, Random r,
                                       List<BenchQuestion> questions) {
        String url = url(f, section, slug);
        String file = f.domain() + "/" + section + "/" + slug + ".html";
        return new GeneratedPage(url, file, SitevisionLayout.page(f, url, section, title, c.html(), r), questions);
    }

    private static BenchQuestion q(Facts f, String question, String expected, String url) {
        return new BenchQuestion(f.name(), question, expected, url);
    }

    static String url(Facts f, String section, String slug) {
        return "https://" + f.domain() + "/" + section + "/" + slug + ".html";
    }

    private static String genitive(Facts f) {
        return se.kommunsvar.municipality.MunicipalityDirectory.genitive(f.municipality());
    }

    private static String join(List<String> parties) {
        if (parties.size() == 1) {
            return parties.get(0);
        }
        return String.join(", ", parties.subList(0, parties.size() - 1)) + " och " + parties.get(parties.size() - 1);
    }

    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
