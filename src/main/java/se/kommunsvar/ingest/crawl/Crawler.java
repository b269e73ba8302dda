package se.kommunsvar.ingest.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.index.IndexedPage;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.PageReaders;

/**
 * Crawls a site into the index and the corpus. The pages come from the site's sitemaps when it has any, else from
 * following links from the start address; either way only inside the start address's host and folder and only
 * where robots.txt allows. Sitemaps are read one at a time as the crawl needs more pages, so a site listing millions
 * never has more than one sitemap's entries in memory, and reading stops at the page limit. A page whose sitemap
 * {@code lastmod} is not after the time the index fetched it is counted unchanged without being fetched.
 *
 * <p>The corpus entry of a page is written before the index commit that holds it (and removed before the commit
 * that deletes it), so a crawl killed at any point leaves a corpus that holds at least every committed page and
 * {@code rebuild} loses none. The index is committed every {@value #COMMIT_EVERY} changed pages and at the end.
 *
 * <p>Every crawl ends: {@link #cancel()} stops it at the next page (or wakes a waiting fetch) and commits what was
 * done; the time budget of {@link CrawlSettings#budget()} does the same; a page whose handling throws (a parser's
 * {@code StackOverflowError} included) is counted as failed with its reason and the crawl goes on. A bare thread
 * interrupt (the process stopping) leaves what was not committed uncommitted.
 */
