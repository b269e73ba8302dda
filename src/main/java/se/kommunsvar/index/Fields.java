package se.kommunsvar.index;

/**
 * The one place that names the index fields, and why each has its type.
 * Every page has one {@link #TYPE_PAGE} document (its facts) and one {@link #TYPE_PASSAGE} document per
 * passage; all share {@link #URL}, so one {@code updateDocuments(new Term(URL, url), docs)} replaces a page whole.
 */
public final class Fields {

    /** "page" or "passage": a StringField, filtered on, never scored. */
    public static final String TYPE = "type";
    public static final String TYPE_PAGE = "page";
    public static final String TYPE_PASSAGE = "passage";

    /** The page's address: a KeywordField (exact, stored); the key for replacement and deletion. */
    public static final String URL = "url";

    /** Municipality short name, exact: a KeywordField so it can filter and be listed. */
    public static final String MUNICIPALITY = "municipality";

    /** Page title: a TextField (Swedish analysis, stored) searched with a small weight. */
    public static final String TITLE = "title";

    /** The passage's heading: a TextField, searched, and shown as context. */
    public static final String HEADING = "heading";

    /** The passage's lines joined by newlines: a TextField, the main searched field. */
    public static final String TEXT = "text";

    /** ISO date shown to residents (updated, else published, else decided): stored only. */
    public static final String UPDATED = "updated";
    public static final String PUBLISHED = "published";
    public static final String DECIDED = "decided";

    /** When the page was fetched or read (ISO instant): stored only. */
    public static final String FETCHED = "fetched";

    /** Position of the passage in its page: stored, and a doc value used to break score ties stably. */
    public static final String ORDINAL = "ordinal";

    /** The page of a PDF a passage is printed on (0 for a web page): stored only, for the citation's "s. 12". */
    public static final String PAGE_NUMBER = "page_number";

    /** Number of passages of a page (page document only): stored. */
    public static final String PASSAGES = "passages";

    /** Contact facts of a page, one "label\tphone\temail" line each (page document only): stored. */
    public static final String CONTACTS = "contacts";

    /**
     * Where a crawled page's bytes were fetched from (the final address after redirects), page document only:
     * a KeywordField so the crawler finds the page it fetched even when the page is keyed by its canonical address.
     */
    public static final String SOURCE = "source";

    /** SHA-256 of the fetched bytes (page document only): stored, compared to judge a re-fetched page unchanged. */
    public static final String CONTENT_HASH = "content_hash";

    /** The server's ETag and Last-Modified for the fetched bytes (page document only): stored, sent back as a conditional GET. */
    public static final String ETAG = "etag";
    public static final String LAST_MODIFIED = "last_modified";

    private Fields() {
    }
}
