package se.kommunsvar.parse;

/**
 * One unit of page text in reading order: a heading, a paragraph, a list item or a table row.
 *
 * @param kind what the text was on the page
 * @param text the text, whitespace folded
 * @param level heading level (1 = page title, 2.. = section headings); 0 for non-headings
 * @param page the page of a paged document (PDF) it is printed on, from 1; 0 for a web page
 */
public record Block(Kind kind, String text, int level, int page) {

    public Block(Kind kind, String text, int level) {
        this(kind, text, level, 0);
    }

    /** The same block, printed on the given page of a paged document. */
    public Block onPage(int pageNumber) {
        return new Block(kind, text, level, pageNumber);
    }

    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW }

    public static Block heading(String text, int level) {
        return new Block(Kind.HEADING, text, level);
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text, 0);
    }

    public static Block listItem(String text) {
        return new Block(Kind.LIST_ITEM, text, 0);
    }

    public static Block tableRow(String text) {
        return new Block(Kind.TABLE_ROW, text, 0);
    }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }
}
