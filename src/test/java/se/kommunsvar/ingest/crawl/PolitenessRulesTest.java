package se.kommunsvar.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** robots.txt groups and matching, the private-address guard, and sitemaps read without external entities. */
class PolitenessRulesTest {

    private static final String ROBOTS = """
            User-agent: Googlebot
            Disallow: /

            User-agent: *
            Disallow: /sok
            Disallow: /*.pdf$
            Allow: /sok/hjalp
            Crawl-delay: 3

            Sitemap: https://www.example.se/sitemap.xml
            """;

    @Test
    void robots_txt_applies_the_star_group_with_the_longest_match_and_reads_delay_and_sitemaps() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, CrawlSettings.ROBOTS_AGENT);
        assertTrue(rules.allows("/kommun-och-politik/"));
        assertFalse(rules.allows("/sok?q=skatt"));
        assertTrue(rules.allows("/sok/hjalp"));
        assertFalse(rules.allows("/filer/budget.pdf"));
        assertTrue(rules.allows("/filer/budget.pdf.html"));
        assertEquals(Optional.of(Duration.ofSeconds(3)), rules.crawlDelay());
        assertEquals(List.of("https://www.example.se/sitemap.xml"), rules.sitemaps());
    }

    @Test
    void a_group_naming_our_agent_wins_over_the_star_group() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /\n\nUser-agent: Kommunsvar\nDisallow: /intern/\n", "kommunsvar");
        assertTrue(rules.allows("/kommun/"));
        assertFalse(rules.allows("/intern/x"));
    }

    @Test
    void loopback_private_link_local_cgnat_and_ula_addresses_are_private_and_public_ones_are_not() throws Exception {
        for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
                "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd12:3456::1", "::ffff:10.0.0.1")) {
            assertTrue(AddressGuard.isPrivate(InetAddress.getByName(a)), a);
        }
        for (String a : List.of("8.8.8.8", "193.44.0.1", "100.128.0.1", "2001:4860:4860::8888")) {
            assertFalse(AddressGuard.isPrivate(InetAddress.getByName(a)), a);
        }
        FetchException e = assertThrows(FetchException.class, () -> new AddressGuard(false).check(URI.create("http://localhost:8080/")));
        assertEquals("refused", e.kind());
        assertEquals(AddressGuard.NOT_HTTP, assertThrows(FetchException.class,
                () -> new AddressGuard(true).check(URI.create("file:///etc/passwd"))).kind());
    }

    @Test
    void a_sitemap_with_an_external_entity_is_refused_and_a_plain_one_is_read() throws Exception {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE u [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>&x;</loc></url></urlset>";
        assertThrows(FetchException.class, () -> Sitemap.parse("https://a.se/sitemap.xml", "", evil.getBytes(StandardCharsets.UTF_8)));
        Sitemap ok = Sitemap.parse("https://a.se/sitemap.xml", "", ("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc> https://a.se/x </loc>"
                + "</url></urlset>").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("https://a.se/x"), ok.locs());
    }
}
