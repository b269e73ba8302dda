package se.kommunsvar.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import se.kommunsvar.parse.Passage;

/**
 * The one seam between the answer layer (and the staff search) and Lucene: ranked passage search from analyzed,
 * weighted terms, term statistics, spelling suggestions, and the page reads answers need. Queries are built from
 * analyzed terms, never from a query-parser string, and their size is bounded here, so no question, however long,
 * makes more clauses than Lucene allows.
 */
public final class PassageSearch {

    public static final int MAX_LIMIT = 50;
    /**
     * The most distinct terms one query searches for. With compound parts and related words, the questions of the
     * four eval sets make at most 20 distinct terms (measured 2026-12-06: real-dev 17, real-dev-2 20, swequad-train
     * 18). Each term makes 3 clauses (text, heading, title), so 100 terms (300 clauses) leave room for longer real
     * questions and stay far below Lucene's limit of 1024 clauses ({@code IndexSearcher.getMaxClauseCount()}): a
     * message of 1,000 hyphenated letters once made TooManyClauses and a 500. The strongest terms are kept.
     */
    public static final int MAX_TERMS = 100;
    /** Text : heading : title weights of a term. A heading names what its passage is about, a page title less closely. */
    private static final float HEADING_WEIGHT = 0.8f;
    private static final float TITLE_WEIGHT = 0.4f;

    /** One analyzed term to search for, with its weight (the rarity of the word it stands for). */
    public record WeightedTerm(String term, float weight) {
    }

    private final PassageIndex index;
    private final DirectSpellChecker spelling = new DirectSpellChecker();

    public PassageSearch(PassageIndex index) {
        this.index = index;
    }

    /** Plain ranked search for staff: every analyzed word weighted alike. */
    public List<SearchHit> search(String text, Optional<String> municipality, int limit) {
        List<WeightedTerm> terms = new ArrayList<>();
        for (String t : new LinkedHashSet<>(terms(text))) {
            terms.add(new WeightedTerm(t, 1f));
        }
        return search(terms, municipality, Math.max(1, Math.min(MAX_LIMIT, limit)));
    }

    /**
     * The passages that best match the weighted terms, within one municipality when one is given. A term given twice
     * counts with its highest weight; beyond {@link #MAX_TERMS} distinct terms the weakest are left out.
     */
    public List<SearchHit> search(List<WeightedTerm> terms, Optional<String> municipality, int limit) {
        Map<String, Float> strongest = new LinkedHashMap<>();
        for (WeightedTerm t : terms) {
            if (!t.term().isEmpty()) {
                strongest.merge(t.term(), t.weight(), Math::max);
            }
        }
        if (strongest.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        strongest.entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder()))
                .limit(MAX_TERMS)
                .forEach(e -> addTerm(should, e.getKey(), e.getValue()));
        return index.search(within(should.build(), municipality), limit);
    }

    /** The index terms of a text, analyzed as the index analyzes it (word form, then compound parts). */
    public List<String> terms(String text) {
        return index.analyzer().terms(text);
    }

    /** In how many passages the term occurs in text or heading. */
    public int documentFrequency(String term) {
        return index.docFreq(Fields.TEXT, term) + index.docFreq(Fields.HEADING, term);
    }

    /** The number of passages searched (at least 1, so it can divide). */
    public int passageCount() {
        return Math.max(1, index.numDocs());
    }

    /** The closest term the index holds to one it does not hold (a misspelt word), if any. */
    public Optional<String> spelling(String term) {
        return index.withSearcher(searcher -> {
            SuggestWord[] s = spelling.suggestSimilar(new Term(Fields.TEXT, term), 1, searcher.getIndexReader(),
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return s.length == 0 ? Optional.<String>empty() : Optional.of(s[0].string);
        });
    }

    /**
     * A question's word put right when it is a slip of a common Swedish word ({@link Spelling}) and neither the pages
     * nor the Swedish dictionary hold it as written; otherwise the word as written.
     */
    public String spellChecked(String word) {
        if (word.length() < Spelling.MIN_LENGTH) {
            return word;
        }
        List<String> t = terms(word);
        if (t.isEmpty() || documentFrequency(t.get(0)) > 0) {
            return word;
        }
        return Spelling.commonWordNear(word).orElse(word);
    }

    /**
     * The index terms that begin with {@code term} and go on for at least {@code minRest} more letters (compounds
     * whose first part the term may be: "fardig" → "fardiglag"), most frequent first, at most {@code max}.
     */
    public List<String> termsBeginningWith(String term, int minRest, int max) {
        return index.withSearcher(searcher -> {
            List<String> found = new ArrayList<>();
            org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(searcher.getIndexReader(), Fields.TEXT);
            if (terms == null) {
                return found;
            }
            org.apache.lucene.index.TermsEnum e = terms.iterator();
            org.apache.lucene.util.BytesRef prefix = new org.apache.lucene.util.BytesRef(term);
            if (e.seekCeil(prefix) == org.apache.lucene.index.TermsEnum.SeekStatus.END) {
                return found;
            }
            Map<String, Integer> frequency = new LinkedHashMap<>();
            for (org.apache.lucene.util.BytesRef t = e.term(); t != null && org.apache.lucene.util.StringHelper.startsWith(t, prefix); t = e.next()) {
                String s = t.utf8ToString();
                if (s.length() - term.length() >= minRest) {
                    frequency.put(s, e.docFreq());
                }
            }
            frequency.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                    .limit(max).forEach(x -> found.add(x.getKey()));
            return found;
        });
    }

    /** Whether the Swedish dictionary knows the word (in any inflected form) and allows it to begin a compound. */
    public static boolean beginsCompound(String word) {
        return SwedishLexicon.standard().joiningForm(word, true).isPresent()
                || SwedishLexicon.standard().lemmas(word).stream().anyMatch(l -> SwedishLexicon.standard().joiningForm(l, true).isPresent());
    }

    public List<Passage> passagesOf(String url) {
        return index.passagesOf(url);
    }

    /** The passage that follows this one on its page, if any. */
    public Optional<Passage> following(Passage p) {
        return passagesOf(p.url()).stream().filter(n -> n.ordinal() == p.ordinal() + 1).findFirst();
    }

    public List<IndexedPage> pagesWithContacts(String municipality) {
        return index.pagesWithContacts(municipality);
    }

    public Set<String> municipalities() {
        return index.municipalities();
    }

    /** Adds one analyzed term as optional clauses on text, heading and title. */
    private static void addTerm(BooleanQuery.Builder b, String term, float weight) {
        b.add(new BoostQuery(new TermQuery(new Term(Fields.TEXT, term)), weight), BooleanClause.Occur.SHOULD);
        b.add(new BoostQuery(new TermQuery(new Term(Fields.HEADING, term)), weight * HEADING_WEIGHT), BooleanClause.Occur.SHOULD);
        b.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, term)), weight * TITLE_WEIGHT), BooleanClause.Occur.SHOULD);
    }

    /** The query, restricted to the municipality's passages when one is given. */
    private static Query within(Query query, Optional<String> municipality) {
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        municipality.ifPresent(m -> q.add(new TermQuery(new Term(Fields.MUNICIPALITY, m)), BooleanClause.Occur.FILTER));
        return q.build();
    }
}