public final class Crawler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    /**
     * Changed pages between commits: at the polite default rate that is under a minute of fetching lost when a crawl
     * is killed, and the uncommitted changes held by the index writer stay small.
     */
    static final int COMMIT_EVERY = 50;

    /** How a crawl ended, when it did not simply finish. */
    public record Ending(CrawlStatus.State state, String reason) {
        static final Ending FINISHED = new Ending(CrawlStatus.State.FINISHED, "");
    }

    private final CrawlSettings settings;
    private final PassageIndex index;
    private final IndexWrites writes;
    private final Corpus corpus;
    private final Fetcher fetcher;
    private final FetchedPageIndexer indexer;
    private final Optional<Municipality> siteOf;
    private final Object fetchLock = new Object();
    private volatile boolean cancelled;
    private Thread fetching;
    private volatile Ending ending = Ending.FINISHED;
    private volatile IngestSummary current = new IngestSummary();
    private Consumer<String> pageHook = url -> { };
    private int uncommitted;
    private CrawlProgress progress = new CrawlProgress();

    public Crawler(CrawlSettings settings, HtmlPageParser parser, MunicipalityDirectory directory, PassageIndex index,
                   IndexWrites writes, Corpus corpus) {
        this(settings, parser, directory, index, writes, corpus, Optional.empty());
    }

    /**
     * A crawler of a site an editor says belongs to {@code siteOf}: its pages from a host of no municipality (a site
     * served from a host the directory does not know) get that municipality; a host that belongs to one keeps it.
     */
    public Crawler(CrawlSettings settings, HtmlPageParser parser, MunicipalityDirectory directory, PassageIndex index,
                   IndexWrites writes, Corpus corpus, Optional<Municipality> siteOf) {
        this.settings = settings;
        this.index = index;
        this.writes = writes;
        this.corpus = corpus;
        this.fetcher = new Fetcher(settings);
        this.indexer = new FetchedPageIndexer(PageReaders.standard(parser, directory), directory, index, writes, siteOf);
        this.siteOf = siteOf;
    }

    /** Reports the crawl's progress to {@code to} (editors follow it); returns this crawler. */
    public Crawler reportingTo(CrawlProgress to) {
        this.progress = to;
        return this;
    }

    /** Runs before each page is handled; tests use it to make a page's handling throw. */
    void onEachPage(Consumer<String> hook) {
        this.pageHook = hook;
    }

    /**
     * Re-fetches one address, applies the result to the index and commits. A page whose handling throws (a parser's
     * stack overflow included) is answered as failed with the reason, and the index keeps its old copy.
     */
    public PageResult refetch(String url) throws InterruptedException {
        IngestSummary summary = new IngestSummary();
        PageResult result;
        try {
            pageHook.accept(url);
            result = fetchAndApply(url, summary, Optional.empty(), Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("the page {} could not be handled", url, e);
            result = PageResult.failed(url, "error " + e.getClass().getSimpleName());
        }
        commit();
        return result;
    }

    /**
     * Stops the running crawl at the next page, waking a fetch that waits on the network; the crawl then commits what
     * it did and ends as cancelled. Safe from any thread; a crawl started after this is cancelled at once.
     */
    public void cancel() {
        synchronized (fetchLock) {
            cancelled = true;
            if (fetching != null) {
                fetching.interrupt();
            }
        }
    }

    /** How the last crawl ended: finished, or failed/cancelled with a reason. */
    public Ending ending() {
        return ending;
    }

    /** What the running (or last) crawl has done so far. */
    public IngestSummary progress() {
        return current;
    }

    /**
     * Crawls the site of the start address and commits.
     *
     * @throws InterruptedException when the thread is interrupted from outside; what was not committed stays so
     */
    public IngestSummary crawl(String start) throws InterruptedException {
        IngestSummary summary = new IngestSummary();
        current = summary;
        ending = Ending.FINISHED;
        Optional<String> normalized = Scope.normalize(start);
        if (normalized.isEmpty()) {
            summary.failed("address");
            ending = new Ending(CrawlStatus.State.FAILED, "not an http(s) address: " + start);
            return summary;
        }
        Scope scope = Scope.of(URI.create(normalized.get()));
        Optional<RobotsRules> robots;
        try {
            robots = robots(scope, summary);
        } catch (InterruptedException e) {
            if (!cancelled) {
                throw e;
            }
            ending = new Ending(CrawlStatus.State.CANCELLED, "cancelled by an editor before any page");
            return summary;
        }
        if (robots.isEmpty()) {
            ending = new Ending(CrawlStatus.State.FAILED, "robots.txt of " + scope.host() + " could not be read: " + summary);
            return summary;
        }
        robots.get().crawlDelay().ifPresent(d -> fetcher.slowDown(scope.host(), d));
        Instant deadline = Instant.now().plus(settings.budget());
        SitemapPages listed = new SitemapPages(this::fetchDocument, scope, robots.get(), this::unchangedSince, () -> cancelled, summary);
        Optional<String> first = nextListed(listed, deadline);
        boolean followLinks = first.isEmpty();
        Deque<String> frontier = new ArrayDeque<>(List.of(first.orElse(normalized.get())));
        Set<String> seen = new HashSet<>(frontier);
        Set<String> documents = new HashSet<>();
        LOG.info("crawling {} from {}", scope.host(), followLinks ? "links" : "sitemaps");
        int fetched = 0;
        while (fetched < settings.maxPages()) {
            if (stopped(deadline, fetched)) {
                break;
            }
            String url = frontier.poll();
            if (url == null && !followLinks) {
                url = nextListed(listed, deadline).orElse(null);
            }
            if (url == null) {
                stopped(deadline, fetched);
                break;
            }
            if (!robots.get().allows(pathAndQuery(url))) {
                summary.skipped("robots.txt");
                continue;
            }
            if (index.excluded(url)) {
                summary.skipped("removed by an editor");
                continue;
            }
            fetched++;
            progress.fetching(url, fetched, fetched + frontier.size());
            if (!crawlPage(url, scope, summary, new Links(followLinks, seen, frontier, documents))) {
                stopped(deadline, fetched);
                break;
            }
            if (uncommitted >= COMMIT_EVERY) {
                commit();
            }
        }
        commit();
        LOG.info("crawled {}: {}{}", scope.host(), summary,
                ending.reason().isEmpty() ? "" : " (" + ending.state().label() + ": " + ending.reason() + ")");
        return summary;
    }

    /** Whether the crawl must stop now (cancelled, time budget used up, or interrupted from outside). */
    private boolean stopped(Instant deadline, int fetched) throws InterruptedException {
        if (cancelled) {
            ending = new Ending(CrawlStatus.State.CANCELLED, "cancelled by an editor after " + fetched + " pages");
            return true;
        }
        if (Instant.now().isAfter(deadline)) {
            ending = new Ending(CrawlStatus.State.FAILED, "the time budget of " + settings.budget().toMinutes()
                    + " min was used up after " + fetched + " pages; the pages done are kept");
            return true;
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("crawl interrupted after " + fetched + " pages");
        }
        return false;
    }

    /**
     * What a crawl queues from the links of the pages it reads: pages in scope when following links, and (from
     * sitemaps too) the documents pages in scope link to on the same host, which are fetched but not read for links.
     */
    private record Links(boolean followLinks, Set<String> seen, Deque<String> frontier, Set<String> documents) {

        void queue(String link, Scope scope) {
            if (scope.containsDocument(link)) {
                if (seen.add(link)) {
                    documents.add(link);
                    frontier.add(link);
                }
            } else if (followLinks && scope.contains(link) && seen.add(link)) {
                frontier.add(link);
            }
        }
    }

    /**
     * Fetches and applies one page, queueing its links; false when the crawl was cancelled while it waited. An
     * exception or stack overflow while handling the page fails only that page.
     */
    private boolean crawlPage(String url, Scope scope, IngestSummary summary, Links links) throws InterruptedException {
        try {
            pageHook.accept(url);
            boolean document = links.documents().contains(url);
            for (String link : fetchAndApplyWithLinks(url, summary, scope, document, links.seen())) {
                links.queue(link, scope);
            }
        } catch (InterruptedException e) {
            if (cancelled) {
                return false;
            }
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("crawl of {}: the page {} could not be handled", scope.host(), url, e);
            summary.failed("error " + e.getClass().getSimpleName());
        }
        return true;
    }

    /** Fetches and applies one address; the links of a page (not of a document) are returned. */
    private List<String> fetchAndApplyWithLinks(String url, IngestSummary summary, Scope scope, boolean document,
                                                Set<String> seen) throws InterruptedException {
        List<String> links = new ArrayList<>();
        PageResult result = document
                ? fetchAndApply(url, summary, Optional.of(new Reach(scope, true)), Optional.empty())
                : fetchAndApply(url, summary, Optional.of(new Reach(scope, false)), Optional.of(links));
        progress.pageDone(result);
        if (!result.finalUrl().equals(url)) {
            seen.add(result.finalUrl());
        }
        return links;
    }

    /** Where a fetched address may end: in the scope, or for a document linked from it, anywhere on its host. */
    private record Reach(Scope scope, boolean document) {

        /** Why the fetched result is not the site's to index, or empty when it is. */
        Optional<String> refusal(FetchResult r) {
            if (scope.contains(r.finalUrl())) {
                return Optional.empty();
            }
            if (!document || !scope.sameHost(r.finalUrl())) {
                return Optional.of("off-site redirect");
            }
            boolean page = r.status() == 200 && FetchedPageIndexer.hasLinks(r.mediaType(), r.body());
            return page ? Optional.of("page outside the scope") : Optional.empty();
        }
    }

    private PageResult fetchAndApply(String url, IngestSummary summary, Optional<Reach> scope,
                                     Optional<List<String>> links) throws InterruptedException {
        FetchResult r;
        try {
            r = fetch(url);
        } catch (FetchException e) {
            LOG.warn("failed {}: {}", url, e.getMessage());
            summary.failed(e.kind());
            return PageResult.failed(url, e.kind());
        }
        Optional<String> refusal = scope.flatMap(reach -> reach.refusal(r));
        if (refusal.isPresent()) {
            summary.skipped(refusal.get());
            return new PageResult(url, r.finalUrl(), r.redirects(), "", "skipped", refusal.get(), 0);
        }
        PageResult result = indexer.apply(r, summary);
        record(r, result);
        links.ifPresent(out -> out.addAll(links(r)));
        return result;
    }

    /** A fetch that {@link #cancel()} may interrupt; the interrupt never reaches the index writer. */
    private FetchResult fetch(String url) throws FetchException, InterruptedException {
        return cancellable(() -> fetcher.fetch(url, indexer::validators));
    }

    /** A fetch of robots.txt or a sitemap that {@link #cancel()} may interrupt. */
    private FetchResult fetchDocument(String url) throws FetchException, InterruptedException {
        return cancellable(() -> fetcher.fetchDocument(url));
    }

    private FetchResult cancellable(SitemapPages.Fetch call) throws FetchException, InterruptedException {
        synchronized (fetchLock) {
            if (cancelled) {
                throw new InterruptedException("cancelled");
            }
            fetching = Thread.currentThread();
        }
        try {
            return call.get();
        } finally {
            synchronized (fetchLock) {
                fetching = null;
                if (cancelled) {
                    Thread.interrupted();
                }
            }
        }
    }

    /** The next page from the sitemaps; empty when they are used up or the crawl was cancelled while reading one. */
    private Optional<String> nextListed(SitemapPages listed, Instant deadline) throws InterruptedException {
        try {
            return listed.next(deadline);
        } catch (InterruptedException e) {
            if (cancelled) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Writes the corpus change that belongs to the result now, before the index commit that holds it: after a kill
     * the corpus may be ahead of the index (the next crawl or a rebuild catches up) but never behind it.
     */
    private void record(FetchResult r, PageResult result) {
        switch (result.outcome()) {
            case "new", "changed" -> {
                uncommitted++;
                writes.run(() -> corpus.write(entry(r, result), r.body()));
            }
            case "unchanged" -> {
                if (r.status() == 200) {
                    writes.run(() -> corpus.write(entry(r, result), r.body()));
                }
            }
            case "removed" -> {
                uncommitted++;
                writes.run(() -> {
                    corpus.delete(r.finalUrl());
                    corpus.delete(r.url());
                });
            }
            default -> {
            }
        }
    }

    /**
     * The corpus entry of a fetched page, with the municipality an editor named for its site (this crawl's, else the
     * one its last entry kept), so that a rebuild gives a page of a host of none the same municipality.
     */
    private CorpusEntry entry(FetchResult r, PageResult result) {
        String municipality = siteOf.map(Municipality::name).orElseGet(
                () -> corpus.find(r.finalUrl()).map(s -> s.entry().municipality()).orElse(""));
        return new CorpusEntry(r.url(), r.finalUrl(), r.redirects(), result.pageUrl(), r.fetched(), r.status(),
                r.contentType(), r.etag(), r.lastModified(), Corpus.sha256(r.body()), municipality);
    }

    /** Links of a page body: from the fetched bytes, or for a 304 from the copy in the corpus. */
    private List<String> links(FetchResult r) {
        byte[] body = r.status() == 304
                ? corpus.find(r.finalUrl()).filter(s -> FetchedPageIndexer.hasLinks(s.mediaType(), s.bytes()))
                        .map(Corpus.Stored::bytes).orElse(new byte[0])
                : r.status() == 200 && FetchedPageIndexer.hasLinks(r.mediaType(), r.body()) ? r.body() : new byte[0];
        if (body.length == 0) {
            return List.of();
        }
        try {
            Set<String> out = new LinkedHashSet<>();
            String charset = r.charset().isEmpty() ? null : r.charset();
            for (Element a : Jsoup.parse(new ByteArrayInputStream(body), charset, r.finalUrl()).select("a[href]")) {
                Scope.normalize(Hrefs.encoded(a.attr("abs:href"))).ifPresent(out::add);
            }
            return List.copyOf(out);
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
    }

    /** The robots.txt rules; empty (and counted) when the server cannot say, so nothing is crawled. */
    private Optional<RobotsRules> robots(Scope scope, IngestSummary summary) throws InterruptedException {
        try {
            FetchResult r = fetchDocument(scope.robotsUrl());
            if (r.status() == 200) {
                return Optional.of(RobotsRules.parse(r.finalUrl(), r.body(), List.of(CrawlSettings.ROBOTS_AGENT)));
            }
            if (r.status() >= 400 && r.status() < 500) {
                return Optional.of(RobotsRules.forStatus(r.status()));
            }
            LOG.warn("robots.txt of {} answered {}: not crawling", scope.host(), r.status());
            summary.failed("robots.txt http " + r.status());
        } catch (FetchException e) {
            LOG.warn("cannot read robots.txt of {}: {}", scope.host(), e.getMessage());
            summary.failed("robots.txt " + e.kind());
        }
        return Optional.empty();
    }

    /** Whether the index fetched the page at or after the time its sitemap says it last changed. */
    private boolean unchangedSince(String url, Optional<Instant> lastModified) {
        if (lastModified.isEmpty()) {
            return false;
        }
        return index.origin(url).flatMap(o -> index.page(o.url())).map(IndexedPage::fetched)
                .flatMap(Crawler::instant).filter(fetched -> !fetched.isBefore(lastModified.get())).isPresent();
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private void commit() {
        writes.run(index::commit);
        uncommitted = 0;
    }

    /** The path and query as sent on the wire (non-ASCII characters percent-encoded as UTF-8), which robots.txt matches. */
    static String pathAndQuery(String url) {
        URI u = URI.create(URI.create(url).toASCIIString());
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
