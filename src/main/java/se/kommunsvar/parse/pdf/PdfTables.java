package se.kommunsvar.parse.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Table rows of a PDF page: a label and number cells on one baseline, under a header row of years or short column
 * names, read as lines that say what each number is ("Skattesats 2024: 22,09").
 */
final class PdfTables {

    /**
     * A table cell holding a value: a number, amount or percentage ("22,09", "1 234", "42 %", "−3,5 mnkr"); thousands
     * are grouped with a space, a no-break space or a thin space, as Swedish typesetting does.
     */
    private static final Pattern VALUE = Pattern.compile(
            "[-−–+]?\\s?\\d[\\d \u00A0\u2009\u202F]*(?:[,.]\\d+)?\\s?(?:%|kr|tkr|mnkr|mkr|st)?");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** A header cell sits over its column's values within this many points, at either edge, or overlaps them. */
    private static final float HEADER_ALIGN = 16f;
    /** Header cells are short names ("Budget 2024", "Utfall"); a longer text above numbers is a paragraph. */
    private static final int MAX_HEADER_CHARS = 40;

    private PdfTables() {
    }

    /** A row of a label and values: two or more cells, every cell after the first a number, amount or percentage. */
    static boolean isRow(List<Run> row) {
        if (row.size() < 2) {
            return false;
        }
        for (int i = 1; i < row.size(); i++) {
            if (!VALUE.matcher(row.get(i).text()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A row of years alone ("2024 2025 2026", or "Mnkr 2024 2025"): the header of the table below, not a data row. */
    static boolean isYearHeader(List<Run> row) {
        return row.stream().skip(1).allMatch(r -> YEAR.matcher(r.text()).matches())
                && (YEAR.matcher(row.get(0).text()).matches() || !row.get(0).text().matches(".*\\d.*"));
    }

    /**
     * The row above a table is its header when its cells sit over the table's value cells: short labels or years
     * ("Budget 2024", "2025"), as many as the values or one more (a header for the label column).
     */
    static boolean isHeader(List<Run> row, List<Run> firstTableRow) {
        int values = firstTableRow.size() - 1;
        int cells = row.size();
        if (cells != values && cells != values + 1 || cells < 1) {
            return false;
        }
        List<Run> over = row.subList(cells - values, cells);
        for (int i = 0; i < values; i++) {
            Run h = over.get(i);
            Run v = firstTableRow.get(i + 1);
            boolean aligned = Math.abs(h.x1() - v.x1()) < HEADER_ALIGN || Math.abs(h.x0() - v.x0()) < HEADER_ALIGN
                    || h.x0() <= v.x1() && v.x0() <= h.x1();
            if (!aligned || h.text().length() > MAX_HEADER_CHARS) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lines a table row is read as. Under a header, one line per value, each naming its row and column so that it
     * reads alone ("Skattesats 2024: 22,09", "Skattesats 2025: 22,34"); without one, the row's values after its label
     * ("Skattesats: 22,09", "Skattesats: 22,09; 22,34").
     */
    static List<String> lines(List<Run> header, List<Run> row) {
        String label = row.get(0).text();
        label = label.endsWith(":") ? label.substring(0, label.length() - 1).strip() : label;
        int values = row.size() - 1;
        List<String> cells = row.subList(1, row.size()).stream().map(Run::text).toList();
        if (header.isEmpty()) {
            return List.of(label + ": " + String.join("; ", cells));
        }
        List<String> lines = new ArrayList<>(values);
        for (int i = 0; i < values; i++) {
            String column = header.get(header.size() - values + i).text();
            lines.add(label + " " + column + ": " + cells.get(i));
        }
        return lines;
    }
}
