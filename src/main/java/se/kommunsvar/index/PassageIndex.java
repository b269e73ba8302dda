package se.kommunsvar.index;

import static se.kommunsvar.index.IndexDocuments.TYPE_IS_PASSAGE;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import se.kommunsvar.parse.Page;
import se.kommunsvar.parse.Passage;

/**
 * The passage index on disk. One writer and one {@link SearcherManager} per open index; a page is always
 * replaced whole in one atomic {@code updateDocuments} keyed by its address, and searches see a change as
 * soon as {@link #commit()} returns. Documents are built and read by {@link IndexDocuments}; page-level reads
 * are answered by {@link PageCatalog}.
 */
public final class PassageIndex implements Closeable {

    private static final Sort BY_SCORE_THEN_POSITION = new Sort(SortField.FIELD_SCORE,
            KeywordField.newSortField(Fields.URL, false, SortedSetSelector.Type.MIN), new SortField(Fields.ORDINAL, SortField.Type.INT));

    private final Path path;
    private final Directory directory;
    /** Absent when opened for reading only ({@link #openForReading}): no write lock is taken then. */
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final KommunAnalyzer analyzer;
    private final PageCatalog catalog;
    private final PageTextCache pageTexts = new PageTextCache();
    private volatile PageRules rules = PageRules.NONE;

