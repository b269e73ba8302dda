package se.kommunsvar.ingest.crawl;

import java.time.Duration;
import se.kommunsvar.parse.PageFormat;

/**
 * How politely and how far a crawl goes.
 *
 * @param maxPages most pages fetched in one crawl (robots.txt and sitemaps not counted)
 * @param requestsPerSecond most requests per second to one host (a slower robots.txt Crawl-delay wins)
 * @param timeout longest wait for one response, headers and body
 * @param maxBytes largest body accepted; a larger page is refused as too large
 * @param allowPrivateHosts whether loopback and private addresses may be fetched (tests and operators only)
 * @param budget the longest one crawl may run; then it stops, keeps what it committed and ends as failed
 * @param maxPdfBytes largest PDF document accepted (plans run to tens of megabytes, pages do not)
 */
public record CrawlSettings(int maxPages, double requestsPerSecond, Duration timeout, long maxBytes,
                            boolean allowPrivateHosts, Duration budget, long maxPdfBytes) {

    public static final String USER_AGENT = "Kommunsvar/0.1 (+https://github.com/kommunsvar; crawler of municipal pages)";
    /** The product token matched against robots.txt User-agent lines. */
    public static final String ROBOTS_AGENT = "kommunsvar";

    public static final int DEFAULT_MAX_PAGES = 500;
    public static final double DEFAULT_RATE = 2.0;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    public static final long DEFAULT_MAX_BYTES = 5_000_000;
    /**
     * The default time budget of one crawl: the default page limit at the default rate takes about four minutes, so an
     * hour leaves room for slow servers and a Crawl-delay, yet a crawl stuck on a hostile site ends the same day.
     */
    public static final Duration DEFAULT_BUDGET = Duration.ofHours(1);
    /** The default PDF limit: the largest PDF any way in reads ({@link PageFormat#maxBytes()}). */
    public static final long DEFAULT_MAX_PDF_BYTES = PageFormat.PDF.maxBytes();

    public CrawlSettings {
        if (maxPages < 1) {
            throw new IllegalArgumentException("the page limit must be at least 1, was " + maxPages);
        }
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("the rate must be above 0 requests/s, was " + requestsPerSecond);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, was " + timeout);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the size limit must be at least 1 byte, was " + maxBytes);
        }
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive, was " + budget);
        }
        if (maxPdfBytes < 1 || maxPdfBytes > PageFormat.PDF.maxBytes()) {
            throw new IllegalArgumentException("the PDF size limit must be between 1 and " + PageFormat.PDF.maxBytes()
                    + " bytes (what the PDF reader accepts), was " + maxPdfBytes);
        }
    }

    /** Settings with the default PDF size limit. */
    public CrawlSettings(int maxPages, double requestsPerSecond, Duration timeout, long maxBytes, boolean allowPrivateHosts,
                         Duration budget) {
        this(maxPages, requestsPerSecond, timeout, maxBytes, allowPrivateHosts, budget, DEFAULT_MAX_PDF_BYTES);
    }

    /** Settings with the default time budget. */
    public CrawlSettings(int maxPages, double requestsPerSecond, Duration timeout, long maxBytes, boolean allowPrivateHosts) {
        this(maxPages, requestsPerSecond, timeout, maxBytes, allowPrivateHosts, DEFAULT_BUDGET);
    }

    public static CrawlSettings defaults(boolean allowPrivateHosts) {
        return new CrawlSettings(DEFAULT_MAX_PAGES, DEFAULT_RATE, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, allowPrivateHosts);
    }

    public CrawlSettings withMaxPages(int pages) {
        return new CrawlSettings(pages, requestsPerSecond, timeout, maxBytes, allowPrivateHosts, budget, maxPdfBytes);
    }

    public CrawlSettings withBudget(Duration time) {
        return new CrawlSettings(maxPages, requestsPerSecond, timeout, maxBytes, allowPrivateHosts, time, maxPdfBytes);
    }

    public CrawlSettings withMaxPdfBytes(long bytes) {
        return new CrawlSettings(maxPages, requestsPerSecond, timeout, maxBytes, allowPrivateHosts, budget, bytes);
    }
}
