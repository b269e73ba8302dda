package se.kommunsvar.ingest.crawl;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.FileIngester;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.PageReaders;

/**
 * What editors may do to a live index: re-fetch one page, crawl a site in the background (one at a time), remove a
 * page, rebuild everything from the corpus. Every index write goes through one {@link IndexWrites} lock; searches
 * never wait for it and see each change when it is committed.
 */
public final class IndexEditor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexEditor.class);

    private final CrawlSettings settings;
    private final PassageIndex index;
    private final MunicipalityDirectory directory;
    private final HtmlPageParser parser;
    private final Path corpusDir;
    private final Corpus corpus;
    private final IndexWrites writes = new IndexWrites();
    private final ExecutorService crawls = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "site-crawl");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Optional<CrawlStatus>> lastCrawl = new AtomicReference<>(Optional.empty());
    private volatile Consumer<CrawlStatus> crawlEnded = status -> { };
    private Optional<Crawler> running = Optional.empty();
    private boolean cancelRequested;
    private Consumer<String> pageHook = url -> { };

    public IndexEditor(CrawlSettings settings, PassageIndex index, MunicipalityDirectory directory, Path corpusDir) {
        this.settings = settings;
        this.index = index;
        this.directory = directory;
        this.parser = new HtmlPageParser(directory);
        this.corpusDir = corpusDir;
        this.corpus = new Corpus(corpusDir);
    }

    /** Re-fetches one page and replaces (or, on 404/410, removes) it; committed when this returns. */
    public PageResult reindexPage(String url) throws InterruptedException {
        return reindexPage(url, Optional.empty());
    }

    /** Re-fetches one page an editor says belongs to {@code siteOf} when its host belongs to no municipality. */
    public PageResult reindexPage(String url, Optional<Municipality> siteOf) throws InterruptedException {
        try (Crawler crawler = crawler(siteOf)) {
            return crawler.refetch(url);
        }
    }

    /**
     * Starts crawling a site in the background; false when a crawl is already running. Whatever happens inside it,
     * the crawl ends with a status (finished, failed with a reason, cancelled) and the next crawl or rebuild may run.
     */
    public synchronized boolean startCrawl(String site) {
        return startCrawl(site, Optional.empty());
    }

    /** The municipality or region of a name as people write it; empty for a name none has. */
    public Optional<Municipality> municipalityNamed(String name) {
        return directory.byName(name);
    }

    /**
     * Starts crawling a site an editor says belongs to {@code siteOf} (given to its pages when their host belongs to
     * no municipality); false when a crawl is already running.
     */
    public synchronized boolean startCrawl(String site, Optional<Municipality> siteOf) {
        if (crawlRunning()) {
            return false;
        }
        CrawlProgress progress = new CrawlProgress();
        CrawlStatus status = CrawlStatus.started(site, Instant.now(), progress);
        lastCrawl.set(Optional.of(status));
        cancelRequested = false;
        try {
            crawls.submit(() -> runCrawl(site, siteOf, status, progress));
        } catch (RejectedExecutionException e) {
            lastCrawl.set(Optional.of(status.ended(CrawlStatus.State.FAILED, "the server is stopping", "")));
            return false;
        }
        return true;
    }

    private void runCrawl(String site, Optional<Municipality> siteOf, CrawlStatus status, CrawlProgress progress) {
        CrawlStatus end = status.ended(CrawlStatus.State.FAILED, "ended without a status", "");
        Optional<Crawler> crawler = Optional.empty();
        try {
            crawler = Optional.of(crawler(siteOf).reportingTo(progress));
            synchronized (this) {
                running = crawler;
                if (cancelRequested) {
                    crawler.get().cancel();
                }
            }
            IngestSummary counted = crawler.get().crawl(site);
            progress.finished(counted);
            String summary = counted.toString();
            Crawler.Ending ending = crawler.get().ending();
            end = status.ended(ending.state(), ending.reason(), summary);
        } catch (InterruptedException e) {
            end = status.ended(CrawlStatus.State.CANCELLED, "the server is stopping; the pages committed before stay",
                    progress(crawler));
            Thread.currentThread().interrupt();
        } catch (Throwable e) { // an Error from a page (out of memory, …) must still end the crawl with a status
            LOG.error("crawl of {} failed", site, e);
            end = status.ended(CrawlStatus.State.FAILED, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), progress(crawler));
        } finally {
            crawler.ifPresent(Crawler::close);
            synchronized (this) {
                running = Optional.empty();
                lastCrawl.set(Optional.of(end));
            }
            crawlEnded.accept(end);
        }
    }

    private static String progress(Optional<Crawler> crawler) {
        return crawler.map(c -> c.progress().toString()).orElse("");
    }

    /** Cancels the running crawl (it commits what it did and ends as cancelled); false when none runs. */
    public synchronized boolean cancelCrawl() {
        if (!crawlRunning()) {
            return false;
        }
        cancelRequested = true;
        running.ifPresent(Crawler::cancel);
        return true;
    }

    /** Tells {@code listener} too of every crawl that ended (the editors' history of crawls, the metrics). */
    public synchronized void onCrawlEnded(Consumer<CrawlStatus> listener) {
        this.crawlEnded = this.crawlEnded.andThen(listener);
    }

    public Optional<CrawlStatus> lastCrawl() {
        return lastCrawl.get();
    }

    public boolean crawlRunning() {
        return lastCrawl.get().map(CrawlStatus::running).orElse(false);
    }

    /** Runs before each crawled page is handled; tests use it to make a page's handling throw. */
    void onEachPage(Consumer<String> hook) {
        this.pageHook = hook;
    }

    /** Removes a page from the index (committed) and from the corpus; false when the index has no such page. */
    public boolean deletePage(String url) {
        return writes.call(() -> {
            if (index.page(url).isEmpty()) {
                return false;
            }
            index.deletePage(url);
            index.commit();
            corpus.deletePage(url);
            return true;
        });
    }

    /** Rebuilds the index from the corpus in one commit; refused while the corpus lacks crawled pages (see below). */
    public synchronized Optional<IngestSummary> rebuild() {
        return rebuild(false);
    }

    /**
     * Rebuilds the index from the corpus in one commit; residents see the old index until it is complete. Empty while
     * a crawl runs.
     *
     * @param dropMissing rebuild even when the corpus lacks crawled pages the index holds (they are then dropped)
     * @throws CorpusBehindIndexException when the corpus lacks such pages and {@code dropMissing} is false
     */
    public synchronized Optional<IngestSummary> rebuild(boolean dropMissing) {
        if (crawlRunning()) {
            return Optional.empty();
        }
        if (!dropMissing) {
            List<String> missing = crawledPagesMissingFromCorpus();
            if (!missing.isEmpty()) {
                LOG.warn("rebuild refused: the corpus lacks {} crawled pages the index holds, e.g. {}", missing.size(), missing.get(0));
                throw new CorpusBehindIndexException(missing);
            }
        }
        PageReaders readers = PageReaders.standard(parser, directory);
        return Optional.of(new CorpusRebuilder(new FileIngester(readers), readers, directory).rebuild(corpusDir, index, writes));
    }

    /**
     * Crawled pages (fetched under their own address) that the index holds and the corpus cannot give back: a
     * rebuild would drop them. A crawl writes the corpus before the commit, so only an index made by an older version
     * (whose crawl was killed between commit and corpus write) or a corpus damaged by hand is behind.
     */
    public List<String> crawledPagesMissingFromCorpus() {
        Set<String> stored = new HashSet<>();
        for (Path json : corpus.entries()) {
            corpus.read(json).ifPresent(s -> {
                stored.add(s.entry().pageUrl());
                stored.add(s.entry().finalUrl());
            });
        }
        return index.urls().stream().filter(u -> !stored.contains(u)).filter(u -> index.origin(u).isPresent())
                .sorted().toList();
    }

    /** The corpus lacks crawled pages the index holds; a rebuild now would lose them. */
    public static final class CorpusBehindIndexException extends IllegalStateException {

        private final List<String> missing;

        CorpusBehindIndexException(List<String> missing) {
            super("the corpus lacks " + missing.size() + " crawled pages the index holds (e.g. " + missing.get(0)
                    + "); a rebuild would drop them: re-crawl their site first, or rebuild with force to drop them");
            this.missing = List.copyOf(missing);
        }

        public List<String> missing() {
            return missing;
        }
    }

    private Crawler crawler(Optional<Municipality> siteOf) {
        Crawler crawler = new Crawler(settings, parser, directory, index, writes, corpus, siteOf);
        crawler.onEachPage(pageHook);
        return crawler;
    }

    @Override
    public void close() {
        crawls.shutdownNow();
    }
}
