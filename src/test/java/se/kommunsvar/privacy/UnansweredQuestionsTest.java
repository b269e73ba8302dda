package se.kommunsvar.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnansweredQuestionsTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-10T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void only_redacted_text_is_kept() {
        UnansweredQuestions store = new UnansweredQuestions(Duration.ofDays(30), 100, clock);
        store.record("Får jag bygglov? Mitt personnummer är 850101-1234, mejla namn@example.se", Optional.of("Hedemora"));
        UnansweredQuestion q = store.list().get(0);
        assertEquals("Får jag bygglov? Mitt personnummer är [personnummer], mejla [e-post]", q.question());
        assertEquals("Hedemora", q.municipality());
        assertFalse(q.question().contains("1234"));
    }

    @Test
    void the_same_question_differently_cased_and_spaced_is_counted_once() {
        UnansweredQuestions store = new UnansweredQuestions(Duration.ofDays(30), 100, clock);
        store.record("Var kan jag parkera?", Optional.empty());
        clock.advance(Duration.ofHours(1));
        store.record("  var KAN jag   parkera ", Optional.empty());
        store.record("Hur söker jag förskola?", Optional.empty());
        List<UnansweredQuestion> list = store.list();
        assertEquals(2, list.size());
        assertEquals("Var kan jag parkera?", list.get(0).question());
        assertEquals(2, list.get(0).count());
        assertEquals(Instant.parse("2026-01-10T10:00:00Z"), list.get(0).firstSeen());
        assertEquals(Instant.parse("2026-01-10T11:00:00Z"), list.get(0).lastSeen());
    }

    @Test
    void questions_about_different_municipalities_are_kept_apart() {
        UnansweredQuestions store = new UnansweredQuestions(Duration.ofDays(30), 100, clock);
        store.record("Var finns återvinningen?", Optional.of("Hedemora"));
        store.record("Var finns återvinningen?", Optional.of("Hallsberg"));
        assertEquals(2, store.list().size());
    }

    @Test
    void questions_not_asked_again_within_the_retention_time_are_forgotten() {
        UnansweredQuestions store = new UnansweredQuestions(Duration.ofDays(30), 100, clock);
        store.record("Gammal fråga", Optional.empty());
        clock.advance(Duration.ofDays(29));
        store.record("Ny fråga", Optional.empty());
        clock.advance(Duration.ofDays(2));
        assertEquals(List.of("Ny fråga"), store.list().stream().map(UnansweredQuestion::question).toList());
    }

    @Test
    void when_full_the_least_recently_asked_question_makes_room() {
        UnansweredQuestions store = new UnansweredQuestions(Duration.ofDays(30), 2, clock);
        store.record("första", Optional.empty());
        clock.advance(Duration.ofMinutes(1));
        store.record("andra", Optional.empty());
        clock.advance(Duration.ofMinutes(1));
        store.record("första", Optional.empty());
        clock.advance(Duration.ofMinutes(1));
        store.record("tredje", Optional.empty());
        List<String> kept = store.list().stream().map(UnansweredQuestion::question).toList();
        assertEquals(2, kept.size());
        assertTrue(kept.containsAll(List.of("första", "tredje")), kept.toString());
    }
}
