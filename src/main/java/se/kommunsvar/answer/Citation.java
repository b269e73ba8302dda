package se.kommunsvar.answer;

/**
 * The page an answer quotes: address, title, municipality, the quoted passage and the page's date (ISO or empty).
 * A passage of a PDF also gives the page it is printed on, and the link opens the document at that page.
 *
 * @param page the PDF page the passage is printed on, from 1; 0 for a web page
 * @param link where the citation points: the address, with {@code #page=N} for a PDF page (the fragment PDF viewers
 *             of browsers open at, RFC 8118)
 */
public record Citation(String url, String title, String municipality, String passage, String updated, int page,
                       String link) {

    public Citation(String url, String title, String municipality, String passage, String updated, int page) {
        this(url, title, municipality, passage, updated, page, page > 0 ? url + "#page=" + page : url);
    }

    public Citation(String url, String title, String municipality, String passage, String updated) {
        this(url, title, municipality, passage, updated, 0);
    }

    /** How a reader names the page: "s. 12", or empty for a web page. */
    public String pageLabel() {
        return page > 0 ? "s. " + page : "";
    }
}
