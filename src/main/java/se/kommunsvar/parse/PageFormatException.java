package se.kommunsvar.parse;

/**
 * A page file that cannot be read as a page; the message says what was wrong, the kind names it for a summary
 * ("format" for a page that is not what it claims, "pdf encrypted", "pdf without text", "pdf broken").
 */
public class PageFormatException extends RuntimeException {

    /** The kind of a page that could not be read for a reason with no name of its own. */
    public static final String FORMAT = "format";

    private final String kind;

    public PageFormatException(String message) {
        this(FORMAT, message);
    }

    public PageFormatException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** Short name of the reason, counted in ingest and crawl summaries. */
    public String kind() {
        return kind;
    }

    /** Whether the page was skipped for a known reason of its format (encrypted, scanned) rather than being broken. */
    public boolean isKnownSkip() {
        return !FORMAT.equals(kind);
    }
}