    private PassageIndex(Path path, Directory directory, IndexWriter writer, KommunAnalyzer analyzer) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.searchers = writer == null ? new SearcherManager(directory, null) : new SearcherManager(writer, null);
        this.catalog = new PageCatalog(this);
    }

    /** Opens (creating if needed) the index in the folder. */
    public static PassageIndex open(Path path) {
        try {
            Files.createDirectories(path);
            Directory dir = FSDirectory.open(path);
            KommunAnalyzer analyzer = new KommunAnalyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(dir, config);
            if (!DirectoryReader.indexExists(dir)) {
                writer.commit();
            }
            return new PassageIndex(path, dir, writer, analyzer);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IndexUnavailableException("the index in " + path + " is in use by another process "
                    + "(a running server?): re-index through the server's admin API or stop it first", e);
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot open the index in " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the committed index for searching only: no {@link IndexWriter} and no write lock, so commands that only
     * ask questions work while a server holds the index. Every write throws {@link IndexUnavailableException}.
     */
    public static PassageIndex openForReading(Path path) {
        try {
            Directory dir = FSDirectory.open(path);
            if (!DirectoryReader.indexExists(dir)) {
                dir.close();
                throw new IndexUnavailableException("there is no index in " + path + " to read", null);
            }
            return new PassageIndex(path, dir, null, new KommunAnalyzer());
        } catch (IOException e) {
            throw new IndexUnavailableException("cannot open the index in " + path + ": " + e.getMessage(), e);
        }
    }

    /** True when the folder holds a committed index with at least one page. */
    public static boolean hasPages(Path path) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Directory dir = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(dir)) {
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return reader.numDocs() > 0;
            }
        } catch (IOException e) {
            return false;
        }
    }

    public Path path() {
        return path;
    }

    public KommunAnalyzer analyzer() {
        return analyzer;
    }

    /** Replaces every document of the page with the given passages (not yet committed). */
    public void replacePage(Page page, List<Passage> passages, Instant fetched) {
        if (keptOut(page.url())) {
            return;
        }
        Page p = corrected(page);
        replace(p.url(), IndexDocuments.pageDocument(p, passages.size(), fetched), corrected(p, passages));
    }

    /** Replaces every document of a fetched page, recording where its bytes came from (not yet committed). */
    public void replacePage(Page page, List<Passage> passages, Instant fetched, PageOrigin origin) {
        if (keptOut(page.url())) {
            return;
        }
        Page p = corrected(page);
        replace(p.url(), IndexDocuments.pageDocument(p, passages.size(), fetched, origin), corrected(p, passages));
    }

    /** The editors' decisions every write honours from now on (see {@link PageRules}). */
    public void rules(PageRules rules) {
        this.rules = rules;
    }

    /** True (and the page deleted) when an editor removed it: no path may bring it back. */
    public boolean excluded(String url) {
        return rules.excluded(url);
    }

    private boolean keptOut(String url) {
        if (!rules.excluded(url)) {
            return false;
        }
        deletePage(url);
        return true;
    }

    private Page corrected(Page page) {
        return rules.municipality(page.url())
                .map(m -> new Page(page.url(), page.title(), m, page.dates(), page.contacts(), page.blocks()))
                .orElse(page);
    }

    private static List<Passage> corrected(Page page, List<Passage> passages) {
        return passages.stream().map(p -> p.municipality().equals(page.municipality()) ? p
                : new Passage(p.url(), p.title(), page.municipality(), p.heading(), p.lines(), p.updated(), p.ordinal()))
                .toList();
    }

    /** The page document and one document per passage, swapped in for the page's old ones in one atomic step. */
    private void replace(String url, Document pageDoc, List<Passage> passages) {
        List<Document> docs = IndexDocuments.pageWithPassages(pageDoc, passages);
        try {
            writer().updateDocuments(new Term(Fields.URL, url), docs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + url, e);
        }
    }

    /** The origin of the page whose bytes were fetched from the address, if the index holds one. */
    public Optional<PageOrigin> origin(String source) {
        return catalog.origin(source);
    }

    /** Deletes every document of every page (not yet committed): a rebuild then re-adds and commits once. */
    public void deleteAll() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the index in " + path, e);
        }
    }

    /** Deletes every document of the page (not yet committed). */
    public void deletePage(String url) {
        try {
            writer().deleteDocuments(new Term(Fields.URL, url));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + url, e);
        }
    }

    /** Makes the changes since the last commit durable and visible to searches. */
    public void commit() {
        try {
            writer().commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("commit failed for the index in " + path, e);
        }
    }

    /** Drops the changes since the last commit and closes this index; the folder stays as last committed. */
    public void discardUncommittedAndClose() {
        try {
            searchers.close();
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("rollback failed for the index in " + path, e);
        }
    }

    /** The best passages for a query, ties broken by address and position so results are stable. */
    public List<SearchHit> search(Query query, int limit) {
        Query passages = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(TYPE_IS_PASSAGE, BooleanClause.Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(passages, Math.max(1, limit), BY_SCORE_THEN_POSITION, true);
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(new SearchHit(IndexDocuments.toPassage(searcher.storedFields().document(sd.doc)), sd.score));
            }
            return hits;
        });
    }

    /** The passages of one page, in page order (kept per searcher generation, see {@link PageTextCache}). */
    public List<Passage> passagesOf(String url) {
        return withSearcher(searcher -> pageTexts.passagesOf(searcher.getIndexReader(), url,
                u -> IndexDocuments.passagesOf(searcher, u)));
    }

    /** The page documents, optionally of one municipality, ordered by address. */
    public List<IndexedPage> pages(Optional<String> municipality) {
        return catalog.pages(municipality);
    }

    /**
     * The page documents of a municipality that carry contact facts, ordered by address. Kept per searcher, so
     * an abstention (which offers the municipality's contact channel) reads the page documents once per commit,
     * not once per question.
     */
    public List<IndexedPage> pagesWithContacts(String municipality) {
        return catalog.pagesWithContacts(municipality);
    }

    /** The page document for one address. */
    public Optional<IndexedPage> page(String url) {
        return catalog.page(url);
    }

    /**
     * Municipalities with at least one page, as indexed. Read from the municipality field's terms (not from
     * every page document) and kept per searcher, so asking costs nothing until the index changes.
     */
    public Set<String> municipalities() {
        return catalog.municipalities();
    }

    public IndexStats stats() {
        return catalog.stats();
    }

    /** The last commit on disk: its generation and the time its segments file was written. */
    public CommitPoint lastCommit() {
        IOException last = null;
        // a commit in between may delete the segments file just read: read the newer one then
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                org.apache.lucene.index.SegmentInfos infos = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory);
                Instant written = Files.getLastModifiedTime(path.resolve(infos.getSegmentsFileName())).toInstant();
                return new CommitPoint(infos.getGeneration(), written);
            } catch (IOException e) {
                last = e;
            }
        }
        throw new IndexUnavailableException("cannot read the last commit of " + path + ": " + last.getMessage(), last);
    }

    /** Document frequency of an analyzed term in the passage text, for weighting question words. */
    public int docFreq(String field, String term) {
        return withSearcher(searcher -> searcher.getIndexReader().docFreq(new Term(field, term)));
    }

    /** Number of documents in the index (pages and passages). */
    public int numDocs() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Addresses of all indexed pages. */
    public Collection<String> urls() {
        return catalog.urls();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index in " + path, e);
        }
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IndexUnavailableException("the index in " + path + " was opened for reading only", null);
        }
        return writer;
    }

    /** Work done with a searcher acquired from the manager and always released. */
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    public <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed in the index in " + path, e);
        }
    }
}
