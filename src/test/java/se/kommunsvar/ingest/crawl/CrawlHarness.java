package se.kommunsvar.ingest.crawl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.Passage;

/** A real index and corpus in a temp folder, and crawls of a loopback site into them. */
final class CrawlHarness implements AutoCloseable {

    static final MunicipalityDirectory DIRECTORY = MunicipalityDirectory.standard();
    static final CrawlSettings FAST = new CrawlSettings(100, 200, Duration.ofSeconds(2), 1_000_000, true);

    final Path dir;
    final Corpus corpus;
    final IndexWrites writes = new IndexWrites();
    PassageIndex index;

    CrawlHarness(Path dir) {
        this.dir = dir;
        this.corpus = new Corpus(dir.resolve("corpus"));
        this.index = PassageIndex.open(dir.resolve("index"));
    }

    Crawler crawler(CrawlSettings settings) {
        return new Crawler(settings, new HtmlPageParser(DIRECTORY), DIRECTORY, index, writes, corpus);
    }

    IngestSummary crawl(String start) throws InterruptedException {
        try (Crawler c = crawler(FAST)) {
            return c.crawl(start);
        }
    }

    PageResult refetch(String url) throws InterruptedException {
        try (Crawler c = crawler(FAST)) {
            return c.refetch(url);
        }
    }

    /** Every passage of the page, whitespace folded, as one text. */
    String text(String url) {
        return index.passagesOf(url).stream().map(p -> p.heading() + "\n" + p.text())
                .collect(Collectors.joining("\n")).replaceAll("\\s+", " ");
    }

    /** Reopens the index folder as the next process would see it (after dropping what was not committed). */
    void reopenAfterCrash() {
        index.discardUncommittedAndClose();
        index = PassageIndex.open(dir.resolve("index"));
    }

    @Override
    public void close() {
        index.close();
    }

    static String texts(java.util.List<Passage> passages) {
        return passages.stream().map(Passage::text).collect(Collectors.joining("\n"));
    }
}
