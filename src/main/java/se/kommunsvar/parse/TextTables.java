package se.kommunsvar.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tables a text dump of a municipal page has flattened into lines, and writes each cell or row as one line
 * that says what it is, as {@link HtmlTables} does for HTML tables. Municipal pages write four kinds of table, and a
 * dump loses their grid in the same ways whatever the municipality:
 * <ul>
 *   <li>columns of years, one cell a line: a label ("Kommunal utdebitering"), the years ("2012", "2013", "14-16"),
 *       then per row its label and one value a line ("Borgerliga kommunen", "20,90", "21,10", …);</li>
 *   <li>the same with a row's cells on one line, separated by spaces ("Borgerliga kommunen 20,90 21,10");</li>
 *   <li>a value under its label, pair after pair ("Socialdemokraterna", "17", "Moderaterna", "9");</li>
 *   <li>rows that open with a weekday, under a header of column names ("Dag", "Öppet", "Information", then
 *       "Måndag 26/02", "08.30 - 20.00");</li>
 *   <li>pipe tables ("S | Socialdemokraterna | 16 |").</li>
 * </ul>
 * A table with years as columns gives one line per cell, "{@code <label> <year>, <row>: <value>}" ("Kommunal
 * utdebitering 2013, Borgerliga kommunen: 20,869"), so that a question about one year is answered with that year's
 * cell and never its neighbour's; other tables give one line per row, whose columns no question check can tell apart.
 */
final class TextTables {

    /**
     * A piece of a page body: text lines as they were (blank lines kept), or a table: its caption (the label above
     * its years, or empty), its rows, and text a dump glued to its last cell (or empty).
     */
    record Segment(List<String> lines, boolean table, String caption, String after) {

        static Segment text(List<String> lines) {
            return new Segment(lines, false, "", "");
        }
    }

    /** A year or a span of years as a table header writes it: "2013", "14-16", "97-98", "2014–2016", "00-04". */
    private static final Pattern YEAR_KEY = Pattern.compile(
            "((?:19|20)\\d{2})(?:\\s?[-–]\\s?((?:19|20)\\d{2}|\\d{2}))?|(\\d{2})\\s?[-–]\\s?(\\d{2})");
    /**
     * A table cell that holds a figure: digits with decimal commas or points, spaces between thousands, a unit of at
     * most a few letters ("21,10", "1 321 kr/år", "16", "44 %"), or a dash for an empty cell.
     */
    private static final Pattern VALUE = Pattern.compile(
            "[-–—]|[-–]?\\d[\\d  ]*(?:[.,:]\\d+)*\\s?(?:%|\\p{L}{1,8}(?:/\\p{L}{1,8})?)?[^\\p{L}\\d\\s]?");
    /** A figure glued to the text after it by a dump ("1,28Församlingarna ingår …"): the figure is the table's last cell. */
    private static final Pattern GLUED_VALUE = Pattern.compile("(\\d+(?:[.,]\\d+)?)(?=\\p{Lu}\\p{Ll})");
    /** A weekday, alone or with a date, opening a row of opening hours ("Måndag 26/02", "Lördagar", "Fredag 1 mars"). */
    private static final Pattern WEEKDAY_KEY = Pattern.compile(
            "(?iu)(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:ar|en)?(?:\\s+\\d{1,2}(?:[/.]\\d{1,2}|\\s+\\p{L}{3,9})?)?");
    /** A header cell naming a column: one or two short words, no digits ("Dag", "Öppet", "Information"). */
    private static final Pattern COLUMN_NAME = Pattern.compile("\\p{L}[\\p{L}-]{0,19}(?:\\s\\p{L}[\\p{L}-]{0,19})?");

    /** A table has at least two columns of years and two rows: one value under one label is a sentence's business. */
    static final int MIN_KEYS = 2;
    static final int MIN_ROWS = 2;
    /** Label/value pairs: at least three in a row (a party table has 7–10; two lines of "Telefon" and a number are a contact). */
    static final int MIN_PAIRS = 3;
    /** A cell's label runs over at most three lines in a dump ("Kyrkan," "skatt/avg" "(medeltal)"). */
    static final int MAX_LABEL_LINES = 3;
    /** A label is short: a party, a row name, a weekday (the longest in the sets, "Moderata Samlingspartiet", is 24). */
    static final int MAX_LABEL_CHARS = 60;
    /** A value cell is short: a figure with its unit, a time span, "Stängt". */
    static final int MAX_VALUE_CHARS = 24;
    /** A header has at most this many column names (a week's opening hours: day, hours, a note). */
    static final int MAX_COLUMNS = 5;

    private TextTables() {
    }

    /** The body cut into text and tables, in order; a body with no table is one text segment. */
    static List<Segment> split(String body) {
        List<String> all = List.of(body.split("\n", -1));
        List<Integer> nb = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isBlank()) {
                nb.add(i);
            }
        }
        Lines lines = new Lines(all, nb);
        List<Segment> out = new ArrayList<>();
        int textFrom = 0;
        int k = 0;
        // a table's label is looked for above it, never inside the table before it
        int[] floor = {0};
        while (k < nb.size()) {
            Optional<Match> m = match(lines, k).filter(t -> t.from() >= floor[0]);
            if (m.isEmpty()) {
                k++;
                continue;
            }
            Match t = m.get();
            int tableStart = nb.get(t.from());
            if (tableStart > textFrom) {
                out.add(Segment.text(all.subList(textFrom, tableStart)));
            }
            out.add(new Segment(t.rows(), true, t.caption(), t.remainder()));
            textFrom = t.to() < nb.size() ? nb.get(t.to()) : all.size();
            k = t.to();
            floor[0] = k;
        }
        if (textFrom < all.size()) {
            out.add(Segment.text(all.subList(textFrom, all.size())));
        }
        return out;
    }

    /** A table found: non-blank lines {@code from} (inclusive) to {@code to} (exclusive), its rows, text glued to its end. */
    private record Match(int from, int to, List<String> rows, String caption, String remainder) {
    }

    /** The page's lines, and the positions of its non-blank ones. */
    private record Lines(List<String> all, List<Integer> nb) {
        int size() {
            return nb.size();
        }

        String get(int k) {
            return Text.fold(all.get(nb.get(k)));
        }

        /** Whether non-blank line k follows line k-1 with no blank line between (one paragraph of the dump). */
        boolean joined(int k) {
            return k > 0 && nb.get(k) == nb.get(k - 1) + 1;
        }
    }

    private static Optional<Match> match(Lines lines, int k) {
        Optional<Match> m = pipe(lines, k);
        if (m.isEmpty()) {
            m = yearColumns(lines, k);
        }
        if (m.isEmpty()) {
            m = yearRows(lines, k);
        }
        if (m.isEmpty()) {
            m = weekdays(lines, k);
        }
        if (m.isEmpty()) {
            m = pairs(lines, k);
        }
        return m;
    }

    // ---- pipe tables -------------------------------------------------------------------------------------------

    private static Optional<Match> pipe(Lines lines, int k) {
        int end = k;
        while (end < lines.size() && pipeCells(lines.get(end)).size() >= 2) {
            end++;
        }
        if (end - k < MIN_ROWS) {
            return Optional.empty();
        }
        List<String> headers = List.of();
        int first = k;
        if (end - k > 2 && isRule(lines.get(k + 1))) {
            headers = pipeCells(lines.get(k));
            first = k + 2;
        }
        List<String> rows = new ArrayList<>();
        for (int i = first; i < end; i++) {
            if (isRule(lines.get(i))) {
                continue;
            }
            String line = HtmlTables.line(headers, pipeCells(lines.get(i)));
            if (!line.isEmpty()) {
                rows.add(line);
            }
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Match(k, end, rows, "", ""));
    }

    /** A pipe row's cells: "M | Moderaterna | 6 |" gives M, Moderaterna, 6; a line with fewer than two bars gives none. */
    private static List<String> pipeCells(String line) {
        if (line.chars().filter(c -> c == '|').count() < 2) {
            return List.of();
        }
        String s = line.strip();
        s = s.startsWith("|") ? s.substring(1) : s;
        s = s.endsWith("|") ? s.substring(0, s.length() - 1) : s;
        List<String> cells = new ArrayList<>();
        for (String c : s.split("\\|", -1)) {
            cells.add(c.strip());
        }
        return cells;
    }

    /** The line under a pipe table's header: "---|---|---|". */
    private static boolean isRule(String line) {
        return line.matches("[\\s|:-]+") && line.contains("-");
    }

    // ---- years as columns, one cell a line -------------------------------------------------------------------

    /**
     * Columns of years one a line: at k start at least {@link #MIN_KEYS} year keys, above them the table's label
     * (the lines of the same paragraph, or the one line before), then rows of a label and exactly as many values.
     */
    private static Optional<Match> yearColumns(Lines lines, int k) {
        if (k > 0 && yearKey(lines.get(k - 1)).isPresent()) {
            return Optional.empty();
        }
        int i = k;
        while (i < lines.size() && yearKey(lines.get(i)).isPresent()) {
            i++;
        }
        int count = i - k;
        if (count < MIN_KEYS) {
            return Optional.empty();
        }
        List<String> keyTexts = new ArrayList<>();
        for (int j = k; j < i; j++) {
            keyTexts.add(lines.get(j));
        }
        List<String> keys = years(keyTexts);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        int from = labelStart(lines, k);
        String caption = join(lines, from, k);
        List<String> rows = new ArrayList<>();
        String remainder = "";
        int groups = 0;
        while (i < lines.size()) {
            int labelEnd = i;
            while (labelEnd < lines.size() && labelEnd - i < MAX_LABEL_LINES && isLabel(lines.get(labelEnd))) {
                labelEnd++;
            }
            if (labelEnd == i || labelEnd + count > lines.size()) {
                break;
            }
            List<String> values = new ArrayList<>();
            String glued = "";
            for (int j = labelEnd; j < labelEnd + count; j++) {
                String v = lines.get(j);
                if (isValue(v)) {
                    values.add(v);
                    continue;
                }
                Matcher g = GLUED_VALUE.matcher(v);
                if (j == labelEnd + count - 1 && g.lookingAt()) {
                    values.add(g.group(1));
                    glued = v.substring(g.end()).strip();
                }
                break;
            }
            if (values.size() < count) {
                break;
            }
            String label = join(lines, i, labelEnd);
            for (int c = 0; c < count; c++) {
                rows.add(cellLine(caption, keys.get(c), label, values.get(c)));
            }
            groups++;
            i = labelEnd + count;
            if (!glued.isEmpty()) {
                remainder = glued;
                break;
            }
        }
        if (groups < MIN_ROWS) {
            return Optional.empty();
        }
        return Optional.of(new Match(from, i, rows, caption, remainder));
    }

    /**
     * Where the label above a table's first key starts: the lines of the same paragraph right above it (a label
     * wrapped over lines, "Kommunal" "utdebitering"), at most {@link #MAX_LABEL_LINES}; when the key stands in a
     * paragraph of its own, the one line before it ("Parti").
     */
    private static int labelStart(Lines lines, int k) {
        int from = k;
        while (from > 0 && k - from < MAX_LABEL_LINES && isLabel(lines.get(from - 1))) {
            boolean joined = lines.joined(from);
            from--;
            if (!joined) {
                break;
            }
        }
        return from;
    }

    // ---- years as columns, a row a line ----------------------------------------------------------------------

    /**
     * A header line ending in at least {@link #MIN_KEYS} year keys ("Kommunal utdebitering 10-11 2012 2013"), then
     * rows ending in as many values ("Landstinget 11,17 11,438 11,519"); a row whose values stand on a line of their
     * own takes the label lines before it.
     */
    private static Optional<Match> yearRows(Lines lines, int k) {
        String[] head = lines.get(k).split("\\s+");
        int count = 0;
        while (count < head.length - 1 && yearKey(head[head.length - 1 - count]).isPresent()) {
            count++;
        }
        if (count < MIN_KEYS) {
            return Optional.empty();
        }
        List<String> keys = years(List.of(head).subList(head.length - count, head.length));
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        String caption = String.join(" ", List.of(head).subList(0, head.length - count));
        List<String> rows = new ArrayList<>();
        int i = k + 1;
        List<String> pendingLabel = new ArrayList<>();
        int groups = 0;
        int end = i;
        while (i < lines.size()) {
            String[] cells = lines.get(i).split("\\s+");
            int values = 0;
            while (values < cells.length && isValue(cells[cells.length - 1 - values])) {
                values++;
            }
            if (values == count) {
                String own = String.join(" ", List.of(cells).subList(0, cells.length - count));
                String label = (String.join(" ", pendingLabel) + " " + own).strip();
                if (label.isEmpty()) {
                    break;
                }
                for (int c = 0; c < count; c++) {
                    rows.add(cellLine(caption, keys.get(c), label, cells[cells.length - count + c]));
                }
                pendingLabel.clear();
                groups++;
                i++;
                end = i;
                continue;
            }
            if (values == 0 && pendingLabel.size() < MAX_LABEL_LINES && isLabel(lines.get(i))) {
                pendingLabel.add(lines.get(i));
                i++;
                continue;
            }
            break;
        }
        if (groups < MIN_ROWS) {
            return Optional.empty();
        }
        return Optional.of(new Match(k, end, rows, caption, ""));
    }

    // ---- rows opening with a weekday ---------------------------------------------------------------------------

    /**
     * Opening hours: rows that open with a weekday line ("Måndag 26/02"), each followed by its cells, under an
     * optional header of column names right above the first row ("Dag", "Öppet", "Information"). With a header a
     * row has at most one cell fewer than it has names; without one, one cell. Lines after a row's last cell that
     * do not fit the row (the caption of the next week's table) are text.
     */
    private static Optional<Match> weekdays(Lines lines, int k) {
        if (!isWeekday(lines.get(k)) || k > 0 && isWeekday(lines.get(k - 1))) {
            return Optional.empty();
        }
        List<String> header = header(lines, k);
        int width = header.isEmpty() ? 1 : header.size() - 1;
        List<String> rows = new ArrayList<>();
        int i = k;
        while (i + 1 < lines.size() && isWeekday(lines.get(i)) && isHours(lines.get(i + 1))) {
            int next = i + 1;
            while (next < lines.size() && !isWeekday(lines.get(next)) && next - i - 1 <= width) {
                next++;
            }
            boolean more = next < lines.size() && isWeekday(lines.get(next));
            // the last row keeps only its first cell: what follows it may be the next table's caption
            int cells = more ? next - i - 1 : 1;
            rows.add(rowLine(lines.get(i), cellsOf(lines, i + 1, i + 1 + cells)));
            i = i + 1 + cells;
            if (!more) {
                break;
            }
        }
        if (rows.size() < MIN_ROWS) {
            return Optional.empty();
        }
        return Optional.of(new Match(k - header.size(), i, rows, "", ""));
    }

    private static List<String> cellsOf(Lines lines, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int j = from; j < to; j++) {
            out.add(lines.get(j));
        }
        return out;
    }

    /** The column names right above a first weekday row, in the same paragraph: two to {@link #MAX_COLUMNS} names. */
    private static List<String> header(Lines lines, int k) {
        int from = k;
        while (from > 0 && k - from < MAX_COLUMNS && lines.joined(from) && COLUMN_NAME.matcher(lines.get(from - 1)).matches()
                && !isWeekday(lines.get(from - 1))) {
            from--;
        }
        if (k - from < 2) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int j = from; j < k; j++) {
            out.add(lines.get(j));
        }
        return out;
    }

    /**
     * "Måndag 26/02: 08.30 - 20.00", "Torsdag 28/03: 08.30 - 18.00; Skärtorsdag": the day, then its cells. The
     * header's names ("Öppet", "Information") are left out: the hours and the note say what they are.
     */
    private static String rowLine(String key, List<String> values) {
        return key + ": " + String.join("; ", values);
    }

    private static boolean isWeekday(String line) {
        return WEEKDAY_KEY.matcher(line).matches();
    }

    /** An opening-hours cell: a time or span with digits, or a short word ("Stängt", "Stängd"). */
    private static boolean isHours(String line) {
        return line.length() <= MAX_VALUE_CHARS && (line.chars().anyMatch(Character::isDigit) || !line.contains(" "));
    }

    // ---- label and value pairs --------------------------------------------------------------------------------

    /** At least {@link #MIN_PAIRS} pairs of a label line and a value line: "Sverigedemokraterna" "14". */
    private static Optional<Match> pairs(Lines lines, int k) {
        int i = k;
        List<String> rows = new ArrayList<>();
        while (i + 1 < lines.size() && isLabel(lines.get(i)) && isValue(lines.get(i + 1))) {
            rows.add(lines.get(i) + ": " + lines.get(i + 1));
            i += 2;
        }
        if (rows.size() < MIN_PAIRS) {
            return Optional.empty();
        }
        return Optional.of(new Match(k, i, rows, "", ""));
    }

    // ---- cells ------------------------------------------------------------------------------------------------

    /** "Kommunal utdebitering 2013, Borgerliga kommunen: 20,869". */
    private static String cellLine(String caption, String year, String label, String value) {
        String head = caption.isEmpty() ? year : caption + " " + year;
        return head + ", " + label + ": " + value;
    }

    /** A row label: short text with letters that is no figure, no sentence and no year. */
    private static boolean isLabel(String line) {
        return line.length() <= MAX_LABEL_CHARS && line.chars().anyMatch(Character::isLetter) && !isValue(line)
                && !line.endsWith(".") && !line.endsWith(":") && yearKey(line).isEmpty() && !line.contains("|");
    }

    static boolean isValue(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= MAX_VALUE_CHARS && VALUE.matcher(s).matches() && yearKey(s).isEmpty();
    }

    private static Optional<String> yearKey(String cell) {
        Matcher m = YEAR_KEY.matcher(cell.strip());
        return m.matches() ? Optional.of(cell.strip()) : Optional.empty();
    }

    /**
     * The header keys as full years: "2013" stays, "14-16" becomes "2014–2016". A two-digit year takes the century
     * that keeps the keys in order (after 1999 comes "00-04", 2000–2004); keys must name at least one four-digit
     * year to fix the century, else they are no years (empty).
     */
    static List<String> years(List<String> keys) {
        int anchor = 0;
        for (String key : keys) {
            Matcher m = YEAR_KEY.matcher(key.strip());
            if (m.matches() && m.group(1) != null) {
                anchor = Integer.parseInt(m.group(1));
                break;
            }
        }
        if (anchor == 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int previous = 0;
        for (String key : keys) {
            Matcher m = YEAR_KEY.matcher(key.strip());
            if (!m.matches()) {
                return List.of();
            }
            String first = m.group(1) != null ? m.group(1) : m.group(3);
            String last = m.group(1) != null ? m.group(2) : m.group(4);
            int start = full(first, previous > 0 ? previous : anchor, previous > 0);
            int end = last == null ? start : full(last, start, true);
            if (end < start || previous > 0 && start < previous) {
                return List.of();
            }
            out.add(end == start ? Integer.toString(start) : start + "–" + end);
            previous = end;
        }
        return out;
    }

    /** A year written with two digits in the century that puts it at or after {@code ref} (after) or before it. */
    private static int full(String digits, int ref, boolean after) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return y;
        }
        int guess = ref / 100 * 100 + y;
        if (after && guess < ref) {
            guess += 100;
        } else if (!after && guess > ref) {
            guess -= 100;
        }
        return guess;
    }

    private static String join(Lines lines, int from, int to) {
        List<String> parts = new ArrayList<>();
        for (int j = from; j < to; j++) {
            parts.add(lines.get(j).strip());
        }
        return String.join(" ", parts).replaceAll("\\s+", " ").strip();
    }
}
