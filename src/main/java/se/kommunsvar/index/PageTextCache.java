package se.kommunsvar.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import se.kommunsvar.parse.Passage;

/**
 * The passages of a page, kept per searcher generation. Answering a question reads the whole text of every page its
 * hits come from (the newest-page rule dates a page by the years in it, the election-period and year checks read it),
 * and questions about one municipality meet the same pages again; reading them from the stored fields was about 40 %
 * of a chat request's time at 10⁵ pages (JFR, docs/BENCHMARKS.md, 2026-12-06). An entry is only ever read with the
 * reader it was read from, so a commit (a new reader) starts empty and no removed or replaced page is served from
 * here.
 */
final class PageTextCache {

    /**
     * About 32 MB of text on the heap (Java strings of Swedish text take one byte a character): a few thousand real
     * pages, so the pages residents ask about stay while the server's 1 GB heap keeps room; when full, the generation
     * starts over rather than tracking which page was used last.
     */
    static final long MAX_CHARS = 32_000_000L;

    /** What one reader has given so far. */
    private record Generation(IndexReader reader, Map<String, List<Passage>> pages, AtomicLong chars) {
    }

    /** Reads a page's passages from the index when they are not kept. */
    interface Reader {
        List<Passage> read(String url) throws IOException;
    }

    private volatile Generation current;

    /** The page's passages as the given reader holds them. */
    List<Passage> passagesOf(IndexReader reader, String url, Reader read) throws IOException {
        Generation g = current;
        if (g == null || g.reader() != reader || g.chars().get() > MAX_CHARS) {
            g = new Generation(reader, new ConcurrentHashMap<>(), new AtomicLong());
            current = g;
        }
        List<Passage> kept = g.pages().get(url);
        if (kept != null) {
            return kept;
        }
        List<Passage> passages = List.copyOf(read.read(url));
        if (g.pages().putIfAbsent(url, passages) == null) {
            g.chars().addAndGet(url.length() + passages.stream().mapToLong(PageTextCache::chars).sum());
        }
        return passages;
    }

    private static long chars(Passage p) {
        return p.title().length() + p.heading().length() + p.lines().stream().mapToLong(String::length).sum();
    }
}
