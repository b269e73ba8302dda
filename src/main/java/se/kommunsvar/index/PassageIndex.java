package se.kommunsvar.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
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

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final KommunAnalyzer analyzer;
    private volatile MunicipalitySet municipalities;

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
        List<Document> docs = new ArrayList<>(passages.size() + 1);
        docs.add(pageDocument(page, passages.size(), fetched));
        for (Passage passage : passages) {
            docs.add(passageDocument(passage));
        }
        try {
            writer.updateDocuments(new Term(Fields.URL, page.url()), docs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + page.url(), e);
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
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)), BooleanClause.Occur.FILTER)
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
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.URL, url)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)), BooleanClause.Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(q, 10_000, new Sort(new SortField(Fields.ORDINAL, SortField.Type.INT)));
            List<Passage> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(toPassage(searcher.storedFields().document(sd.doc)));
            }
            return out;
        });
    }

    /** The page documents, optionally of one municipality, ordered by address. */
    public List<IndexedPage> pages(Optional<String> municipality) {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAGE)), BooleanClause.Occur.FILTER);
        municipality.ifPresent(m -> q.add(new TermQuery(new Term(Fields.MUNICIPALITY, m)), BooleanClause.Occur.FILTER));
        return withSearcher(searcher -> {
            int max = Math.max(1, searcher.getIndexReader().maxDoc());
            TopDocs top = searcher.search(q.build(), max, new Sort(KeywordField.newSortField(Fields.URL, false, SortedSetSelector.Type.MIN)));
            List<IndexedPage> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(toIndexedPage(searcher.storedFields().document(sd.doc)));
            }
            return out;
        });
    }

    /** The page document for one address. */
    public Optional<IndexedPage> page(String url) {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.URL, url)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAGE)), BooleanClause.Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(q, 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(toIndexedPage(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /**
     * Municipalities with at least one page, with their names as indexed. Asked on every question, so the set is
     * computed once per searcher (after each commit) from the municipality terms, not from every page document.
     */
    public Set<String> municipalities() {
        return withSearcher(searcher -> {
            MunicipalitySet cached = municipalities;
            if (cached != null && cached.reader() == searcher.getIndexReader()) {
                return cached.names();
            }
            MunicipalitySet fresh = new MunicipalitySet(searcher.getIndexReader(), municipalitiesOf(searcher));
            municipalities = fresh;
            return fresh.names();
        });
    }

    private static Set<String> municipalitiesOf(IndexSearcher searcher) throws IOException {
        Set<String> names = new HashSet<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.MUNICIPALITY);
        if (terms == null) {
            return Set.of();
        }
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            String name = term.utf8ToString();
            Query livePage = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.MUNICIPALITY, name)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAGE)), BooleanClause.Occur.FILTER)
                    .build();
            if (!name.isEmpty() && searcher.count(livePage) > 0) {
                names.add(name);
            }
        }
        return Set.copyOf(names);
    }

    /** The municipalities seen by one reader. */
    private record MunicipalitySet(IndexReader reader, Set<String> names) {
    }

    public IndexStats stats() {
        List<IndexedPage> pages = pages(Optional.empty());
        int passages = pages.stream().mapToInt(IndexedPage::passages).sum();
        long municipalities = pages.stream().map(IndexedPage::municipality).filter(m -> !m.isEmpty()).distinct().count();
        return new IndexStats(pages.size(), passages, (int) municipalities);
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
