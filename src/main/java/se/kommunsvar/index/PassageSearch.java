package se.kommunsvar.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Plain ranked passage search for staff: the words analyzed like the index, BM25 over text, heading and
 * title, optionally within one municipality. Built from analyzed terms, never from a query-parser string.
 */
public final class PassageSearch {

    public static final int MAX_LIMIT = 50;

    private final PassageIndex index;

    public PassageSearch(PassageIndex index) {
        this.index = index;
    }

    public List<SearchHit> search(String text, Optional<String> municipality, int limit) {
        Set<String> terms = new LinkedHashSet<>(index.analyzer().terms(text));
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        for (String t : terms) {
            addTerm(should, t, 1f);
        }
        return index.search(within(should.build(), municipality), Math.max(1, Math.min(MAX_LIMIT, limit)));
    }

    /** Adds one analyzed term as optional clauses on text, heading and title, weighted 1 : 0.8 : 0.4. */
    public static void addTerm(BooleanQuery.Builder b, String term, float weight) {
        b.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT, term)), weight), BooleanClause.Occur.SHOULD);
        b.add(new BoostQuery(new TermQuery(new Term(Fields.HEADING, term)), weight * 0.8f), BooleanClause.Occur.SHOULD);
        b.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, term)), weight * 0.4f), BooleanClause.Occur.SHOULD);
    }

    /** The query, restricted to the municipality's passages when one is given. */
    public static Query within(Query query, Optional<String> municipality) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        municipality.ifPresent(m -> q.add(new TermQuery(new Term(Fields.MUNICIPALITY, m)), BooleanClause.Occur.FILTER));
        return q.build();
    }
}
