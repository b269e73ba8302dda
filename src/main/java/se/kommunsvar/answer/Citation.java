package se.kommunsvar.answer;

/**
 * The page an answer quotes: address, title, municipality, the quoted passage and the page's date (ISO or empty).
 * A passage of a PDF also gives the page it is printed on, and the link opens the document at that page.
 *
 * @param page the PDF page the passage is printed on, from 1; 0 for a web page
 * @param link where the citation points: the address, with {@code #page=N} for a PDF page (the fragment PDF viewers
 *             of browsers open at, RFC 8118)
 * @param deepLink the link that opens the page at the quoted words: a text fragment on a web page
 *                 ({@link TextFragment}), the same as {@code link} on a PDF page or when nothing was quoted
 */
public record Citation(String url, String title, String municipality, String passage, String updated, int page,
                       String link, String deepLink) {

    public Citation(String url, String title, String municipality, String passage, String updated, int page) {
        this(url, title, municipality, passage, updated, page, page > 0 ? url + "#page=" + page : url,
                page > 0 ? url + "#page=" + page : url);
    }

    public Citation(String url, String title, String municipality, String passage, String updated) {
        this(url, title, municipality, passage, updated, 0);
    }

    /** The same citation with a deep link to these quoted words. */
    public Citation withQuote(String quote) {
        return new Citation(url, title, municipality, passage, updated, page, link, TextFragment.link(link, page, quote));
    }

    /** How a reader names the page: "s. 12", or empty for a web page. */
    public String pageLabel() {
        return page > 0 ? "s. " + page : "";
    }
}
