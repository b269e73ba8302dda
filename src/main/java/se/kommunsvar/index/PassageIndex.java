package se.kommunsvar.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.TreeSet;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import se.kommunsvar.parse.Contact;
import se.kommunsvar.parse.Page;
import se.kommunsvar.parse.Passage;

/**
 * The passage index on disk. One writer and one {@link SearcherManager} per open index; a page is always
 * replaced whole in one atomic {@code updateDocuments} keyed by its address, and searches see a change as
 * soon as {@link #commit()} returns.
 */
public final class PassageIndex implements Closeable {

    private static final Sort BY_SCORE_THEN_POSITION = new Sort(SortField.FIELD_SCORE,
            KeywordField.newSortField(Fields.URL, false, SortedSetSelector.Type.MIN), new SortField(Fields.ORDINAL, SortField.Type.INT));

    private static final Query TYPE_IS_PAGE = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAGE));
    private static final Query TYPE_IS_PASSAGE = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE));
    private static final Sort BY_URL = new Sort(KeywordField.newSortField(Fields.URL, false, SortedSetSelector.Type.MIN));

    /** The municipalities of one reader: recomputed only when a commit brings a new reader. */
    private record Cached(IndexReader reader, Set<String> names) {
    }

    private volatile Cached municipalities;

    /** The pages with contact facts, per municipality, of one reader: read once per searcher generation. */
    private record CachedContacts(IndexReader reader, Map<String, List<IndexedPage>> pages) {
    }

    private volatile CachedContacts contactPages;
    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final KommunAnalyzer analyzer;

    private PassageIndex(Path path, Directory directory, IndexWriter writer, KommunAnalyzer analyzer) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.searchers = new SearcherManager(writer, null);
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
        replace(page.url(), pageDocument(page, passages.size(), fetched), passages);
    }

    /** Replaces every document of a fetched page, recording where its bytes came from (not yet committed). */
    public void replacePage(Page page, List<Passage> passages, Instant fetched, PageOrigin origin) {
        Document pageDoc = pageDocument(page, passages.size(), fetched);
        pageDoc.add(new KeywordField(Fields.SOURCE, origin.source(), Field.Store.YES));
        pageDoc.add(new StoredField(Fields.CONTENT_HASH, origin.contentHash()));
        pageDoc.add(new StoredField(Fields.ETAG, origin.etag()));
        pageDoc.add(new StoredField(Fields.LAST_MODIFIED, origin.lastModified()));
        replace(page.url(), pageDoc, passages);
    }

    /** The page document and one document per passage, swapped in for the page's old ones in one atomic step. */
    private void replace(String url, Document pageDoc, List<Passage> passages) {
        List<Document> docs = new ArrayList<>(passages.size() + 1);
        docs.add(pageDoc);
        for (Passage passage : passages) {
            docs.add(passageDocument(passage));
        }
        try {
            writer.updateDocuments(new Term(Fields.URL, url), docs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + url, e);
        }
    }

    /** The origin of the page whose bytes were fetched from the address, if the index holds one. */
    public Optional<PageOrigin> origin(String source) {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.SOURCE, source)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAGE)), BooleanClause.Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(q, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
            return Optional.of(new PageOrigin(doc.get(Fields.URL), doc.get(Fields.SOURCE), doc.get(Fields.CONTENT_HASH),
                    doc.get(Fields.ETAG), doc.get(Fields.LAST_MODIFIED)));
        });
    }

    /** Deletes every document of every page (not yet committed): a rebuild then re-adds and commits once. */
    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the index in " + path, e);
        }
    }

    /** Deletes every document of the page (not yet committed). */
    public void deletePage(String url) {
        try {
            writer.deleteDocuments(new Term(Fields.URL, url));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + url, e);
        }
    }

    /** Makes the changes since the last commit durable and visible to searches. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("commit failed for the index in " + path, e);
        }
    }

    /** Drops the changes since the last commit and closes this index; the folder stays as last committed. */
    public void discardUncommittedAndClose() {
        try {
            searchers.close();
            writer.rollback();
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
                hits.add(new SearchHit(toPassage(searcher.storedFields().document(sd.doc)), sd.score));
            }
            return hits;
        });
    }

    /** The passages of one page, in page order. */
    public List<Passage> passagesOf(String url) {
        return collect(filter(TYPE_IS_PASSAGE, new TermQuery(new Term(Fields.URL, url))), 10_000,
                new Sort(new SortField(Fields.ORDINAL, SortField.Type.INT)), PassageIndex::toPassage);
    }

    /** The page documents, optionally of one municipality, ordered by address. */
    public List<IndexedPage> pages(Optional<String> municipality) {
        Query q = municipality.map(m -> filter(TYPE_IS_PAGE, new TermQuery(new Term(Fields.MUNICIPALITY, m))))
                .orElse(filter(TYPE_IS_PAGE));
        return collect(q, Integer.MAX_VALUE, BY_URL, PassageIndex::toIndexedPage);
    }

    /**
     * The page documents of a municipality that carry contact facts, ordered by address. Kept per searcher, so
     * an abstention (which offers the municipality's contact channel) reads the page documents once per commit,
     * not once per question.
     */
    public List<IndexedPage> pagesWithContacts(String municipality) {
        return withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            CachedContacts cached = contactPages;
            if (cached == null || cached.reader() != reader) {
                cached = new CachedContacts(reader, new ConcurrentHashMap<>());
                contactPages = cached;
            }
            return cached.pages().computeIfAbsent(municipality, m -> pages(Optional.of(m)).stream()
                    .filter(p -> !p.contacts().isEmpty()).toList());
        });
    }

    /** The page document for one address. */
    public Optional<IndexedPage> page(String url) {
        return collect(filter(TYPE_IS_PAGE, new TermQuery(new Term(Fields.URL, url))), 1, BY_URL,
                PassageIndex::toIndexedPage).stream().findFirst();
    }

    /**
     * Municipalities with at least one page, as indexed. Read from the municipality field's terms (not from
     * every page document) and kept per searcher, so asking costs nothing until the index changes.
     */
    public Set<String> municipalities() {
        return withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            Cached cached = municipalities;
            if (cached != null && cached.reader() == reader) {
                return cached.names();
            }
            Set<String> names = new TreeSet<>();
            Terms terms = MultiTerms.getTerms(reader, Fields.MUNICIPALITY);
            if (terms != null) {
                TermsEnum e = terms.iterator();
                for (BytesRef term = e.next(); term != null; term = e.next()) {
                    String name = term.utf8ToString();
                    if (!name.isEmpty() && searcher.count(filter(TYPE_IS_PAGE,
                            new TermQuery(new Term(Fields.MUNICIPALITY, name)))) > 0) {
                        names.add(name);
                    }
                }
            }
            Set<String> result = Collections.unmodifiableSet(names);
            municipalities = new Cached(reader, result);
            return result;
        });
    }

    public IndexStats stats() {
        return withSearcher(searcher -> new IndexStats(searcher.count(TYPE_IS_PAGE),
                searcher.count(TYPE_IS_PASSAGE), municipalities().size()));
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
        return pages(Optional.empty()).stream().map(IndexedPage::url).toList();
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index in " + path, e);
        }
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

    private <T> List<T> collect(Query query, int limit, Sort sort, Function<Document, T> read) {
        return withSearcher(searcher -> {
            int n = Math.max(1, Math.min(limit, searcher.getIndexReader().maxDoc()));
            TopDocs top = searcher.search(query, n, sort);
            List<T> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(read.apply(searcher.storedFields().document(sd.doc)));
            }
            return out;
        });
    }

    private static Query filter(Query... clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : clauses) {
            b.add(q, BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static Document pageDocument(Page page, int passages, Instant fetched) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, Fields.TYPE_PAGE, Field.Store.NO));
        doc.add(new KeywordField(Fields.URL, page.url(), Field.Store.YES));
        doc.add(new KeywordField(Fields.MUNICIPALITY, page.municipality(), Field.Store.YES));
        doc.add(new TextField(Fields.TITLE, page.title(), Field.Store.YES));
        doc.add(new StoredField(Fields.UPDATED, page.dates().best().map(Object::toString).orElse("")));
        doc.add(new StoredField(Fields.PUBLISHED, page.dates().published().map(Object::toString).orElse("")));
        doc.add(new StoredField(Fields.DECIDED, page.dates().decided().map(Object::toString).orElse("")));
        doc.add(new StoredField(Fields.FETCHED, fetched.toString()));
        doc.add(new StoredField(Fields.PASSAGES, passages));
        StringBuilder contacts = new StringBuilder();
        for (Contact c : page.contacts()) {
            contacts.append(c.label()).append('\t').append(c.phone()).append('\t').append(c.email()).append('\n');
        }
        doc.add(new StoredField(Fields.CONTACTS, contacts.toString()));
        doc.add(new NumericDocValuesField(Fields.ORDINAL, -1));
        return doc;
    }

    private static Document passageDocument(Passage passage) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, Fields.TYPE_PASSAGE, Field.Store.NO));
        doc.add(new KeywordField(Fields.URL, passage.url(), Field.Store.YES));
        doc.add(new KeywordField(Fields.MUNICIPALITY, passage.municipality(), Field.Store.YES));
        doc.add(new TextField(Fields.TITLE, passage.title(), Field.Store.YES));
        doc.add(new TextField(Fields.HEADING, passage.heading(), Field.Store.YES));
        doc.add(new TextField(Fields.TEXT, passage.text(), Field.Store.YES));
        doc.add(new StoredField(Fields.UPDATED, passage.updated()));
        doc.add(new StoredField(Fields.ORDINAL, passage.ordinal()));
        doc.add(new NumericDocValuesField(Fields.ORDINAL, passage.ordinal()));
        return doc;
    }

    private static Passage toPassage(Document doc) {
        String text = doc.get(Fields.TEXT);
        return new Passage(doc.get(Fields.URL), doc.get(Fields.TITLE), doc.get(Fields.MUNICIPALITY),
                doc.get(Fields.HEADING), text.isEmpty() ? List.of() : List.of(text.split("\n")),
                doc.get(Fields.UPDATED), doc.getField(Fields.ORDINAL).numericValue().intValue());
    }

    private static IndexedPage toIndexedPage(Document doc) {
        List<Contact> contacts = new ArrayList<>();
        for (String line : doc.get(Fields.CONTACTS).split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length == 3) {
                contacts.add(new Contact(parts[0], parts[1], parts[2]));
            }
        }
        return new IndexedPage(doc.get(Fields.URL), doc.get(Fields.TITLE), doc.get(Fields.MUNICIPALITY),
                doc.get(Fields.UPDATED), doc.get(Fields.FETCHED), doc.getField(Fields.PASSAGES).numericValue().intValue(),
                contacts);
    }
}
