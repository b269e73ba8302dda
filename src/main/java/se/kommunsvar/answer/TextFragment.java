package se.kommunsvar.answer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Links that open a web page at a quoted sentence: a text fragment ({@code #:~:text=start,end}, WICG Text Fragments,
 * supported by Chromium, Safari and Firefox) built from the quote's own words. Browsers that do not know text
 * fragments open the page at its top.
 *
 * <p>The quote an answer shows may join lines of the page with ": " or "; " that the page itself does not contain
 * ({@link Answerer#joinQuote}), so the start words are taken before the first such joint and the end words after the
 * last one; a browser matches start and end across the elements between them.
 */
public final class TextFragment {

    /** Words of the quote used for the start and for the end of the fragment: enough to be unique on a page. */
    static final int WORDS = 4;
    /** Joints {@link Answerer#joinQuote} may have inserted between lines. */
    private static final String[] JOINTS = {": ", "; "};

    private TextFragment() {
    }

    /**
     * The link that opens {@code link} at {@code quote}; {@code link} itself for a PDF page (it carries
     * {@code #page=N}), a PDF, or an empty quote.
     */
    public static String link(String link, int page, String quote) {
        String text = quote == null ? "" : quote.strip();
        if (page > 0 || text.isEmpty() || link.toLowerCase(Locale.ROOT).split("[?#]", 2)[0].endsWith(".pdf")) {
            return link;
        }
        String directive = directive(text);
        if (directive.isEmpty()) {
            return link;
        }
        return link + (link.contains("#") ? "" : "#") + ":~:text=" + directive;
    }

    /** {@code start,end} (or just the text when it is short), each part percent-encoded. */
    static String directive(String quote) {
        List<String> first = words(head(quote));
        List<String> last = words(tail(quote));
        if (first.isEmpty() || last.isEmpty()) {
            return "";
        }
        List<String> all = words(quote);
        if (all.size() <= 2 * WORDS && first.size() == all.size()) {
            return encode(String.join(" ", all));
        }
        String start = String.join(" ", first.subList(0, Math.min(WORDS, first.size())));
        String end = String.join(" ", last.subList(Math.max(0, last.size() - WORDS), last.size()));
        return encode(start) + "," + encode(end);
    }

    /** The quote up to its first joint. */
    private static String head(String quote) {
        int cut = quote.length();
        for (String joint : JOINTS) {
            int at = quote.indexOf(joint);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return quote.substring(0, cut);
    }

    /** The quote after its last joint. */
    private static String tail(String quote) {
        int from = 0;
        for (String joint : JOINTS) {
            int at = quote.lastIndexOf(joint);
            if (at >= 0) {
                from = Math.max(from, at + joint.length());
            }
        }
        return quote.substring(from);
    }

    /**
     * The whitespace-separated tokens of a text, as written, punctuation and lone dashes included: a fragment
     * matches the page's characters (case and runs of whitespace aside).
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            if (!token.isEmpty()) {
                out.add(token);
            }
        }
        return out;
    }

    /** Percent-encoding for a text directive: everything but unreserved letters, digits and {@code . _ ~ *}. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("-", "%2D");
    }
}
