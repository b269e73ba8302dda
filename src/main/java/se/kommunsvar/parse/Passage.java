package se.kommunsvar.parse;

import java.util.List;

/**
 * A piece of a page that is indexed and searched on its own: a run of blocks under one heading.
 *
 * @param url the page's address
 * @param title the page's title
 * @param municipality the municipality, or empty
 * @param heading the nearest heading above the blocks (may be empty)
 * @param lines the blocks' texts, one per paragraph, list item or table row
 * @param updated the page's date in ISO form (see {@link PageDates#best()}), or empty
 * @param ordinal position of the passage in the page, from 0
 * @param page the page of a paged document (PDF) the passage is printed on, from 1; 0 for a web page
 */
public record Passage(String url, String title, String municipality, String heading,
                      List<String> lines, String updated, int ordinal, int page) {

    public Passage {
        lines = List.copyOf(lines);
    }

    public Passage(String url, String title, String municipality, String heading, List<String> lines, String updated,
                   int ordinal) {
        this(url, title, municipality, heading, lines, updated, ordinal, 0);
    }

    /** Where a reader sees the passage: the page's address, opened at the PDF page ({@code #page=12}) for a document. */
    public String link() {
        return page > 0 ? url + "#page=" + page : url;
    }

    /** The passage's text as shown to people: its lines joined by line breaks. */
    public String text() {
        return String.join("\n", lines);
    }
}
