package se.kommunsvar.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads data tables so that each row stands alone as a line that says what its numbers are. With a header row,
 * a two-column table gives "{@code <value header> <row label>: <value>}" ("Kommunalskatt 2024: 21,10") and a
 * wider one gives "{@code Rubrik: värde; Rubrik: värde}"; without one, the cells are joined with "; " (or ": "
 * for two). Layout tables (nested tables, paragraphs or headings in cells) are not data and are read as text.
 */
final class HtmlTables {

    private static final int MAX_CELL_CHARS = 300;
    /** Elements that make a table a layout: a table in a table, headings and lists in cells. */
    private static final Set<String> LAYOUT_INSIDE = Set.of("table", "h1", "h2", "h3", "h4", "ul");

    private HtmlTables() {
    }

    /**
     * True for a table of data: no table inside it, no cell holding several paragraphs, a heading, a list or nested
     * boxes, and no cell longer than {@value #MAX_CELL_CHARS} characters. One walk with an explicit stack, stopped at
     * the first sign of layout, so nested tables cost no more than their size.
     */
    static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation")) {
            return false;
        }
        Deque<Element> stack = new ArrayDeque<>();
        Deque<Integer> divDepths = new ArrayDeque<>();
        pushChildren(table, 0, stack, divDepths);
        boolean cells = false;
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            int divs = divDepths.pop();
            String tag = e.normalName();
            if (LAYOUT_INSIDE.contains(tag) || tag.equals("p") && isAfterParagraph(e) || tag.equals("div") && divs >= 1) {
                return false;
            }
            if (tag.equals("td") || tag.equals("th")) {
                cells = true;
                if (e.text().length() > MAX_CELL_CHARS) {
                    return false;
                }
            }
            pushChildren(e, tag.equals("div") ? divs + 1 : divs, stack, divDepths);
        }
        return cells;
    }

    private static void pushChildren(Element e, int divs, Deque<Element> stack, Deque<Integer> divDepths) {
        for (Element child : e.children()) {
            stack.push(child);
            divDepths.push(divs);
        }
    }

    private static boolean isAfterParagraph(Element p) {
        for (Element s = p.previousElementSibling(); s != null; s = s.previousElementSibling()) {
            if (s.normalName().equals("p")) {
                return true;
            }
        }
        return false;
    }

    /** The table's caption as a paragraph, then one {@link Block.Kind#TABLE_ROW} per body row. */
    static List<Block> rows(Element table) {
        List<Block> out = new ArrayList<>();
        Element caption = table.selectFirst("caption");
        if (caption != null && !Text.fold(caption.text()).isEmpty()) {
            out.add(Block.paragraph(Text.fold(caption.text())));
        }
        List<Element> rows = table.select("tr");
        List<String> headers = List.of();
        int first = 0;
        if (!rows.isEmpty() && isHeaderRow(rows.get(0))) {
            headers = cells(rows.get(0));
            first = 1;
        }
        for (Element row : rows.subList(first, rows.size())) {
            String line = line(headers, cells(row));
            if (!line.isEmpty()) {
                out.add(Block.tableRow(line));
            }
        }
        return out;
    }

    static String line(List<String> headers, List<String> cells) {
        if (cells.stream().allMatch(String::isEmpty)) {
            return "";
        }
        if (cells.size() == 2) {
            String header = headers.size() == 2 ? headers.get(1) : "";
            String label = header.isEmpty() ? cells.get(0) : header + " " + cells.get(0);
            return cells.get(1).isEmpty() ? label.strip() : label.strip() + ": " + cells.get(1);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            String header = i < headers.size() ? headers.get(i) : "";
            parts.add(header.isEmpty() ? cells.get(i) : header + ": " + cells.get(i));
        }
        return String.join("; ", parts);
    }

    private static boolean isHeaderRow(Element row) {
        List<Element> cells = row.select("> td, > th");
        return row.parent() != null && row.parent().normalName().equals("thead")
                || !cells.isEmpty() && cells.stream().allMatch(c -> c.normalName().equals("th"));
    }

    /** The row's cell texts; a cell spanning n columns is followed by n - 1 empty ones so that headers stay aligned. */
    private static List<String> cells(Element row) {
        List<String> out = new ArrayList<>();
        for (Element cell : row.select("> td, > th")) {
            String text = Text.fold(cell.text());
            int span = Math.max(1, Math.min(20, parseInt(cell.attr("colspan"))));
            for (int i = 0; i < span; i++) {
                out.add(i == 0 ? text : "");
            }
        }
        return out;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
