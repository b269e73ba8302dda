package se.kommunsvar.ingest.crawl;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.FileIngester;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.TextPageParser;

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
        try (Crawler crawler = crawler()) {
            return crawler.refetch(url);
        }
    }

    /** Starts crawling a site in the background; false when a crawl is already running. */
    public synchronized boolean startCrawl(String site) {
        if (crawlRunning()) {
            return false;
        }
        Instant started = Instant.now();
        CrawlProgress progress = new CrawlProgress();
        lastCrawl.set(Optional.of(new CrawlStatus(site, true, started, Optional.empty(), "", progress)));
        crawls.submit(() -> {
            String summary;
            try (Crawler crawler = crawler().reportingTo(progress)) {
                IngestSummary counted = crawler.crawl(site);
                progress.finished(counted);
                summary = counted.toString();
            } catch (InterruptedException e) {
                summary = "interrupted; the pages committed before stay";
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("crawl of {} failed", site, e);
                summary = "failed: " + e.getMessage();
            }
            CrawlStatus ended = new CrawlStatus(site, false, started, Optional.of(Instant.now()), summary, progress);
            lastCrawl.set(Optional.of(ended));
            crawlEnded.accept(ended);
        });
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

    /** Rebuilds the index from the corpus in one commit; residents see the old index until it is complete. */
    public synchronized Optional<IngestSummary> rebuild() {
        if (crawlRunning()) {
            return Optional.empty();
        }
        FileIngester files = new FileIngester(new TextPageParser(directory), parser);
        return Optional.of(new CorpusRebuilder(files, parser, directory).rebuild(corpusDir, index, writes));
    }

    private Crawler crawler() {
        return new Crawler(settings, parser, directory, index, writes, corpus);
    }

    @Override
    public void close() {
        crawls.shutdownNow();
    }
}
