package se.kommunsvar.ingest.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.kommunsvar.ingest.IngestSummary;

/**
 * How far a running site crawl has come, for editors to follow: pages fetched of pages found so far, the address
 * being fetched, the addresses that failed and why, and at the end the crawl's summary. Written by the crawl's
 * thread and read by the editors' page at any time.
 */
public final class CrawlProgress {

    /** Failed addresses listed at most: a whole site failing is one cause, and the count says the rest. */
    static final int MAX_LISTED = 500;

    private volatile int done;
    private volatile int found;
    private volatile String current = "";
    private volatile IngestSummary summary;
    private final List<FailedPage> failed = new ArrayList<>();

    /** An address that failed and the kind of failure ("http 404", "timeout", …). */
    public record FailedPage(String url, String reason) {
    }

    /** What an editor sees: counts, the current address, the failures and, when ended, the summary. */
    public record Snapshot(int done, int found, String current, List<FailedPage> failed, Optional<IngestSummary> summary) {
    }

    /** The crawl starts fetching its {@code done}-th page of {@code found} known so far. */
    public void fetching(String url, int done, int found) {
        this.current = url;
        this.done = done;
        this.found = Math.max(found, done);
    }

    /** A page's result; failures are listed. */
    public void pageDone(PageResult result) {
        if ("failed".equals(result.outcome())) {
            synchronized (failed) {
                if (failed.size() < MAX_LISTED) {
                    failed.add(new FailedPage(result.url(), result.detail()));
                }
            }
        }
    }

    /** The crawl ended with this summary. */
    public void finished(IngestSummary summary) {
        this.summary = summary;
        this.current = "";
    }

    public Snapshot snapshot() {
        synchronized (failed) {
            return new Snapshot(done, found, current, List.copyOf(failed), Optional.ofNullable(summary));
        }
    }
}
