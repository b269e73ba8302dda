package se.kommunsvar.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.kommunsvar.answer.ContactCards;
import se.kommunsvar.answer.TextFragment;
import se.kommunsvar.index.KommunAnalyzer;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.index.SearchHit;
import se.kommunsvar.parse.Passage;
import se.kommunsvar.parse.Sentences;

/**
 * What {@code GET /api/search} returns to staff: the municipality's contact cards first when the search asks for
 * contact details, then the hits that are answers rather than noise, one result per page with the page's further
 * hits under it, each with the sentence that matches best and a link that opens the page at that sentence.
 */
final class StaffResults {

    /**
     * Hits scoring below this share of the best hit are cut. BM25 scores of passages that carry the query's rare
     * words are several times those that share only its common words or mention a word once in a long text. The bar
     * is relative, so it holds for short and long queries alike; it is a claim about how BM25 separates relevant from
     * incidental matches, not about any one query. Checked on the real-dev pages (not written from): "kommundirektör"
     * keeps one hit (the page on who owns the steering model, naming the kommundirektör), "ekonomisk hushållning"
     * three pages that state it. Not yet measured over a labelled query set: a candidate for the eval harness.
     */
    static final double TAIL = 0.35;

    /** One page's hits: the best first, the others of the same page under it. */
    record Result(String url, String title, String municipality, String heading, String passage, String updated,
                  float score, int page, String link, String sentence, String deepLink, List<More> more) {
    }

    /** A further hit on the same page. */
    record More(String heading, String passage, String sentence, String deepLink, int page, float score) {
    }

    private StaffResults() {
    }

    static Map<String, Object> of(PassageIndex index, List<SearchHit> hits, String query, Optional<String> municipality) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("contacts", municipality.filter(m -> ContactCards.asksForContact(query))
                .map(m -> ContactCards.of(index, m, query)).orElse(List.of()));
        out.put("results", grouped(relevant(hits), index.analyzer(), Set.copyOf(index.analyzer().terms(query))));
        return out;
    }

    /** The hits scoring at least {@link #TAIL} of the best. */
    static List<SearchHit> relevant(List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        double bar = hits.get(0).score() * TAIL;
        return hits.stream().filter(h -> h.score() >= bar).toList();
    }

    private static List<Result> grouped(List<SearchHit> hits, KommunAnalyzer analyzer, Set<String> terms) {
        Map<String, Result> byPage = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            Passage p = hit.passage();
            String sentence = bestSentence(p, analyzer, terms);
            String deep = TextFragment.link(p.link(), p.page(), sentence);
            Result first = byPage.get(p.url());
            if (first == null) {
                byPage.put(p.url(), new Result(p.url(), p.title(), p.municipality(), p.heading(), p.text(), p.updated(),
                        hit.score(), p.page(), p.link(), sentence, deep, new ArrayList<>()));
            } else {
                first.more().add(new More(p.heading(), p.text(), sentence, deep, p.page(), hit.score()));
            }
        }
        return List.copyOf(byPage.values());
    }

    /**
     * The passage's sentence with the most of the query's terms, both read by the index's analyzer (so inflected
     * and compound forms match as they do in the search); the first such, or the first sentence.
     */
    static String bestSentence(Passage p, KommunAnalyzer analyzer, Set<String> terms) {
        String best = "";
        long bestCount = -1;
        for (String line : p.lines()) {
            for (String sentence : Sentences.split(line)) {
                long count = analyzer.terms(sentence).stream().distinct().filter(terms::contains).count();
                if (count > bestCount) {
                    best = sentence;
                    bestCount = count;
                }
            }
        }
        return best.strip();
    }
}
