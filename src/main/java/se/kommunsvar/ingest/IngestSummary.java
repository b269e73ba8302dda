package se.kommunsvar.ingest;

import java.util.Map;
import java.util.TreeMap;

/** What an ingest did, counted; failures by kind. */
public final class IngestSummary {

    private int added;
    private int changed;
    private int unchanged;
    private int removed;
    private int skipped;
    private int passages;
    private final Map<String, Integer> failures = new TreeMap<>();
    private final Map<String, Integer> skips = new TreeMap<>();

    public synchronized void added(int passageCount) {
        added++;
        passages += passageCount;
    }

    public synchronized void changed(int passageCount) {
        changed++;
        passages += passageCount;
    }

    public synchronized void unchanged() {
        unchanged++;
    }

    public synchronized void removed() {
        removed++;
    }

    public synchronized void skipped() {
        skipped++;
    }

    /** Skipped for a reason worth counting: a content type that is not a page, robots.txt, an off-site redirect. */
    public synchronized void skipped(String kind) {
        skipped++;
        skips.merge(kind, 1, Integer::sum);
    }

    public synchronized int addedCount() {
        return added;
    }

    public synchronized int changedCount() {
        return changed;
    }

    public synchronized int unchangedCount() {
        return unchanged;
    }

    public synchronized int removedCount() {
        return removed;
    }

    public synchronized int skippedCount() {
        return skipped;
    }

    public synchronized Map<String, Integer> skips() {
        return Map.copyOf(skips);
    }

    public synchronized void failed(String kind) {
        failures.merge(kind, 1, Integer::sum);
    }

    public synchronized int indexed() {
        return added + changed;
    }

    public synchronized int failedCount() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized int passages() {
        return passages;
    }

    public synchronized Map<String, Integer> failures() {
        return Map.copyOf(failures);
    }

    /** "new 3, changed 1, unchanged 0, removed 0, skipped 1, failed 2 (timeout 1, http 500 1); 42 passages". */
    @Override
    public synchronized String toString() {
        StringBuilder out = new StringBuilder()
                .append("new ").append(added).append(", changed ").append(changed)
                .append(", unchanged ").append(unchanged).append(", removed ").append(removed)
                .append(", skipped ").append(skipped);
        appendKinds(out, skips);
        out.append(", failed ").append(failedCount());
        appendKinds(out, failures);
        return out.append("; ").append(passages).append(" passages").toString();
    }

    private static void appendKinds(StringBuilder out, Map<String, Integer> kinds) {
        if (!kinds.isEmpty()) {
            out.append(" (");
            kinds.forEach((k, v) -> out.append(k).append(' ').append(v).append(", "));
            out.setLength(out.length() - 2);
            out.append(')');
        }
    }
}
