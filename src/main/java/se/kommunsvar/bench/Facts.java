package se.kommunsvar.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import se.kommunsvar.municipality.Municipality;

/**
 * The invented facts of one municipality in a generated corpus: tax rate, vision, seats, who chairs what and how
 * to reach the municipality. Drawn from the seed and the municipality's position only, so pages and questions agree.
 */
record Facts(Municipality municipality, int position, String taxRate, int taxYear, String vision,
             List<Seat> seats, List<String> governing, List<Chair> chairs, String phone, String email, String street) {

    /** One party's seats in the council. */
    record Seat(String party, String abbreviation, int seats) {
    }

    /** Who chairs a body. */
    record Chair(String body, String person, String party) {
    }

    static final List<String[]> PARTIES = List.of(
            new String[] {"Socialdemokraterna", "S"}, new String[] {"Moderaterna", "M"},
            new String[] {"Sverigedemokraterna", "SD"}, new String[] {"Centerpartiet", "C"},
            new String[] {"Vänsterpartiet", "V"}, new String[] {"Kristdemokraterna", "KD"},
            new String[] {"Liberalerna", "L"}, new String[] {"Miljöpartiet", "MP"});
    private static final List<String> ADJECTIVES = List.of("växande", "attraktiv", "trygg", "hållbar", "öppen",
            "välkomnande", "modig", "nyskapande", "levande", "grön", "inkluderande", "jämlik");
    private static final List<String> VISION_ENDS = List.of("där alla kan leva ett gott liv",
            "där människor och företag växer", "där barn och unga har framtidstro", "med närhet till natur och kultur",
            "där ingen lämnas utanför", "som tar ansvar för kommande generationer");
    private static final List<String> BODIES = List.of("Kommunstyrelsens", "Kommunfullmäktiges",
            "Barn- och utbildningsnämndens", "Socialnämndens", "Samhällsbyggnadsnämndens", "Kultur- och fritidsnämndens");

    static Facts of(long seed, Municipality m, int position) {
        Random r = new Random(seed * 1_000_003L + position * 7919L);
        String rate = String.format(Locale.ROOT, "%d,%02d", 19 + r.nextInt(5), r.nextInt(100));
        String vision = Names.pick(r, ADJECTIVES) + ", " + Names.pick(r, ADJECTIVES) + " och " + Names.pick(r, ADJECTIVES)
                + " kommun " + Names.pick(r, VISION_ENDS);
        List<Seat> seats = seats(r);
        List<String> governing = governing(r, seats);
        List<Chair> chairs = new ArrayList<>();
        for (String body : BODIES) {
            String[] party = PARTIES.get(r.nextInt(PARTIES.size()));
            chairs.add(new Chair(body, Names.person(r), party[1]));
        }
        String phone = "0" + (10 + r.nextInt(89)) + "-" + (10 + r.nextInt(89)) + " " + (100 + r.nextInt(899)) + " 00";
        String domain = m.domains().get(0).replaceFirst("^www\\.", "");
        return new Facts(m, position, rate, 2024 + r.nextInt(2), vision, seats, governing, chairs, phone,
                "kontaktcenter@" + domain, Names.street(r) + " " + (1 + r.nextInt(40)));
    }

    private static List<Seat> seats(Random r) {
        List<Seat> seats = new ArrayList<>();
        for (String[] p : PARTIES) {
            seats.add(new Seat(p[0], p[1], 1 + r.nextInt(p[1].length() == 1 ? 14 : 8)));
        }
        return seats;
    }

    private static List<String> governing(Random r, List<Seat> seats) {
        int first = r.nextInt(2);
        List<String> out = new ArrayList<>(List.of(seats.get(first).party()));
        int partners = 1 + r.nextInt(2);
        for (int i = 0; i < partners; i++) {
            String p = seats.get(3 + r.nextInt(5)).party();
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    int totalSeats() {
        return seats.stream().mapToInt(Seat::seats).sum();
    }

    String name() {
        return municipality.name();
    }

    String domain() {
        return municipality.domains().get(0);
    }
}
