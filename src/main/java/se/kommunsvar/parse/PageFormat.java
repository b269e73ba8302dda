package se.kommunsvar.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The formats a page can come in, and how each is recognised: by its Content-Type when fetched, by its file name when
 * read from disk, by its first bytes when neither says. The one list a new format is added to.
 */
public enum PageFormat {

    /** An HTML page; the only format whose links a crawl follows. */
    HTML(".html", Set.of("text/html", "application/xhtml+xml"), Set.of(".html", ".htm"), Charsets.MAX_BYTES),
    /** A plain-text page file with a {@code source:} header line (see {@link TextPageParser}). */
    TEXT(".txt", Set.of("text/plain"), Set.of(".txt"), Charsets.MAX_BYTES),
    /** A PDF document: the plans and budgets municipalities publish. */
    PDF(".pdf", Set.of("application/pdf", "application/x-pdf", "application/acrobat"), Set.of(".pdf"), Limits.PDF_MAX_BYTES);

    /** Size limits, apart so the constants above can name them. */
    private static final class Limits {
        /**
         * A municipal plan or annual report with photographs runs to 10–30 MB; 50 MB keeps the largest ones and still
         * refuses a scanned archive, which has no text to read anyway.
         */
        static final long PDF_MAX_BYTES = 50_000_000;
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** A PDF may start after a little junk (a BOM, a blank line); readers accept the header within the first KiB. */
    private static final int PDF_MAGIC_WINDOW = 1024;

    private final String extension;
    private final Set<String> mediaTypes;
    private final Set<String> fileEndings;
    private final long maxBytes;

    PageFormat(String extension, Set<String> mediaTypes, Set<String> fileEndings, long maxBytes) {
        this.extension = extension;
        this.mediaTypes = mediaTypes;
        this.fileEndings = fileEndings;
        this.maxBytes = maxBytes;
    }

    /** The file ending its bytes are stored under ({@code ".html"}). */
    public String extension() {
        return extension;
    }

    /** The largest file of this format that is read: a plan PDF is far larger than any page. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Whether a crawl follows the links in it. */
    public boolean hasLinks() {
        return this == HTML;
    }

    /**
     * Whether it is a document a page links to rather than a page of the site's own: a crawl fetches one linked from
     * a page in scope even when it is stored outside the scope's folder (CMSs keep files apart from pages).
     */
    public boolean isDocument() {
        return this == PDF;
    }

    /** The format of a media type without parameters ("application/pdf"), if it is one we read. */
    public static Optional<PageFormat> ofMediaType(String mediaType) {
        String type = mediaType.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaTypes.contains(type)).findFirst();
    }

    /** The format a file's name says ("plan.PDF" is a PDF), if it is one we read. */
    public static Optional<PageFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.fileEndings.stream().anyMatch(lower::endsWith)).findFirst();
    }

    /** Whether the bytes start as a PDF does ({@code %PDF-}), whatever they were labelled. */
    public static boolean looksLikePdf(byte[] bytes) {
        int last = Math.min(bytes.length, PDF_MAGIC_WINDOW) - PDF_MAGIC.length;
        for (int i = 0; i <= last; i++) {
            if (Arrays.equals(bytes, i, i + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
                return true;
            }
        }
        return false;
    }
}
