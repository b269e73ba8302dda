package se.kommunsvar.ingest.crawl;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The state of the last site crawl started through the editors' API. Every crawl ends in one of
 * {@link State#FINISHED}, {@link State#FAILED} (with a reason) or {@link State#CANCELLED}.
 *
 * @param site the start address
 * @param running whether it is still running
 * @param started when it started
 * @param finished when it ended, if it has
 * @param summary the summary line of what it did ("new 3, changed 1, …"), also when it failed or was cancelled
 * @param state running, finished, failed or cancelled
 * @param reason why it failed or stopped early (empty when it finished by itself)
 * @param progress pages done of pages found, the current address and the failures, for editors to follow
 */
public record CrawlStatus(String site, boolean running, Instant started, Optional<Instant> finished, String summary,
                          State state, String reason, CrawlProgress progress) {

    /** How a crawl stands. */
    public enum State {
        RUNNING, FINISHED, FAILED, CANCELLED;

        /** The lower-case name used in the API ("finished"). */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CrawlStatus {
        running = state == State.RUNNING;
    }

    /** A status with an end state but no progress to follow. */
    public CrawlStatus(String site, boolean running, Instant started, Optional<Instant> finished, String summary,
                       State state, String reason) {
        this(site, running, started, finished, summary, state, reason, new CrawlProgress());
    }

    /** A status with progress to follow: running while not finished, else finished. */
    public CrawlStatus(String site, boolean running, Instant started, Optional<Instant> finished, String summary,
                       CrawlProgress progress) {
        this(site, running, started, finished, summary, running ? State.RUNNING : State.FINISHED, "", progress);
    }

    /** A status without a reason: running while not finished, else finished. */
    public CrawlStatus(String site, boolean running, Instant started, Optional<Instant> finished, String summary) {
        this(site, running, started, finished, summary, running ? State.RUNNING : State.FINISHED, "");
    }

    static CrawlStatus started(String site, Instant at, CrawlProgress progress) {
        return new CrawlStatus(site, true, at, Optional.empty(), "", State.RUNNING, "", progress);
    }

    CrawlStatus ended(State end, String why, String summaryLine) {
        return new CrawlStatus(site, false, started, Optional.of(Instant.now()), summaryLine, end, why, progress);
    }
}
