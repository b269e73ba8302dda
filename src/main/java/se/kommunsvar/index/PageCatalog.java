package se.kommunsvar.index;

import static se.kommunsvar.index.IndexDocuments.TYPE_IS_PAGE;
import static se.kommunsvar.index.IndexDocuments.TYPE_IS_PASSAGE;
import static se.kommunsvar.index.IndexDocuments.filter;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Page-level reads of the index: page documents, where a page's bytes came from, the municipalities, the
 * counts. What many questions ask again (contact pages, municipalities) is kept per reader, so it is read
 * once per commit.
 */
final class PageCatalog {

    private static final Sort BY_URL = new Sort(KeywordField.newSortField(Fields.URL, false, SortedSetSelector.Type.MIN));

    /** The municipalities of one reader: recomputed only when a commit brings a new reader. */
    private record Cached(IndexReader reader, Set<String> names) {
    }

    /** The pages with contact facts, per municipality, of one reader: read once per searcher generation. */
    private record CachedContacts(IndexReader reader, Map<String, List<IndexedPage>> pages) {
    }

    private final PassageIndex index;
    private volatile Cached municipalities;
    private volatile CachedContacts contactPages;

    PageCatalog(PassageIndex index) {
        this.index = index;
    }

    Optional<PageOrigin> origin(String source) {
        Query q = filter(new TermQuery(new Term(Fields.SOURCE, source)), TYPE_IS_PAGE);
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(q, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(IndexDocuments.toOrigin(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    List<IndexedPage> pages(Optional<String> municipality) {
        Query q = municipality.map(m -> filter(TYPE_IS_PAGE, new TermQuery(new Term(Fields.MUNICIPALITY, m))))
                .orElse(filter(TYPE_IS_PAGE));
        return index.withSearcher(searcher -> IndexDocuments.collect(searcher, q, Integer.MAX_VALUE, BY_URL,
                IndexDocuments::toIndexedPage));
    }

    List<IndexedPage> pagesWithContacts(String municipality) {
        return index.withSearcher(searcher -> {
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

    Optional<IndexedPage> page(String url) {
        Query q = filter(TYPE_IS_PAGE, new TermQuery(new Term(Fields.URL, url)));
        return index.withSearcher(searcher -> IndexDocuments.collect(searcher, q, 1, BY_URL,
                IndexDocuments::toIndexedPage)).stream().findFirst();
    }

    Set<String> municipalities() {
        return index.withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            Cached cached = municipalities;
            if (cached != null && cached.reader() == reader) {
                return cached.names();
            }
            Set<String> result = Collections.unmodifiableSet(municipalityNames(searcher));
            municipalities = new Cached(reader, result);
            return result;
        });
    }

    IndexStats stats() {
        return index.withSearcher(searcher -> new IndexStats(searcher.count(TYPE_IS_PAGE),
                searcher.count(TYPE_IS_PASSAGE), municipalities().size()));
    }

    Collection<String> urls() {
        return pages(Optional.empty()).stream().map(IndexedPage::url).toList();
    }

    /** The municipality field's terms that at least one page document still carries. */
    private static Set<String> municipalityNames(IndexSearcher searcher) throws IOException {
        Set<String> names = new TreeSet<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.MUNICIPALITY);
        if (terms == null) {
            return names;
        }
        TermsEnum e = terms.iterator();
        for (BytesRef term = e.next(); term != null; term = e.next()) {
            String name = term.utf8ToString();
            if (!name.isEmpty() && searcher.count(filter(TYPE_IS_PAGE,
                    new TermQuery(new Term(Fields.MUNICIPALITY, name)))) > 0) {
                names.add(name);
            }
        }
        return names;
    }
}
