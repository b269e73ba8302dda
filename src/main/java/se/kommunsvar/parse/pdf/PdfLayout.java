package se.kommunsvar.parse.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts a document's runs in reading order and drops what is not content: running headers and footers (a line in the
 * top or bottom margin repeated on most pages, its numbers aside), bare page numbers, the table of contents (a page
 * of lines that end in non-decreasing page numbers, or lines with dot leaders). Two-column bands are read left
 * column first; rows of a table become "label: value" lines ({@link PdfTables}).
 */
final class PdfLayout {

    /** The top and bottom margins where running headers, footers and page numbers are printed: 10 % of the page each. */
    private static final float MARGIN_SHARE = 0.10f;
    /**
     * A margin line on {@value #MIN_RUNNING_PAGES} pages is a running header or footer: the document's name on every
     * page, or a chapter's name on the pages of that chapter ("Kapitel 2: Ekonomi"). A short document needs it on half
     * its pages, and on two at least: a one-page letter has no running lines.
     */
    private static final double RUNNING_SHARE = 0.5;
    private static final int MIN_RUNNING_PAGES = 3;
    /** "12", "Sida 12", "s. 12", "12 (40)", "12/40", "- 12 -": a page number alone on its line. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:sida|sid\\.?|s\\.|page)?\\s*[-–]?\\s*\\d{1,4}\\s*[-–]?\\s*(?:(?:av|of|/)\\s*\\d{1,4}|\\(\\d{1,4}\\))?",
            Pattern.CASE_INSENSITIVE);
    /** A contents line has at least this many leader dots before its page number ("Inledning ........ 3"). */
    private static final int MIN_LEADER_DOTS = 4;
    private static final Pattern TRAILING_NUMBER = Pattern.compile(".*\\D\\s(\\d{1,4})");
    /** A page is a contents page when this many of its lines, and at least half, end in page numbers in order. */
    private static final int MIN_CONTENTS_LINES = 4;
    /** A column gutter is confirmed by at least this many lines starting at it and as many ending before it. */
    private static final int MIN_COLUMN_LINES = 3;
    /** Lines of one column start within this many points of each other. */
    private static final float ALIGN = 4f;

    private PdfLayout() {
    }

    /** Every page's content runs in reading order; empty pages (a contents page, a blank back page) give nothing. */
    static List<Laid> read(List<PdfPageText> pages) {
        Set<String> running = runningLines(pages);
        List<Laid> out = new ArrayList<>();
        for (PdfPageText page : pages) {
            List<List<Run>> rows = rows(content(page, running));
            if (isContents(rows, pages.size())) {
                continue;
            }
            rows.removeIf(r -> r.size() == 1 && isDotLeader(r.get(0).text()));
            out.addAll(order(page, rows));
        }
        return out;
    }

    /** The page's runs without running headers, footers and page numbers. */
    private static List<Run> content(PdfPageText page, Set<String> running) {
        List<Run> kept = new ArrayList<>();
        for (Run run : page.runs()) {
            boolean margin = inMargin(run, page);
            if (margin && (running.contains(key(run.text())) || PAGE_NUMBER.matcher(run.text()).matches())) {
                continue;
            }
            kept.add(run);
        }
        return kept;
    }

    /** Margin lines (digits folded, so "Sida 3" is "Sida 4") found on most pages. */
    private static Set<String> runningLines(List<PdfPageText> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (PdfPageText page : pages) {
            Set<String> keys = new HashSet<>();
            page.runs().stream().filter(r -> inMargin(r, page)).forEach(r -> keys.add(key(r.text())));
            keys.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }
        int needed = Math.min(MIN_RUNNING_PAGES, Math.max(2, (int) Math.ceil(pages.size() * RUNNING_SHARE)));
        Set<String> running = new HashSet<>();
        pagesWith.forEach((k, n) -> {
            if (n >= needed) {
                running.add(k);
            }
        });
        return running;
    }

    private static boolean inMargin(Run run, PdfPageText page) {
        return run.y() < page.height() * MARGIN_SHARE || run.y() > page.height() * (1 - MARGIN_SHARE);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
    }

