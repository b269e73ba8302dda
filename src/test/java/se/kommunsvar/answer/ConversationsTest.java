package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import se.kommunsvar.municipality.MunicipalityDirectory;

class ConversationsTest {

    private final QuestionReader reader = new QuestionReader(MunicipalityDirectory.standard(), Vocabulary.standard());

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2024-05-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void a_conversation_remembers_its_last_question() {
        Conversations c = new Conversations(10, Duration.ofMinutes(30), new TestClock());
        c.remember("a", reader.read("Vilka partier styr i Hedemora?"));
        c.remember("a", reader.read("Vad är Smedjebackens vision?"));
        assertEquals("Smedjebacken", c.last("a").orElseThrow().municipality().orElseThrow().name());
        assertTrue(c.last("b").isEmpty());
    }

    @Test
    void the_least_recently_used_conversation_goes_first_when_full() {
        Conversations c = new Conversations(2, Duration.ofMinutes(30), new TestClock());
        c.remember("a", reader.read("Vad är Moras vision?"));
        c.remember("b", reader.read("Vad är Salas vision?"));
        c.last("a");
        c.remember("c", reader.read("Vad är Eksjös vision?"));
        assertEquals(2, c.size());
        assertTrue(c.last("a").isPresent());
        assertTrue(c.last("b").isEmpty());
        assertTrue(c.last("c").isPresent());
    }

    @Test
    void a_conversation_expires_after_its_maximum_age() {
        TestClock clock = new TestClock();
        Conversations c = new Conversations(10, Duration.ofMinutes(30), clock);
        c.remember("a", reader.read("Vad är Moras vision?"));
        clock.advance(Duration.ofMinutes(29));
        assertTrue(c.last("a").isPresent());
        clock.advance(Duration.ofMinutes(2));
        assertTrue(c.last("a").isEmpty());
        assertEquals(0, c.size());
    }

    @Test
    void new_ids_are_unguessable_hex() {
        String a = Conversations.newId();
        assertTrue(a.matches("[0-9a-f]{24}"), a);
        assertNotEquals(a, Conversations.newId());
    }
}
