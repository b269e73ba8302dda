package se.kommunsvar.answer;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Conversations in memory, bounded in number (least recently used goes first) and in age. Each keeps only
 * what a follow-up needs: the last question as understood.
 */
public final class Conversations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int maxConversations;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<String, Entry> entries;

    private record Entry(Question last, Instant touched) {
    }

    public Conversations(int maxConversations, Duration maxAge, Clock clock) {
        this.maxConversations = maxConversations;
        this.maxAge = maxAge;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > Conversations.this.maxConversations;
            }
        };
    }

    public static Conversations standard() {
        return new Conversations(10_000, Duration.ofMinutes(30), Clock.systemUTC());
    }

    /** A new unguessable conversation id. */
    public static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The last question of a live conversation. */
    public synchronized Optional<Question> last(String id) {
        Entry e = entries.get(id);
        if (e == null) {
            return Optional.empty();
        }
        if (e.touched().plus(maxAge).isBefore(clock.instant())) {
            entries.remove(id);
            return Optional.empty();
        }
        return Optional.of(e.last());
    }

    public synchronized void remember(String id, Question question) {
        entries.put(id, new Entry(question, clock.instant()));
    }

    public synchronized int size() {
        return entries.size();
    }
}
