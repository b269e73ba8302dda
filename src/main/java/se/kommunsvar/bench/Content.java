package se.kommunsvar.bench;

import java.util.List;
import org.jsoup.nodes.Entities;

/** Builds the escaped HTML of a page's main text, block by block. */
final class Content {

    private final StringBuilder html = new StringBuilder(4096);

    Content heading(int level, String text) {
        html.append("<h").append(level).append(" class=\"subheading\">").append(esc(text)).append("</h").append(level).append(">\n");
        return this;
    }

    Content paragraph(String text) {
        html.append("<p class=\"normal\">").append(esc(text)).append("</p>\n");
        return this;
    }

    Content list(List<String> items) {
        html.append("<ul class=\"sv-list\">\n");
        items.forEach(i -> html.append("  <li>").append(esc(i)).append("</li>\n"));
        html.append("</ul>\n");
        return this;
    }

    /** A table with a caption, a header row and data rows. */
    Content table(String caption, List<String> header, List<List<String>> rows) {
        html.append("<table class=\"sv-table\"><caption>").append(esc(caption)).append("</caption>\n<tr>");
        header.forEach(h -> html.append("<th>").append(esc(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(c -> html.append("<td>").append(esc(c)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        return this;
    }

    String html() {
        return html.toString();
    }

    static String esc(String text) {
        return Entities.escape(text);
    }
}
