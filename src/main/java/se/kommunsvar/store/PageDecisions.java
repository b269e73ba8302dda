package se.kommunsvar.store;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.kommunsvar.index.PageRules;

/**
 * The editors' decisions about single pages, kept in the {@link Store}: pages removed until an editor re-adds them
 * (per site, so an editor sees what each site is missing) and municipalities set by hand. Read on every index write,
 * so they are cached in memory and written through.
 */
public final class PageDecisions implements PageRules {

    private static final int URL_WIDTH = 2048;
    private static final int TITLE_WIDTH = 500;
    private static final int MUNICIPALITY_WIDTH = 200;

    private final Store store;
    private final Clock clock;
    private final Map<String, Exclusion> exclusions = new ConcurrentHashMap<>();
    private final Map<String, String> municipalities = new ConcurrentHashMap<>();

    /** A removed page: its address, its site (host), its title when removed, and when. */
    public record Exclusion(String url, String site, String title, Instant removed) {
    }

    /** A municipality an editor set for a page. */
    public record Correction(String url, String municipality) {
    }

    public PageDecisions(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        load();
    }

    @Override
    public boolean excluded(String url) {
        return exclusions.containsKey(url);
    }

    @Override
    public Optional<String> municipality(String url) {
        return Optional.ofNullable(municipalities.get(url));
    }

    /** Keeps the page out of the index until {@link #readd}. */
    public Exclusion exclude(String url, String title) {
        Exclusion e = new Exclusion(Sql.fit(url, URL_WIDTH), site(url), Sql.fit(title, TITLE_WIDTH), clock.instant());
        store.call(c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO exclusions (url, site, title, removed) KEY (url)"
                    + " VALUES (?, ?, ?, ?)")) {
                s.setString(1, e.url());
                s.setString(2, e.site());
                s.setString(3, e.title());
                Sql.instant(s, 4, e.removed());
                return s.executeUpdate();
            }
        });
        exclusions.put(e.url(), e);
        return e;
    }

    /** Lifts a removal; false when the page was not removed. */
    public boolean readd(String url) {
        int lifted = store.call(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM exclusions WHERE url = ?")) {
                s.setString(1, url);
                return s.executeUpdate();
            }
        });
        exclusions.remove(url);
        return lifted > 0;
    }

    /** The removed pages, by site then address. */
    public List<Exclusion> exclusions() {
        List<Exclusion> out = new ArrayList<>(exclusions.values());
        out.sort((a, b) -> a.site().equals(b.site()) ? a.url().compareTo(b.url()) : a.site().compareTo(b.site()));
        return out;
    }

    /** Sets (or with an empty name, clears) the municipality of a page. */
    public void setMunicipality(String url, Optional<String> municipality) {
        store.call(c -> {
            String sql = municipality.isPresent()
                    ? "MERGE INTO municipality_corrections (url, municipality, corrected) KEY (url) VALUES (?, ?, ?)"
                    : "DELETE FROM municipality_corrections WHERE url = ?";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, Sql.fit(url, URL_WIDTH));
                if (municipality.isPresent()) {
                    s.setString(2, Sql.fit(municipality.get(), MUNICIPALITY_WIDTH));
                    Sql.instant(s, 3, clock.instant());
                }
                return s.executeUpdate();
            }
        });
        municipality.ifPresentOrElse(m -> municipalities.put(url, m), () -> municipalities.remove(url));
    }

    /** The corrected pages, by address. */
    public List<Correction> corrections() {
        return municipalities.entrySet().stream().map(e -> new Correction(e.getKey(), e.getValue()))
                .sorted((a, b) -> a.url().compareTo(b.url())).toList();
    }

    /** The site a page belongs to: its host (with a port other than the default). */
    static String site(String url) {
        try {
            URI u = URI.create(url);
            if (u.getHost() != null) {
                return u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() > 0 ? ":" + u.getPort() : "");
            }
        } catch (IllegalArgumentException e) {
            // not an address: grouped on its own below
        }
        return "";
    }

    private void load() {
        store.call(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT url, site, title, removed FROM exclusions");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    exclusions.put(r.getString("url"), new Exclusion(r.getString("url"), r.getString("site"),
                            r.getString("title"), Sql.instant(r, "removed")));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT url, municipality FROM municipality_corrections");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    municipalities.put(r.getString("url"), r.getString("municipality"));
                }
            }
            return null;
        });
    }
}
