package se.kommunsvar.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The last site crawls with their summaries, kept in the {@link Store} so an editor can see what the last crawls of
 * a site did after a restart. The summary is the report the editors' API shows, as JSON text.
 */
public final class CrawlHistory {

    /** Crawls kept per site: enough to compare this week's crawl with the ones before, small enough to read at once. */
    public static final int KEEP_PER_SITE = 10;
    private static final int SITE_WIDTH = 2048;

    private final Store store;

    public CrawlHistory(Store store) {
        this.store = store;
    }

    /** One ended crawl. */
    public record Entry(String site, Instant started, Instant finished, String report) {
    }

    /** Keeps an ended crawl and drops that site's crawls beyond {@link #KEEP_PER_SITE}. */
    public void save(Entry crawl) {
        String site = Sql.fit(crawl.site(), SITE_WIDTH);
        store.call(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO crawls (site, started, finished, report) VALUES (?, ?, ?, ?)")) {
                s.setString(1, site);
                Sql.instant(s, 2, crawl.started());
                Sql.instant(s, 3, crawl.finished());
                s.setString(4, crawl.report());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM crawls WHERE site = ? AND id NOT IN"
                    + " (SELECT id FROM crawls WHERE site = ? ORDER BY finished DESC, id DESC LIMIT " + KEEP_PER_SITE + ")")) {
                s.setString(1, site);
                s.setString(2, site);
                return s.executeUpdate();
            }
        });
    }

    /** The kept crawls, newest first. */
    public List<Entry> list() {
        return store.call(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT site, started, finished, report FROM crawls ORDER BY finished DESC, id DESC");
                 ResultSet r = s.executeQuery()) {
                List<Entry> out = new ArrayList<>();
                while (r.next()) {
                    out.add(new Entry(r.getString("site"), Sql.instant(r, "started"), Sql.instant(r, "finished"),
                            r.getString("report")));
                }
                return out;
            }
        });
    }
}
