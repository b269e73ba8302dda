package se.kommunsvar.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Sort;
import se.kommunsvar.parse.Contact;
import se.kommunsvar.parse.Page;
import se.kommunsvar.parse.Passage;

/**
 * How pages and passages become Lucene documents and are read back: the one place that knows which
 * {@link Fields} each document kind carries and how stored values encode them.
 */
final class IndexDocuments {

    static final Query TYPE_IS_PAGE = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAGE));
    static final Query TYPE_IS_PASSAGE = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE));

    /** A limit whose queue costs less to allocate than counting the matches first. */
    private static final int SMALL_LIMIT = 100;

    private IndexDocuments() {
    }

    /** The page document and one document per passage, in the order they replace a page's old ones. */
    static List<Document> pageWithPassages(Document pageDoc, List<Passage> passages) {
        List<Document> docs = new ArrayList<>(passages.size() + 1);
        docs.add(pageDoc);
        for (Passage passage : passages) {
            docs.add(passageDocument(passage));
        }
        return docs;
    }

    static Document pageDocument(Page page, int passages, Instant fetched) {
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
        doc.add(new StoredField(Fields.CONTACTS, contactLines(page.contacts())));
        doc.add(new NumericDocValuesField(Fields.ORDINAL, -1));
        return doc;
    }

    /** A fetched page's document: its facts plus where its bytes came from. */
    static Document pageDocument(Page page, int passages, Instant fetched, PageOrigin origin) {
        Document doc = pageDocument(page, passages, fetched);
        doc.add(new KeywordField(Fields.SOURCE, origin.source(), Field.Store.YES));
        doc.add(new StoredField(Fields.CONTENT_HASH, origin.contentHash()));
        doc.add(new StoredField(Fields.ETAG, origin.etag()));
        doc.add(new StoredField(Fields.LAST_MODIFIED, origin.lastModified()));
        return doc;
    }

    static Document passageDocument(Passage passage) {
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
        doc.add(new StoredField(Fields.PAGE_NUMBER, passage.page()));
        return doc;
    }

    static Passage toPassage(Document doc) {
        String text = doc.get(Fields.TEXT);
        return new Passage(doc.get(Fields.URL), doc.get(Fields.TITLE), doc.get(Fields.MUNICIPALITY),
                doc.get(Fields.HEADING), text.isEmpty() ? List.of() : List.of(text.split("\n")),
                doc.get(Fields.UPDATED), doc.getField(Fields.ORDINAL).numericValue().intValue(), pageNumber(doc));
    }

    /** The passage's PDF page; 0 for a web page and in an index written before page numbers were stored. */
    private static int pageNumber(Document doc) {
        var field = doc.getField(Fields.PAGE_NUMBER);
        return field == null ? 0 : field.numericValue().intValue();
    }

    static IndexedPage toIndexedPage(Document doc) {
        return new IndexedPage(doc.get(Fields.URL), doc.get(Fields.TITLE), doc.get(Fields.MUNICIPALITY),
                doc.get(Fields.UPDATED), doc.get(Fields.FETCHED), doc.getField(Fields.PASSAGES).numericValue().intValue(),
                contacts(doc.get(Fields.CONTACTS)));
    }

    static PageOrigin toOrigin(Document doc) {
        return new PageOrigin(doc.get(Fields.URL), doc.get(Fields.SOURCE), doc.get(Fields.CONTENT_HASH),
                doc.get(Fields.ETAG), doc.get(Fields.LAST_MODIFIED));
    }

    /** A query matching every clause, none of them scored. */
    static Query filter(Query... clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : clauses) {
            b.add(q, BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The passages of one page in page order. A page has a handful of passages, so every match is gathered with a
     * plain collector and ordered here by position (then by document, as a sorting search breaks ties): a sorting
     * search would allocate its queue for a limit, or need a count first, and either cost as much as the search itself
     * on this path, which every question takes for up to 20 pages (JFR at 10⁵ pages, docs/BENCHMARKS.md, 2026-12-06).
     */
    static List<Passage> passagesOf(IndexSearcher searcher, String url) throws IOException {
        Query q = filter(TYPE_IS_PASSAGE, new TermQuery(new Term(Fields.URL, url)));
        List<Integer> docs = new ArrayList<>();
        searcher.search(q, new SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                docs.add(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        docs.sort(null);
        StoredFields stored = searcher.storedFields();
        List<Passage> out = new ArrayList<>(docs.size());
        for (int doc : docs) {
            out.add(toPassage(stored.document(doc)));
        }
        out.sort(java.util.Comparator.comparingInt(Passage::ordinal));
        return out;
    }

    /**
     * The documents matching the query, in the sort's order, each read back with the given reader. Under a large limit
     * ("all pages of a municipality") the collector is sized by the count of matches: a sorting collector allocates its
     * queue and comparator arrays for the limit up front (for {@code Integer.MAX_VALUE}, the index's size).
     */
    static <T> List<T> collect(IndexSearcher searcher, Query query, int limit, Sort sort, Function<Document, T> read)
            throws IOException {
        int n = Math.max(1, limit <= SMALL_LIMIT ? limit : Math.min(limit, searcher.count(query)));
        TopDocs top = searcher.search(query, n, sort);
        List<T> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(read.apply(searcher.storedFields().document(sd.doc)));
        }
        return out;
    }

    private static String contactLines(List<Contact> contacts) {
        StringBuilder lines = new StringBuilder();
        for (Contact c : contacts) {
            lines.append(c.label()).append('\t').append(c.phone()).append('\t').append(c.email()).append('\n');
        }
        return lines.toString();
    }

    private static List<Contact> contacts(String lines) {
        List<Contact> contacts = new ArrayList<>();
        for (String line : lines.split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length == 3) {
                contacts.add(new Contact(parts[0], parts[1], parts[2]));
            }
        }
        return contacts;
    }
}
