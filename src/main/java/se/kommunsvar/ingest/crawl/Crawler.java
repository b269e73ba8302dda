package se.kommunsvar.ingest.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.PageReaders;

/**
 * Crawls a site into the index and the corpus. The pages come from the site's sitemaps when it has any, else from
 * following links from the start address; either way only inside the start address's host and folder and only
 * where robots.txt allows. The index is committed every {@value #COMMIT_EVERY} changed pages and at the end, and
 * the corpus metadata is written only after the commit that holds the page, so a crawl killed half-way leaves the
 * last committed index whole and the next crawl re-indexes what was not committed.
 */
public final class Crawler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    /**
     * Changed pages between commits: at the polite default rate that is under a minute of fetching lost when a crawl
     * is killed, and the pending corpus writes held in memory stay small.
     */
    static final int COMMIT_EVERY = 50;
    private static final int MAX_SITEMAPS = 50;

    private final CrawlSettings settings;
    private final PassageIndex index;
    private final IndexWrites writes;
    private final Corpus corpus;
    private final Fetcher fetcher;
    private final FetchedPageIndexer indexer;
    private final List<Runnable> pendingCorpus = new ArrayList<>();
    private int uncommitted;

    public Crawler(CrawlSettings settings, HtmlPageParser parser, MunicipalityDirectory directory, PassageIndex index,
                   IndexWrites writes, Corpus corpus) {
        this.settings = settings;
        this.index = index;
        this.writes = writes;
        this.corpus = corpus;
        this.fetcher = new Fetcher(settings);
        this.indexer = new FetchedPageIndexer(PageReaders.standard(parser, directory), directory, index, writes);
    }

    /** Re-fetches one address, applies the result to the index and commits. */
    public PageResult refetch(String url) throws InterruptedException {
        IngestSummary summary = new IngestSummary();
        PageResult result = fetchAndApply(url, summary, Optional.empty());
        commit();
        return result;
    }

    /**
     * Crawls the site of the start address and commits.
     *
     * @throws InterruptedException when interrupted; what was not yet committed is left uncommitted
     */
    public IngestSummary crawl(String start) throws InterruptedException {
        IngestSummary summary = new IngestSummary();
        Optional<String> normalized = Scope.normalize(start);
        if (normalized.isEmpty()) {
            summary.failed("address");
            return summary;
        }
        Scope scope = Scope.of(URI.create(normalized.get()));
        Optional<RobotsRules> robots = robots(scope, summary);
        if (robots.isEmpty()) {
            return summary;
        }
        robots.get().crawlDelay().ifPresent(d -> fetcher.slowDown(scope.host(), d));
        List<String> fromSitemaps = sitemapPages(scope, robots.get());
        boolean followLinks = fromSitemaps.isEmpty();
        Deque<String> frontier = new ArrayDeque<>(followLinks ? List.of(normalized.get()) : fromSitemaps);
        Set<String> seen = new HashSet<>(frontier);
        int fetched = 0;
        LOG.info("crawling {} from {}", scope.host(), followLinks ? "links" : fromSitemaps.size() + " sitemap addresses");
        while (!frontier.isEmpty() && fetched < settings.maxPages()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("crawl of " + start + " interrupted after " + fetched + " pages");
            }
            String url = frontier.poll();
            if (!robots.get().allows(pathAndQuery(url))) {
                summary.skipped("robots.txt");
                continue;
            }
            fetched++;
            Optional<Scope> within = Optional.of(scope);
            for (String link : fetchAndApplyWithLinks(url, summary, within, followLinks, seen)) {
                if (seen.add(link)) {
                    frontier.add(link);
                }
            }
            if (uncommitted >= COMMIT_EVERY) {
                commit();
            }
        }
        commit();
        LOG.info("crawled {}: {}", scope.host(), summary);
        return summary;
    }

    private List<String> fetchAndApplyWithLinks(String url, IngestSummary summary, Optional<Scope> scope,
                                                boolean followLinks, Set<String> seen) throws InterruptedException {
        List<String> links = new ArrayList<>();
        PageResult result = fetchAndApply(url, summary, scope, followLinks ? Optional.of(links) : Optional.empty());
        if (!result.finalUrl().equals(url)) {
            seen.add(result.finalUrl());
        }
        return links.stream().filter(scope.get()::contains).toList();
    }

    private PageResult fetchAndApply(String url, IngestSummary summary, Optional<Scope> scope) throws InterruptedException {
        return fetchAndApply(url, summary, scope, Optional.empty());
    }

    private PageResult fetchAndApply(String url, IngestSummary summary, Optional<Scope> scope,
                                     Optional<List<String>> links) throws InterruptedException {
        FetchResult r;
        try {
            r = fetcher.fetch(url, indexer::validators);
        } catch (FetchException e) {
            LOG.warn("failed {}: {}", url, e.getMessage());
            summary.failed(e.kind());
            return PageResult.failed(url, e.kind());
        }
        if (scope.isPresent() && !scope.get().contains(r.finalUrl())) {
            summary.skipped("off-site redirect");
            return new PageResult(url, r.finalUrl(), r.redirects(), "", "skipped", "off-site redirect", 0);
        }
        PageResult result = indexer.apply(r, summary);
        record(r, result);
        links.ifPresent(out -> out.addAll(links(r)));
        return result;
    }

    /** Queues the corpus change that belongs to the result, to be written after the next commit. */
    private void record(FetchResult r, PageResult result) {
        switch (result.outcome()) {
            case "new", "changed" -> {
                uncommitted++;
                pendingCorpus.add(() -> corpus.write(entry(r, result), r.body()));
            }
            case "unchanged" -> {
                if (r.status() == 200) {
                    pendingCorpus.add(() -> corpus.write(entry(r, result), r.body()));
                }
            }
            case "removed" -> {
                uncommitted++;
                pendingCorpus.add(() -> {
                    corpus.delete(r.finalUrl());
                    corpus.delete(r.url());
                });
            }
            default -> {
            }
        }
    }

    private static CorpusEntry entry(FetchResult r, PageResult result) {
        return new CorpusEntry(r.url(), r.finalUrl(), r.redirects(), result.pageUrl(), r.fetched(), r.status(),
                r.contentType(), r.etag(), r.lastModified(), Corpus.sha256(r.body()));
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
            FetchResult r = fetcher.fetch(scope.robotsUrl());
            if (r.status() == 200) {
                return Optional.of(RobotsRules.parse(new String(r.body(), StandardCharsets.UTF_8), CrawlSettings.ROBOTS_AGENT));
            }
            if (r.status() >= 400 && r.status() < 500) {
                return Optional.of(RobotsRules.allowAll());
            }
            LOG.warn("robots.txt of {} answered {}: not crawling", scope.host(), r.status());
            summary.failed("robots.txt http " + r.status());
        } catch (FetchException e) {
            LOG.warn("cannot read robots.txt of {}: {}", scope.host(), e.getMessage());
            summary.failed("robots.txt " + e.kind());
        }
        return Optional.empty();
    }

    /** Page addresses from the sitemaps (robots.txt's Sitemap lines, else /sitemap.xml), in scope and allowed. */
    private List<String> sitemapPages(Scope scope, RobotsRules robots) throws InterruptedException {
        Deque<String> sitemaps = new ArrayDeque<>(robots.sitemaps().isEmpty() ? List.of(scope.sitemapUrl()) : robots.sitemaps());
        Set<String> pages = new LinkedHashSet<>();
        Set<String> read = new HashSet<>();
        while (!sitemaps.isEmpty() && read.size() < MAX_SITEMAPS) {
            String url = sitemaps.poll();
            if (!read.add(url)) {
                continue;
            }
            try {
                FetchResult r = fetcher.fetch(url);
                if (r.status() != 200) {
                    continue;
                }
                Sitemap sitemap = Sitemap.parse(r.body());
                sitemaps.addAll(sitemap.sitemaps());
                sitemap.pages().stream().map(Scope::normalize).flatMap(Optional::stream)
                        .filter(scope::contains).filter(p -> robots.allows(pathAndQuery(p))).forEach(pages::add);
            } catch (FetchException e) {
                LOG.info("no usable sitemap at {}: {}", url, e.getMessage());
            }
        }
        return List.copyOf(pages);
    }

    private void commit() {
        writes.run(() -> {
            index.commit();
            pendingCorpus.forEach(Runnable::run);
        });
        pendingCorpus.clear();
        uncommitted = 0;
    }

    private static String pathAndQuery(String url) {
        URI u = URI.create(url);
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
