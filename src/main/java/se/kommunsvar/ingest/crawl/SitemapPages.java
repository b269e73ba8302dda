package se.kommunsvar.ingest.crawl;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.ingest.IngestSummary;

/**
 * The pages the sitemaps list (robots.txt's Sitemap lines, else /sitemap.xml), in scope, allowed and changed since
 * the index fetched them, handed out one at a time: the next sitemap is fetched only when the entries of the one
 * before are used up, so at most one sitemap's entries ({@link Sitemap#MAX_ENTRIES}) are held, and nothing more is
 * read once the crawl stops asking.
 */
final class SitemapPages {

    private static final Logger LOG = LoggerFactory.getLogger(SitemapPages.class);
    /** Sitemaps read in one crawl at most: a sitemap index may name 50,000, a municipality has a handful. */
    static final int MAX_SITEMAPS = 50;

    /** Fetches a sitemap's bytes whatever their type (the crawl's cancellable fetch). */
    @FunctionalInterface
    interface Fetch {
        FetchResult get() throws FetchException, InterruptedException;
    }

    /** Fetches the document at an address. */
    @FunctionalInterface
    interface DocumentFetcher {
        FetchResult fetch(String url) throws FetchException, InterruptedException;
    }

    private final DocumentFetcher fetcher;
    private final Scope scope;
    private final RobotsRules robots;
    private final BiPredicate<String, Optional<Instant>> unchangedSince;
    private final BooleanSupplier cancelled;
    private final IngestSummary summary;
    private final Deque<String> sitemaps = new ArrayDeque<>();
    private final Set<String> read = new HashSet<>();
    private final Set<String> handedOut = new HashSet<>();
    private Deque<Sitemap.Entry> entries = new ArrayDeque<>();

    /**
     * @param unchangedSince whether the index holds the page fetched at or after the given lastmod (counted unchanged)
     * @param cancelled whether the crawl was cancelled (then nothing more is read)
     */
    SitemapPages(DocumentFetcher fetcher, Scope scope, RobotsRules robots, BiPredicate<String, Optional<Instant>> unchangedSince,
                 BooleanSupplier cancelled, IngestSummary summary) {
        this.fetcher = fetcher;
        this.scope = scope;
        this.robots = robots;
        this.unchangedSince = unchangedSince;
        this.cancelled = cancelled;
        this.summary = summary;
        sitemaps.addAll(robots.sitemaps().isEmpty() ? List.of(scope.sitemapUrl()) : robots.sitemaps());
    }

    /** The next page to fetch, or empty when the sitemaps are used up (or the crawl must stop). */
    Optional<String> next(Instant deadline) throws InterruptedException {
        while (!cancelled.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Sitemap.Entry e = entries.poll();
            if (e == null) {
                if (!readNextSitemap()) {
                    return Optional.empty();
                }
                continue;
            }
            Optional<String> page = Scope.normalize(e.loc()).filter(scope::contains);
            if (page.isEmpty() || handedOut.contains(page.get()) || !robots.allows(Crawler.pathAndQuery(page.get()))) {
                continue;
            }
            if (unchangedSince.test(page.get(), e.lastModified())) {
                summary.unchanged();
                continue;
            }
            handedOut.add(page.get());
            return page;
        }
        return Optional.empty();
    }

    /** Reads the next sitemap into the entries (the children of an index are queued); false when none is left. */
    private boolean readNextSitemap() throws InterruptedException {
        while (!sitemaps.isEmpty() && read.size() < MAX_SITEMAPS && !cancelled.getAsBoolean()) {
            String url = sitemaps.poll();
            if (!read.add(url)) {
                continue;
            }
            try {
                FetchResult r = fetcher.fetch(url);
                if (r.status() != 200) {
                    continue;
                }
                Sitemap sitemap = Sitemap.parse(r.finalUrl(), r.mediaType(), r.body(), Sitemap.LENIENT, loc -> true);
                if (sitemap.index()) {
                    sitemap.locs().stream().filter(s -> !read.contains(s)).forEach(sitemaps::add);
                    continue;
                }
                entries = new ArrayDeque<>(sitemap.entries());
                return true;
            } catch (FetchException e) {
                LOG.info("no usable sitemap at {}: {}", url, e.getMessage());
            }
        }
        return false;
    }
}
