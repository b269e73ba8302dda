package se.kommunsvar.bench;

import java.util.List;
import java.util.Random;

/** Invented Swedish names of people, places and streets, and a few helpers for drawing from lists. */
final class Names {

    private static final List<String> FIRST = List.of("Anna", "Per", "Karin", "Lars", "Eva", "Mikael", "Sara", "Johan",
            "Maria", "Anders", "Elin", "Fredrik", "Ingrid", "Ola", "Lena", "Tomas", "Sofia", "Göran", "Helena", "Nils",
            "Malin", "Erik", "Åsa", "Björn", "Linnea", "Henrik", "Ylva", "Stefan", "Jenny", "Magnus");
    private static final List<String> LAST_START = List.of("Berg", "Lind", "Holm", "Sjö", "Ek", "Björk", "Ström",
            "Dahl", "Nord", "Ås", "Gran", "Hag", "Lund", "Fors", "Mal", "Sand");
    private static final List<String> LAST_END = List.of("qvist", "gren", "ström", "berg", "lund", "man", "dal",
            "blad", "holm", "ling", "stedt", "vall");
    private static final List<String> PLACE_END = List.of("viken", "byn", "hagen", "torp", "ås", "forsen", "backen",
            "näs", "ängen", "sund");
    private static final List<String> STREET_END = List.of("gatan", "vägen", "torget", "allén", "stigen");
    private static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
            "september", "oktober", "november", "december"};

    private Names() {
    }

    static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    static String person(Random r) {
        return pick(r, FIRST) + " " + pick(r, LAST_START) + pick(r, LAST_END);
    }

    /**
     * Invented district names that no municipality has, not even close enough for the fuzzy match ("Sandviken",
     * "Åstorp" and "Strömsund" are kommuner, "Malås" reads as Malå): a question about a district must not read
     * as a question about another municipality.
     */
    private static final List<String> DISTRICTS = districts();

    /** A district name; different {@code n} below {@link #districtCount()} give different names. */
    static String place(int n) {
        return DISTRICTS.get(Math.floorMod(n, DISTRICTS.size()));
    }

    static int districtCount() {
        return DISTRICTS.size();
    }

    private static List<String> districts() {
        se.kommunsvar.municipality.MunicipalityDirectory directory = se.kommunsvar.municipality.MunicipalityDirectory.standard();
        List<String> out = new java.util.ArrayList<>();
        for (String end : PLACE_END) {
            for (String start : LAST_START) {
                String name = start + end;
                if (directory.findIn("Hur är det i " + name + "?").isEmpty()) {
                    out.add(name);
                }
            }
        }
        return List.copyOf(out);
    }

    static String street(Random r) {
        return pick(r, LAST_START) + pick(r, STREET_END);
    }

    /** A date in 2023–2025 as ISO {@code 2024-03-12} or as Swedish words {@code 12 mars 2024}. */
    static String date(Random r, boolean iso) {
        int year = 2023 + r.nextInt(3);
        int month = 1 + r.nextInt(12);
        int day = 1 + r.nextInt(28);
        return iso ? String.format("%d-%02d-%02d", year, month, day) : day + " " + MONTHS[month - 1] + " " + year;
    }
}
