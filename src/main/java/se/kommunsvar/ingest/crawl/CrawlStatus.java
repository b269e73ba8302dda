package se.kommunsvar.ingest.crawl;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of the last site crawl started through the editors' API.
 *
 * @param site the start address
 * @param running whether it is still running
 * @param started when it started
 * @param finished when it ended, if it has
 * @param summary the summary line when it ended ("new 3, changed 1, …"), or why it stopped
 * @param progress pages done of pages found, the current address and the failures, for editors to follow
 */
public record CrawlStatus(String site, boolean running, Instant started, Optional<Instant> finished, String summary,
                          CrawlProgress progress) {

    /** A status without progress to follow. */
    public CrawlStatus(String site, boolean running, Instant started, Optional<Instant> finished, String summary) {
        this(site, running, started, finished, summary, new CrawlProgress());
    }
}
