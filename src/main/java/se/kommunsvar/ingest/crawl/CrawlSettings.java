package se.kommunsvar.ingest.crawl;

import java.time.Duration;

/**
 * How politely and how far a crawl goes.
 *
 * @param maxPages most pages fetched in one crawl (robots.txt and sitemaps not counted)
 * @param requestsPerSecond most requests per second to one host (a slower robots.txt Crawl-delay wins)
 * @param timeout longest wait for one response, headers and body
 * @param maxBytes largest body accepted; a larger page is refused as too large
 * @param allowPrivateHosts whether loopback and private addresses may be fetched (tests and operators only)
 */
public record CrawlSettings(int maxPages, double requestsPerSecond, Duration timeout, long maxBytes,
                            boolean allowPrivateHosts) {

    public static final String USER_AGENT = "Kommunsvar/0.1 (+https://github.com/kommunsvar; crawler of municipal pages)";
    /** The product token matched against robots.txt User-agent lines. */
    public static final String ROBOTS_AGENT = "kommunsvar";

    public static final int DEFAULT_MAX_PAGES = 500;
    public static final double DEFAULT_RATE = 2.0;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    public static final long DEFAULT_MAX_BYTES = 5_000_000;

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
    }

    public static CrawlSettings defaults(boolean allowPrivateHosts) {
        return new CrawlSettings(DEFAULT_MAX_PAGES, DEFAULT_RATE, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, allowPrivateHosts);
    }

    public CrawlSettings withMaxPages(int pages) {
        return new CrawlSettings(pages, requestsPerSecond, timeout, maxBytes, allowPrivateHosts);
    }
}
