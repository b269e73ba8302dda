package se.kommunsvar.http;

import se.kommunsvar.index.SearchHit;

/** One ranked passage of {@code GET /api/search}. */
record SearchResult(String url, String title, String municipality, String heading, String passage, String updated,
                    float score, int page, String link) {

    static SearchResult of(SearchHit hit) {
        var p = hit.passage();
        return new SearchResult(p.url(), p.title(), p.municipality(), p.heading(), p.text(), p.updated(), hit.score(),
                p.page(), p.link());
    }
}
