package se.kommunsvar.ingest.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.config.Sites;

/**
 * Re-crawls each site of the sites file on its schedule, one crawl at a time through the {@link IndexEditor} (a
 * crawl an editor started goes first; the scheduled one waits for the next tick). Cheap by design: the crawler asks
 * with the page's ETag / Last-Modified and an unchanged page costs a 304. The time of each start address's last
 * crawl is read from the crawl history at start-up, so a restart does not re-crawl every site at once.
 */
public final class CrawlSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlSchedule.class);
    /** How often the schedule is looked at: schedules are hours apart, so a minute late is on time. */
    static final Duration TICK = Duration.ofMinutes(1);

    private final Sites sites;
    private final IndexEditor editor;
    private final Clock clock;
    private final Map<String, Instant> lastStarted = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "crawl-schedule");
        t.setDaemon(true);
        return t;
    });

    /** A schedule over the sites, knowing when each start address was last crawled. */
    public CrawlSchedule(Sites sites, IndexEditor editor, Clock clock, Map<String, Instant> lastCrawled) {
        this.sites = sites;
        this.editor = editor;
        this.clock = clock;
        this.lastStarted.putAll(lastCrawled);
    }

    /** Looks at the schedule every {@link #TICK} from now on, if any site has one. */
    public void start() {
        if (sites.sites().stream().anyMatch(s -> s.every().isPresent())) {
            timer.scheduleWithFixedDelay(this::tick, TICK.toSeconds(), TICK.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** The start addresses whose interval has passed since they were last crawled (never crawled: due). */
    public List<String> due(Instant now) {
        List<String> out = new ArrayList<>();
        for (Sites.Site site : sites.sites()) {
            if (site.every().isEmpty()) {
                continue;
            }
            for (String start : site.start()) {
                Instant last = lastStarted.get(start);
                if (last == null || !last.plus(site.every().get()).isAfter(now)) {
                    out.add(start);
                }
            }
        }
        return out;
    }

    /** The municipality the sites file names for a start address: whose site it is, when its host belongs to none. */
    private String siteOf(String start) {
        return sites.sites().stream().filter(s -> s.start().contains(start)).map(Sites.Site::municipality)
                .findFirst().orElse("");
    }

    /** Starts the first due crawl unless one is running; returns the start address it started. */
    public java.util.Optional<String> tick() {
        try {
            Instant now = clock.instant();
            for (String start : due(now)) {
                if (!editor.startCrawl(start, editor.municipalityNamed(siteOf(start)))) {
                    return java.util.Optional.empty();
                }
                lastStarted.put(start, now);
                LOG.info("scheduled crawl of {} started", start);
                return java.util.Optional.of(start);
            }
        } catch (RuntimeException e) {
            LOG.error("the crawl schedule failed; it tries again in {}", TICK, e);
        }
        return java.util.Optional.empty();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
