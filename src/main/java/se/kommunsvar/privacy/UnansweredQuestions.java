package se.kommunsvar.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.store.Sql;
import se.kommunsvar.store.Store;

/**
 * The questions residents asked that got no answer, so editors see what content is missing. Only redacted text
 * is ever stored ({@link Redactor}); questions are grouped by their normalised text and municipality, counted,
 * and forgotten when not asked again within the retention time. At most {@code maxEntries} groups are kept: when
 * full, the group asked least recently is dropped. Kept in the {@link Store}, so the list survives a restart.
 */
public final class UnansweredQuestions {

    private static final Logger LOG = LoggerFactory.getLogger(UnansweredQuestions.class);
    /** Widths of the columns ({@code Store}'s schema); a question is at most 1000 characters when asked. */
    private static final int QUESTION_WIDTH = 1000;
    private static final int MUNICIPALITY_WIDTH = 200;

    private final Duration retention;
    private final int maxEntries;
    private final Clock clock;
    private final Store store;
    private final Redactor redactor = new Redactor();

    /** A list kept in memory only (lost on restart). */
    public UnansweredQuestions(Duration retention, int maxEntries, Clock clock) {
        this(retention, maxEntries, clock, Store.inMemory());
    }

    public UnansweredQuestions(Duration retention, int maxEntries, Clock clock, Store store) {
        if (retention.isNegative() || retention.isZero() || maxEntries < 1) {
            throw new IllegalArgumentException("retention and size must be positive: " + retention + ", " + maxEntries);
        }
        this.retention = retention;
        this.maxEntries = maxEntries;
        this.clock = clock;
        this.store = store;
    }

    /** Records one unanswered question; the text is redacted before anything is kept. */
    public void record(String question, Optional<String> municipality) {
        String redacted = Sql.fit(redactor.redact(question.strip()), QUESTION_WIDTH);
        if (redacted.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String grouping = Sql.fit(normalise(redacted), QUESTION_WIDTH);
        String where = Sql.fit(municipality.map(String::strip).orElse(""), MUNICIPALITY_WIDTH);
        int kept = store.call(c -> {
            forgetOld(c, now);
            if (!askedAgain(c, grouping, where, now)) {
                if (count(c) >= maxEntries) {
                    dropLeastRecent(c);
                }
                insert(c, grouping, where, redacted, now);
            }
            return count(c);
        });
        LOG.debug("unanswered question recorded: {} chars, {} groups kept", question.length(), kept);
    }

    /** The kept questions, most asked first, then most recently asked. */
    public List<UnansweredQuestion> list() {
        Instant now = clock.instant();
        return store.call(c -> {
            forgetOld(c, now);
            try (PreparedStatement s = c.prepareStatement("SELECT question, municipality, asked, first_seen, last_seen"
                    + " FROM unanswered ORDER BY asked DESC, last_seen DESC, question");
                 ResultSet r = s.executeQuery()) {
                List<UnansweredQuestion> out = new ArrayList<>();
                while (r.next()) {
                    out.add(new UnansweredQuestion(r.getString("question"), r.getString("municipality"), r.getInt("asked"),
                            Sql.instant(r, "first_seen"), Sql.instant(r, "last_seen")));
                }
                return out;
            }
        });
    }

    /** The grouping key of a question: lower case, whitespace folded, without closing punctuation. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s?!.]+$", "").strip();
    }

    private boolean askedAgain(Connection c, String grouping, String municipality, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE unanswered SET asked = asked + 1, last_seen = ? WHERE grouping = ? AND municipality = ?")) {
            Sql.instant(s, 1, now);
            s.setString(2, grouping);
            s.setString(3, municipality);
            return s.executeUpdate() > 0;
        }
    }

    private static void insert(Connection c, String grouping, String municipality, String question, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO unanswered"
                + " (grouping, municipality, question, asked, first_seen, last_seen) VALUES (?, ?, ?, 1, ?, ?)")) {
            s.setString(1, grouping);
            s.setString(2, municipality);
            s.setString(3, question);
            Sql.instant(s, 4, now);
            Sql.instant(s, 5, now);
            s.executeUpdate();
        }
    }

    private static int count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM unanswered"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private void forgetOld(Connection c, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM unanswered WHERE last_seen < ?")) {
            Sql.instant(s, 1, now.minus(retention));
            s.executeUpdate();
        }
    }

    private static void dropLeastRecent(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM unanswered WHERE (grouping, municipality) IN"
                + " (SELECT grouping, municipality FROM unanswered ORDER BY last_seen, grouping LIMIT 1)")) {
            s.executeUpdate();
        }
    }
}
