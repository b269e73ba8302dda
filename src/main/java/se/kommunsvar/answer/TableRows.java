package se.kommunsvar.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
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

    /**
     * The tables of the pages a question reads: runs of at least two labelled rows in a page's text. A row is the one
     * a question names when the words that set it apart from the other rows of its table (its own label and value, not
     * the caption and header they all repeat) cover some of the question's subject: "Söndag 03/03: Stängt" for
     * "… öppet på söndagar?", "Mariefredspartiet: 1" for "… fick Mariefredspartiet?". When some row of a table is
     * named, no other row of it answers: its neighbour ("Måndag 26/02: 08.30 - 20.00", "Centerpartiet: 5") is another
     * day's or another party's figure. When no row is named, every row may answer, as before.
     */
    static final class OfPage {

        private final Function<String, Set<String>> terms;
        private final ToDoubleFunction<Set<String>> coverage;
        private final Function<String, String> pageText;
        private final Map<String, Map<String, List<String>>> runs = new HashMap<>();
        /** By table (the same list object for all its rows): the terms all its rows share. */
        private final Map<List<String>, Set<String>> common = new java.util.IdentityHashMap<>();

        OfPage(Function<String, Set<String>> terms, ToDoubleFunction<Set<String>> coverage, Function<String, String> pageText) {
            this.terms = terms;
            this.coverage = coverage;
            this.pageText = pageText;
        }

        /**
         * Whether a unit may answer as a row of its table: it is no row, its table names no row, or it is the one
         * named. A row names what it adds to the subject's coverage beyond what all rows of its table share and its
         * context (heading, page title) says: the caption's "Mandatfördelning" does not make the sum row "Totalt
         * antal mandat: 55" the one named.
         */
        boolean ofAskedRow(String url, String unit, String context) {
            if (!isLabelled(unit)) {
                return true;
            }
            List<String> table = runs.computeIfAbsent(url, u -> tables(pageText.apply(u))).get(unit.strip());
            if (table == null) {
                return true;
            }
            Set<String> shared = new java.util.HashSet<>(common.computeIfAbsent(table, this::commonTerms));
            shared.addAll(terms.apply(context));
            double base = coverage.applyAsDouble(shared);
            if (table.stream().noneMatch(row -> names(row, shared, base))) {
                return true;
            }
            return names(unit, shared, base);
        }

        /** The terms every row of a table holds: its caption's, its header's (computed once per table and question). */
        private Set<String> commonTerms(List<String> table) {
            Set<String> out = null;
            for (String row : table) {
                Set<String> t = terms.apply(row);
                if (out == null) {
                    out = t;
                } else {
                    out.retainAll(t);
                }
            }
            return out == null ? Set.of() : out;
        }

        private boolean names(String row, Set<String> shared, double base) {
            Set<String> own = terms.apply(row);
            own.addAll(shared);
            return coverage.applyAsDouble(own) > base;
        }

        /**
         * Whether a row is of an older year than its table's newest (up to this year): with no year asked, the newest
         * figure is the answer ("Vad är kommunalskatten?" is not answered by the rate of 1993), and when the newest
         * cell cannot answer, an older one does not stand in for it.
         */
        boolean olderThanTable(String url, String unit) {
            if (!isLabelled(unit)) {
                return false;
            }
            List<String> table = runs.computeIfAbsent(url, u -> tables(pageText.apply(u))).get(unit.strip());
            int own = Years.latest(unit);
            if (table == null || own == 0) {
                return false;
            }
            int thisYear = java.time.Year.now().getValue();
            int newest = table.stream().mapToInt(r -> Years.latestUpTo(r, thisYear)).max().orElse(0);
            return own < newest;
        }

        /** Each labelled row of the text, mapped to the run of labelled rows it stands in (runs of two or more). */
        private static Map<String, List<String>> tables(String text) {
            Map<String, List<String>> out = new HashMap<>();
            List<String> run = new ArrayList<>();
            for (String line : (text + "\n").split("\n", -1)) {
                if (isLabelled(line)) {
                    run.add(line.strip());
                    continue;
                }
                if (run.size() >= 2) {
                    List<String> table = List.copyOf(run);
                    table.forEach(r -> out.putIfAbsent(r, table));
                }
                run = new ArrayList<>();
            }
            return out;
        }
    }
}
