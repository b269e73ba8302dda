package se.kommunsvar.ingest.crawl;

import java.util.List;

/**
 * What happened to one fetched address.
 *
 * @param url the address asked for
 * @param finalUrl the address that answered (after redirects)
 * @param redirects the redirect hops before the final address
 * @param pageUrl the page's key in the index, or empty when nothing was indexed
 * @param outcome "new", "changed", "unchanged", "removed", "skipped" or "failed"
 * @param detail why it was skipped or failed (the summary's kind), else empty
 * @param passages passages indexed for the page (0 unless new or changed)
 */
public record PageResult(String url, String finalUrl, List<String> redirects, String pageUrl, String outcome,
                         String detail, int passages) {

    public PageResult {
        redirects = List.copyOf(redirects);
    }

    static PageResult failed(String url, String kind) {
        return new PageResult(url, url, List.of(), "", "failed", kind, 0);
    }
}
