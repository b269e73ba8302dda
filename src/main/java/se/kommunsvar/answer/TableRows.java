package se.kommunsvar.answer;

import java.util.regex.Pattern;

/** What a table row says of itself: whether it is the table's sum, and whether a question asks for a sum. */
final class TableRows {

    /** A sum row's label as Swedish tables write it: "SUMMA", "Summa", "Totalt", "Total", "Sammanlagt", "Hela …". */
    private static final Pattern TOTAL = Pattern.compile(
            "(?<![\\p{L}])(?:summa|totalt|total|sammanlagt)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A question after the whole: "totalt", "sammanlagt", "tillsammans", "inklusive …", "summa", "allt som allt". */
    private static final Pattern ASKS_TOTAL = Pattern.compile(
            "(?<![\\p{L}])(?:summa\\p{L}*|totalt?|sammanlagt|sammantaget|tillsammans|inklusive|inkl|allt som allt|"
                    + "sammanräknat|total\\p{L}*)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A row as tables are read into lines ("Tisdag 27/02: 10.00 - 19.00", "Kommunal utdebitering 2013, SUMMA:
     * 32,37", "Småhus: 1 321 kr/år"): a short label, a colon, a value. A list item ("Utbildning, förskola och
     * grundskola 32,32 %") has no colon before its figure.
     */
    private static final Pattern LABELLED = Pattern.compile("^[^:]{2,80}:\\s+\\S");

    private TableRows() {
    }

    /**
     * Whether a table row is quoted under its caption: a row read from a table ("Sverigedemokraterna: 14", "Lördag
     * 02/03: 09.00 - 15.00") says which period or week it is of only through the caption above it ("Mandatperioden
     * 2018 - 2022", "Öppettider vecka 9"), unless the row already carries it.
     */
    static boolean needsCaption(String row, String heading) {
        String h = heading.strip();
        return !h.isEmpty() && isLabelled(row) && !row.contains(h) && !h.contains(row.strip());
    }

    static boolean isLabelled(String row) {
        return LABELLED.matcher(row).find();
    }

    static boolean isTotal(String row) {
        return TOTAL.matcher(row).find();
    }

    static boolean asksTotal(String question) {
        return ASKS_TOTAL.matcher(question).find();
    }
}
