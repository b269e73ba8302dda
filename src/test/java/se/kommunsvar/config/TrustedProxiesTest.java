package se.kommunsvar.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final TrustedProxies PROXIES = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8, 2001:db8::/32");

    @Test
    void addresses_and_ranges_of_both_families_are_trusted_and_nothing_else() {
        assertTrue(PROXIES.trusts("127.0.0.1"));
        assertFalse(PROXIES.trusts("127.0.0.2"));
        assertTrue(PROXIES.trusts("10.200.3.4"));
        assertFalse(PROXIES.trusts("11.0.0.1"));
        assertTrue(PROXIES.trusts("2001:db8:1::7"));
        assertFalse(PROXIES.trusts("2001:db9::1"));
        assertTrue(TrustedProxies.parse("192.168.4.0/22").trusts("192.168.7.255"));
        assertFalse(TrustedProxies.parse("192.168.4.0/22").trusts("192.168.8.0"));
        assertFalse(PROXIES.trusts("localhost"), "a name is never resolved, so never trusted");
    }

    @Test
    void a_peer_that_is_no_trusted_proxy_is_the_client_whatever_it_forwards() {
        assertEquals("198.51.100.7", PROXIES.clientAddress("198.51.100.7", List.of("203.0.113.1")));
        assertEquals("198.51.100.7", TrustedProxies.NONE.clientAddress("198.51.100.7", List.of("203.0.113.1")));
    }

    @Test
    void behind_trusted_proxies_the_right_most_untrusted_address_is_the_client() {
        // the client forged the left-most entry; the proxy appended the address it saw
        assertEquals("203.0.113.9", PROXIES.clientAddress("127.0.0.1", List.of("192.0.2.66, 203.0.113.9")));
        // two trusted hops (10.1.1.1 forwarded to 127.0.0.1)
        assertEquals("203.0.113.9", PROXIES.clientAddress("127.0.0.1", List.of("192.0.2.66, 203.0.113.9", "10.1.1.1")));
        assertEquals("2001:db9:0:0:0:0:0:5", PROXIES.clientAddress("127.0.0.1", List.of("[2001:db9::5]")));
    }

    @Test
    void garbage_in_the_chain_stops_at_the_hop_that_passed_it_on() {
        assertEquals("10.1.1.1", PROXIES.clientAddress("127.0.0.1", List.of("evil.example, 10.1.1.1")));
        assertEquals("127.0.0.1", PROXIES.clientAddress("127.0.0.1", List.of("unknown")));
        assertEquals("127.0.0.1", PROXIES.clientAddress("127.0.0.1", List.of()), "no header: the proxy itself");
    }

    @Test
    void a_bad_entry_in_the_setting_is_reported_not_skipped() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.256"));
        assertTrue(TrustedProxies.parse(" ").isEmpty());
    }

    @Test
    void the_setting_is_read_from_the_environment_once_with_the_others() {
        Settings s = Settings.of(java.nio.file.Path.of("i"), java.nio.file.Path.of("c"), java.nio.file.Path.of("w"), 0,
                false, Map.of(TrustedProxies.ENV, "127.0.0.1"));
        assertTrue(s.trustedProxies().trusts("127.0.0.1"));
        assertTrue(s.describe().contains("trustedProxies=[127.0.0.1]"), s.describe());
    }
}
