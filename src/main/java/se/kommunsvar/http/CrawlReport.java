package se.kommunsvar.http;

import java.util.LinkedHashMap;
import java.util.Map;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.ingest.crawl.CrawlProgress;
import se.kommunsvar.ingest.crawl.CrawlStatus;

/**
 * A site crawl as editors follow it: while it runs, pages done of pages found and the current address; when it has
 * ended, its summary (new, changed, unchanged, removed, skipped and failed by reason) and the failed addresses.
 * The same shape is kept in the crawl history.
 */
final class CrawlReport {

    private CrawlReport() {
    }

    static Map<String, Object> of(CrawlStatus status) {
        CrawlProgress.Snapshot p = status.progress().snapshot();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("site", status.site());
        out.put("running", status.running());
        out.put("started", status.started().toString());
        out.put("finished", status.finished().map(Object::toString).orElse(null));
        out.put("done", p.done());
        out.put("found", p.found());
        out.put("current", p.current());
        out.put("summary", p.summary().map(CrawlReport::counts).orElse(null));
        out.put("failedPages", p.failed());
        out.put("state", status.state().label());
        // why a crawl stopped early (cancelled, time budget, an error), else the summary line
        out.put("outcome", status.reason().isEmpty() ? status.summary() : status.reason());
        return out;
    }

    private static Map<String, Object> counts(IngestSummary s) {
        Map<String, Object> out = pageCounts(s);
        out.put("skippedBy", s.skips());
        out.put("failed", s.failedCount());
        out.put("failedBy", s.failures());
        return out;
    }

    /** What a crawl or re-index did to pages, as every editors' answer counts it: new, changed, unchanged, removed, skipped. */
    static Map<String, Object> pageCounts(IngestSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("new", s.addedCount());
        out.put("changed", s.changedCount());
        out.put("unchanged", s.unchangedCount());
        out.put("removed", s.removedCount());
        out.put("skipped", s.skippedCount());
        return out;
    }
}
