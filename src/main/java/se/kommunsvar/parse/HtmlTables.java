package se.kommunsvar.parse;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Reads data tables so that each row stands alone as a line that says what its numbers are. With a header row,
 * a two-column table gives "{@code <value header> <row label>: <value>}" ("Kommunalskatt 2024: 21,10") and a
 * wider one gives "{@code Rubrik: värde; Rubrik: värde}"; without one, the cells are joined with "; " (or ": "
 * for two). Layout tables (nested tables, paragraphs or headings in cells) are not data and are read as text.
 */
final class HtmlTables {

    private static final int MAX_CELL_CHARS = 300;

    private HtmlTables() {
    }

    static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || !table.select("table table").isEmpty()
                || !table.select("td p ~ p, td h1, td h2, td h3, td h4, td ul, td div div").isEmpty()) {
            return false;
        }
        List<Element> cells = table.select("td, th");
        return !cells.isEmpty() && cells.stream().allMatch(c -> c.text().length() <= MAX_CELL_CHARS);
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
