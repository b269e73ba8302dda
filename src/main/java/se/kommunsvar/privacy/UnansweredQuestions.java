package se.kommunsvar.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The questions residents asked that got no answer, so editors see what content is missing. Only redacted text
 * is ever stored ({@link Redactor}); questions are grouped by their normalised text and municipality, counted,
 * and forgotten when not asked again within the retention time. At most {@code maxEntries} groups are kept: when
 * full, the group asked least recently is dropped. Kept in memory: a restart starts an empty list.
 */
public final class UnansweredQuestions {

    private static final Logger LOG = LoggerFactory.getLogger(UnansweredQuestions.class);

    private final Duration retention;
    private final int maxEntries;
    private final Clock clock;
    private final Redactor redactor = new Redactor();
    private final Map<Key, UnansweredQuestion> groups = new HashMap<>();

    private record Key(String text, String municipality) {
    }

    public UnansweredQuestions(Duration retention, int maxEntries, Clock clock) {
        if (retention.isNegative() || retention.isZero() || maxEntries < 1) {
            throw new IllegalArgumentException("retention and size must be positive: " + retention + ", " + maxEntries);
        }
        this.retention = retention;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** Records one unanswered question; the text is redacted before anything is kept. */
    public synchronized void record(String question, Optional<String> municipality) {
        String redacted = redactor.redact(question.strip());
        if (redacted.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        forgetOld(now);
        Key key = new Key(normalise(redacted), municipality.map(String::strip).orElse(""));
        UnansweredQuestion seen = groups.get(key);
        if (seen == null && groups.size() >= maxEntries) {
            dropLeastRecent();
        }
        groups.put(key, seen == null ? new UnansweredQuestion(redacted, key.municipality(), 1, now, now) : seen.askedAgain(now));
        LOG.debug("unanswered question recorded: {} chars, {} groups kept", question.length(), groups.size());
    }

    /** The kept questions, most asked first, then most recently asked. */
    public synchronized List<UnansweredQuestion> list() {
        forgetOld(clock.instant());
        return groups.values().stream()
                .sorted(Comparator.comparingInt(UnansweredQuestion::count).reversed()
                        .thenComparing(UnansweredQuestion::lastSeen, Comparator.reverseOrder())
                        .thenComparing(UnansweredQuestion::question))
                .toList();
    }

    /** The grouping key of a question: lower case, whitespace folded, without closing punctuation. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s?!.]+$", "").strip();
    }

    private void forgetOld(Instant now) {
        Instant oldest = now.minus(retention);
        groups.values().removeIf(q -> q.lastSeen().isBefore(oldest));
    }

    private void dropLeastRecent() {
        groups.entrySet().stream()
                .min(Map.Entry.comparingByValue(Comparator.comparing(UnansweredQuestion::lastSeen)))
                .map(Map.Entry::getKey)
                .ifPresent(groups::remove);
    }
}
