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
 */
public record CrawlStatus(String site, boolean running, Instant started, Optional<Instant> finished, String summary,
                          State state, String reason) {

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

    /** A status without a reason: running while not finished, else finished. */
    public CrawlStatus(String site, boolean running, Instant started, Optional<Instant> finished, String summary) {
        this(site, running, started, finished, summary, running ? State.RUNNING : State.FINISHED, "");
    }

    static CrawlStatus started(String site, Instant at) {
        return new CrawlStatus(site, true, at, Optional.empty(), "", State.RUNNING, "");
    }

    CrawlStatus ended(State end, String why, String summaryLine) {
        return new CrawlStatus(site, false, started, Optional.of(Instant.now()), summaryLine, end, why);
    }
}
