package se.kommunsvar.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kommunsvar.store.Sql;
import se.kommunsvar.store.Store;

/**
 * Residents' "Fick du svar på din fråga? Ja / Nej" under each answer, kept in the {@link Store} so editors see per
 * page which questions it did not answer. The question is redacted ({@link Redactor}) before it is stored; nothing
 * else about the resident is kept (no address, no conversation). Forgotten after the retention time.
 */
public final class FeedbackLog {

    /** Rows read for the editors' overview, newest first: a retention period of feedback on a busy site. */
    static final int MAX_ROWS = 20_000;
    private static final int QUESTION_WIDTH = 1000;
    private static final int URL_WIDTH = 2048;
    private static final int TITLE_WIDTH = 500;
    private static final int MUNICIPALITY_WIDTH = 200;

    private final Duration retention;
    private final Clock clock;
    private final Store store;
    private final Redactor redactor = new Redactor();

    public FeedbackLog(Duration retention, Clock clock, Store store) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention must be positive: " + retention);
        }
        this.retention = retention;
        this.clock = clock;
        this.store = store;
    }

    /** One resident's verdict on one answer; the page is the answer's first source, empty for an abstention. */
    public record Given(boolean helpful, String question, String pageUrl, String pageTitle, String municipality) {
    }

    /** A question that a page's answer did not answer, counted. */
    public record Unhelped(String question, int count, Instant lastSeen) {
    }

    /** The feedback on the answers quoting one page: how many said yes and no, and the questions of the no's. */
    public record PageFeedback(String url, String title, String municipality, int yes, int no, List<Unhelped> questions) {
    }

    /** Stores a verdict; the question is redacted first. */
    public void record(Given given) {
        String question = Sql.fit(redactor.redact(given.question().strip()), QUESTION_WIDTH);
        Instant now = clock.instant();
        store.call(c -> {
            forgetOld(c, now);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO feedback"
                    + " (given, helpful, question, page_url, page_title, municipality) VALUES (?, ?, ?, ?, ?, ?)")) {
                Sql.instant(s, 1, now);
                s.setBoolean(2, given.helpful());
                s.setString(3, question);
                s.setString(4, Sql.fit(given.pageUrl(), URL_WIDTH));
                s.setString(5, Sql.fit(given.pageTitle(), TITLE_WIDTH));
                s.setString(6, Sql.fit(given.municipality(), MUNICIPALITY_WIDTH));
                return s.executeUpdate();
            }
        });
    }

    /**
     * Per page (an empty address: answers that quoted no page), the answers marked "Nej" with their questions
     * grouped and counted; pages with the most "Nej" first.
     */
    public List<PageFeedback> perPage() {
        Map<String, PageBuilder> pages = new LinkedHashMap<>();
        for (Row row : rows()) {
            pages.computeIfAbsent(row.url(), u -> new PageBuilder(row)).add(row);
        }
        return pages.values().stream().map(PageBuilder::build)
                .sorted((a, b) -> a.no() != b.no() ? Integer.compare(b.no(), a.no()) : a.url().compareTo(b.url()))
                .toList();
    }

    private record Row(Instant given, boolean helpful, String question, String url, String title, String municipality) {
    }

    private List<Row> rows() {
        Instant now = clock.instant();
        return store.call(c -> {
            forgetOld(c, now);
            try (PreparedStatement s = c.prepareStatement("SELECT given, helpful, question, page_url, page_title,"
                    + " municipality FROM feedback ORDER BY given DESC, id DESC LIMIT " + MAX_ROWS);
                 ResultSet r = s.executeQuery()) {
                List<Row> out = new ArrayList<>();
                while (r.next()) {
                    out.add(new Row(Sql.instant(r, "given"), r.getBoolean("helpful"), r.getString("question"),
                            r.getString("page_url"), r.getString("page_title"), r.getString("municipality")));
                }
                return out;
            }
        });
    }

    private void forgetOld(Connection c, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM feedback WHERE given < ?")) {
            Sql.instant(s, 1, now.minus(retention));
            s.executeUpdate();
        }
    }

    /** Collects one page's rows (newest first) into its feedback. */
    private static final class PageBuilder {
        private final Row first;
        private int yes;
        private int no;
        private final Map<String, Unhelped> questions = new LinkedHashMap<>();

        PageBuilder(Row first) {
            this.first = first;
        }

        void add(Row row) {
            if (row.helpful()) {
                yes++;
                return;
            }
            no++;
            questions.merge(UnansweredQuestions.normalise(row.question()), new Unhelped(row.question(), 1, row.given()),
                    (old, again) -> new Unhelped(old.question(), old.count() + 1, old.lastSeen()));
        }

        PageFeedback build() {
            List<Unhelped> sorted = questions.values().stream()
                    .sorted((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count())
                            : b.lastSeen().compareTo(a.lastSeen()))
                    .toList();
            return new PageFeedback(first.url(), first.title(), first.municipality(), yes, no, sorted);
        }
    }
}
