package se.kommunsvar.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void the_limit_is_on_by_default_and_read_from_the_environment() {
        Path p = Path.of(".");
        assertEquals(RateLimit.DEFAULT, Settings.of(p, p, p, 0, false, Map.of()).rateLimit());
        assertTrue(RateLimit.DEFAULT.enabled());
        assertEquals(new RateLimit(50, 2.5), Settings.of(p, p, p, 0, false, Map.of(Settings.RATE_LIMIT_ENV, " 50, 2.5 ")).rateLimit());
        assertFalse(Settings.of(p, p, p, 0, false, Map.of(Settings.RATE_LIMIT_ENV, "off")).rateLimit().enabled());
    }

    @Test
    void a_malformed_limit_is_refused_with_the_expected_form() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RateLimit.parse("fast"));
        assertTrue(e.getMessage().contains("burst,perSecond"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RateLimit.parse("0,10"));
    }
}