    /** Runs grouped by baseline, top to bottom, each row left to right. */
    private static List<List<Run>> rows(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::x0));
        List<List<Run>> rows = new ArrayList<>();
        for (Run run : sorted) {
            List<Run> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && Math.abs(last.get(0).y() - run.y()) < 0.4f * run.size()) {
                last.add(run);
            } else {
                rows.add(new ArrayList<>(List.of(run)));
            }
        }
        return rows;
    }

    /** A contents page: most lines end in a page number of the document, and the numbers never go back. */
    private static boolean isContents(List<List<Run>> rows, int pageCount) {
        int numbered = 0;
        int previous = 0;
        for (List<Run> row : rows) {
            Optional<Integer> number = pageReference(row);
            if (number.isPresent() && number.get() <= pageCount) {
                if (number.get() < previous) {
                    return false;
                }
                previous = number.get();
                numbered++;
            }
        }
        return numbered >= MIN_CONTENTS_LINES && numbered * 2 >= rows.size();
    }

    /** A contents line: text, then leader dots (". . . .", "....", "……"), then a page number; read from its end. */
    static boolean isDotLeader(String text) {
        int i = text.length() - 1;
        int digits = 0;
        while (i >= 0 && Character.isDigit(text.charAt(i))) {
            i--;
            digits++;
        }
        int dots = 0;
        while (i >= 0 && (text.charAt(i) == '.' || text.charAt(i) == '…' || text.charAt(i) == ' ')) {
            dots += text.charAt(i) == '.' ? 1 : text.charAt(i) == '…' ? 3 : 0;
            i--;
        }
        return digits >= 1 && digits <= 4 && dots >= MIN_LEADER_DOTS;
    }

    /** The page number a contents line ends in: its own last cell, or the number after its text. */
    private static Optional<Integer> pageReference(List<Run> row) {
        Run last = row.get(row.size() - 1);
        if (row.size() > 1 && last.text().matches("\\d{1,4}")) {
            return Optional.of(Integer.parseInt(last.text()));
        }
        var m = TRAILING_NUMBER.matcher(last.text());
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The rows of one page in reading order: tables as "label: value" lines, two-column bands column by column. */
    private static List<Laid> order(PdfPageText page, List<List<Run>> rows) {
        List<List<Run>> text = new ArrayList<>();
        List<Laid> out = new ArrayList<>();
        List<List<Run>> table = new ArrayList<>();
        for (List<Run> row : rows) {
            if (PdfTables.isRow(row) && !(table.isEmpty() && PdfTables.isYearHeader(row))) {
                table.add(row);
                continue;
            }
            if (!table.isEmpty()) {
                flushTable(table, text, out, page);
            }
            text.add(row);
        }
        if (!table.isEmpty()) {
            flushTable(table, text, out, page);
        }
        out.addAll(columns(page, text));
        return out;
    }

    /** Text before the table is laid out first, then the table, so the order of the page is kept. */
    private static void flushTable(List<List<Run>> table, List<List<Run>> text, List<Laid> out, PdfPageText page) {
        List<Run> header = List.of();
        if (!text.isEmpty() && PdfTables.isHeader(text.get(text.size() - 1), table.get(0))) {
            header = text.remove(text.size() - 1);
        }
        out.addAll(columns(page, text));
        text.clear();
        for (List<Run> row : table) {
            Run first = row.get(0);
            for (String line : PdfTables.lines(header, row)) {
                out.add(new Laid(new Run(first.page(), first.x0(), row.get(row.size() - 1).x1(), first.y(),
                        first.size(), false, line), true, 0));
            }
        }
        table.clear();
    }

    /**
     * Text rows in reading order. A page with a column gutter (several lines starting at one x in the middle of the
     * page, several ending before it, few crossing it) is read in bands: full-width rows as they come, and between
     * them the left column's rows, then the right column's.
     */
    private static List<Laid> columns(PdfPageText page, List<List<Run>> rows) {
        Optional<Float> gutter = gutter(page, rows);
        List<Laid> out = new ArrayList<>();
        if (gutter.isEmpty()) {
            rows.forEach(row -> out.add(new Laid(joined(row), false, 0)));
            return out;
        }
        float g = gutter.get();
        List<Run> left = new ArrayList<>();
        List<Run> right = new ArrayList<>();
        for (List<Run> row : rows) {
            if (row.stream().anyMatch(r -> r.crosses(g))) {
                flushBand(left, right, out);
                out.add(new Laid(joined(row), false, 0));
                continue;
            }
            List<Run> l = row.stream().filter(r -> r.x1() <= g).toList();
            List<Run> r = row.stream().filter(x -> x.x0() >= g).toList();
            if (!l.isEmpty()) {
                left.add(joined(l));
            }
            if (!r.isEmpty()) {
                right.add(joined(r));
            }
        }
        flushBand(left, right, out);
        return out;
    }

    private static void flushBand(List<Run> left, List<Run> right, List<Laid> out) {
        left.forEach(r -> out.add(new Laid(r, false, 1)));
        right.forEach(r -> out.add(new Laid(r, false, 2)));
        left.clear();
        right.clear();
    }

    /** The x of a column gutter, if the page has one. */
    private static Optional<Float> gutter(PdfPageText page, List<List<Run>> rows) {
        Map<Integer, Integer> starts = new HashMap<>();
        for (List<Run> row : rows) {
            for (Run r : row) {
                if (r.x0() > page.width() * 0.3f && r.x0() < page.width() * 0.7f) {
                    starts.merge(Math.round(r.x0() / ALIGN), 1, Integer::sum);
                }
            }
        }
        Optional<Float> best = Optional.empty();
        int bestCount = 0;
        for (var e : starts.entrySet()) {
            float g = e.getKey() * ALIGN - ALIGN;
            int count = 0;
            int endBefore = 0;
            int crossing = 0;
            for (List<Run> row : rows) {
                for (Run r : row) {
                    count += r.x0() >= g && r.x0() <= g + 2 * ALIGN ? 1 : 0;
                    endBefore += r.x1() <= g ? 1 : 0;
                    crossing += r.crosses(g) ? 1 : 0;
                }
            }
            if (count >= MIN_COLUMN_LINES && endBefore >= MIN_COLUMN_LINES && crossing < count && count > bestCount) {
                best = Optional.of(g);
                bestCount = count;
            }
        }
        return best;
    }

    /** Runs of one row read as one run (a row of a single column, or a full-width row with wide spaces). */
    private static Run joined(List<Run> row) {
        if (row.size() == 1) {
            return row.get(0);
        }
        StringBuilder text = new StringBuilder();
        float size = 0;
        boolean bold = true;
        for (Run r : row) {
            text.append(text.length() == 0 ? "" : " ").append(r.text());
            size = Math.max(size, r.size());
            bold &= r.bold();
        }
        Run first = row.get(0);
        return new Run(first.page(), first.x0(), row.get(row.size() - 1).x1(), first.y(), size, bold, text.toString());
    }
}
