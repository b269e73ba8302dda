package se.kommunsvar.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crawlercommons.filters.basic.BasicURLNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every case of the third-party suites in {@code ../shared/bench/crawl-conformance} run through the crawler's own
 * {@link RobotsRules} and {@link Sitemap}: Google's robots.txt tests (RFC 9309 and Google-specific), crawler-commons'
 * robots cases (one product token as RFC 9309 says, and that library's legacy whole-string matching), its Crawl-delay
 * and Sitemap-line cases, and its sitemap cases read leniently (no "under the sitemap's folder" filter, which the crawl
 * replaces by its own scope). Failures are printed with their source line.
 */
class RobotsAndSitemapConformanceTest {

    static final Path SUITE = Path.of("../shared/bench/crawl-conformance");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void robots_txt_cases_pass_every_rfc_9309_case_of_google_and_crawler_commons() throws IOException {
        Map<String, int[]> groups = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (JsonNode c : JSON.readTree(SUITE.resolve("robotstxt/cases.json").toFile())) {
            String group = group(c);
            boolean allowed = rules(c, "http://robots.invalid/robots.txt").allowsUrl(c.get("url").asText());
            int[] counts = groups.computeIfAbsent(group, g -> new int[2]);
            counts[1]++;
            if (allowed == c.get("allowed").asBoolean()) {
                counts[0]++;
            } else {
                failures.add(group + " " + c.get("source").asText() + ": " + abbreviate(c.get("url").asText()) + " for "
                        + c.get("agent").asText() + " expected " + (c.get("allowed").asBoolean() ? "allowed" : "disallowed"));
            }
        }
        int passed = groups.values().stream().mapToInt(g -> g[0]).sum();
        int total = groups.values().stream().mapToInt(g -> g[1]).sum();
        StringBuilder report = new StringBuilder("robots.txt conformance: " + passed + "/" + total);
        groups.forEach((g, n) -> report.append("\n  ").append(g).append(": ").append(n[0]).append('/').append(n[1]));
        failures.forEach(f -> report.append("\n  FAIL ").append(f));
        System.out.println(report);

        assertEquals(590, total, "the suite has 590 cases");
        assertFull(groups, "google-robotstxt rfc9309", 72, report);
        assertFull(groups, "crawler-commons rfc9309", 38, report);
        // the rest: Google-only extensions (agent up to the first space, lines cut at 16 kB) and crawler-commons' legacy
        // whole-string agent matching, refusal of a big Crawl-delay (we cap it) and raw-Unicode addresses
        assertTrue(passed >= 580, report.toString());
    }

    @Test
    void crawl_delay_and_sitemap_lines_are_read_as_crawler_commons_expects() throws IOException {
        List<String> failures = new ArrayList<>();
        int total = 0;
        for (JsonNode c : JSON.readTree(SUITE.resolve("robotstxt/extras-crawl-delay-sitemaps.json").toFile())) {
            total++;
            RobotsRules rules = rules(c, c.get("robots_url").asText() + "/robots.txt");
            if (c.has("crawl_delay_ms")) {
                Optional<Duration> expected = c.get("crawl_delay_ms").isNull() ? Optional.empty()
                        : Optional.of(Duration.ofMillis(c.get("crawl_delay_ms").asLong()));
                if (!expected.equals(rules.rawCrawlDelay())) {
                    failures.add(c.get("source").asText() + ": delay " + rules.rawCrawlDelay() + ", expected " + expected);
                }
            } else {
                List<String> expected = new ArrayList<>();
                c.get("sitemaps").forEach(s -> expected.add(s.asText()));
                if (!expected.equals(rules.sitemaps())) {
                    failures.add(c.get("source").asText() + ": sitemaps " + rules.sitemaps() + ", expected " + expected);
                }
            }
        }
        System.out.println("Crawl-delay and Sitemap lines: " + (total - failures.size()) + "/" + total + failures);
        assertEquals(30, total);
        assertEquals(List.of(), failures);
    }

    @Test
    void sitemap_cases_pass_when_read_leniently_and_every_doctype_is_refused() throws IOException {
        int inScope = 0;
        int inScopePassed = 0;
        int total = 0;
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode c : JSON.readTree(SUITE.resolve("sitemaps/cases.json").toFile())) {
            String outcome = outcome(c);
            boolean ok = outcome.equals(expectedOutcome(c));
            total++;
            passed += ok ? 1 : 0;
            if (c.get("in_project_scope").asBoolean()) {
                inScope++;
                inScopePassed += ok ? 1 : 0;
            }
            if (!ok) {
                failures.add(c.get("source").asText() + ": got " + outcome + "\n      expected " + expectedOutcome(c));
            }
        }
        String report = "sitemap conformance (lenient): " + inScopePassed + "/" + inScope + " XML cases, " + passed + "/"
                + total + " with text, RSS and Atom" + failures.stream().map(f -> "\n  FAIL " + f).reduce("", String::concat);
        System.out.println(report);
        assertEquals(42, inScope);
        assertEquals(inScope, inScopePassed, report);
        assertEquals(total, passed, report);
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…(" + s.length() + " chars)";
    }

    private static String group(JsonNode c) {
        String suite = c.get("suite").asText();
        if (c.path("google_specific").asBoolean(false)) {
            return suite + " google-specific";
        }
        return suite + " " + c.get("agent_matching").asText();
    }

    private static void assertFull(Map<String, int[]> groups, String group, int size, StringBuilder report) {
        int[] n = groups.get(group);
        assertEquals(size, n[1], group + " size");
        assertEquals(size, n[0], group + " must all pass\n" + report);
    }

    /** The rules of a case, read as its agent matching says. */
    private static RobotsRules rules(JsonNode c, String robotsUrl) {
        byte[] bytes = c.has("robots_b64") ? Base64.getDecoder().decode(c.get("robots_b64").asText())
                : c.get("robots").asText().getBytes(StandardCharsets.UTF_8);
        String agent = c.get("agent").asText();
        if (!c.get("agent_matching").asText().equals("rfc9309")) {
            return RobotsRules.parseLegacy(robotsUrl, bytes, agent);
        }
        List<String> agents = new ArrayList<>();
        if (c.has("agents")) {
            c.get("agents").forEach(a -> agents.add(a.asText()));
        } else if (!agent.isEmpty()) {
            agents.add(agent);
        }
        return RobotsRules.parse(robotsUrl, bytes, agents);
    }

    /** What the project expects: crawler-commons' lenient result, except that a DOCTYPE is always refused. */
    private static String expectedOutcome(JsonNode c) {
        JsonNode settings = c.get("settings");
        JsonNode expected = c.get("expected_lenient").isNull() ? c.get("expected") : c.get("expected_lenient");
        if (settings.get("allow_doctype").asBoolean()) {
            return "refused";
        }
        if (expected.has("exception")) {
            return "refused";
        }
        List<String> entries = new ArrayList<>();
        JsonNode list = expected.get("is_index").asBoolean() ? expected.get("sitemaps") : expected.get("urls");
        list.forEach(e -> entries.add(e.get("loc").asText() + " " + (e.get("lastmod").isNull() ? "-" : e.get("lastmod").asText())));
        return (expected.get("is_index").asBoolean() ? "index " : "pages ") + entries;
    }

    private static String outcome(JsonNode c) throws IOException {
        byte[] bytes = Files.readAllBytes(SUITE.resolve("sitemaps").resolve(c.get("fixture").asText()));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.contains("@DO_NOT_VISIT@")) {
            bytes = text.replace("@DO_NOT_VISIT@", SUITE.resolve("sitemaps/fixtures/do-not-visit.txt").toAbsolutePath().toString())
                    .getBytes(StandardCharsets.ISO_8859_1);
        }
        JsonNode settings = c.get("settings");
        // the recorded filter is crawler-commons' URL normaliser (scheme added, host lower-cased, fragment dropped)
        BasicURLNormalizer normalizer = new BasicURLNormalizer();
        UnaryOperator<String> rewrite = settings.get("url_filter").isNull() ? UnaryOperator.identity() : normalizer::filter;
        Sitemap.Options options = new Sitemap.Options(settings.get("allow_partial").asBoolean(),
                settings.get("strict_namespace").asBoolean(), rewrite);
        String contentType = c.get("content_type").isNull() ? "" : c.get("content_type").asText();
        try {
            Sitemap s = Sitemap.parse(c.get("sitemap_url").asText(), contentType, bytes, options, loc -> true);
            List<String> entries = s.entries().stream()
                    .map(e -> e.loc() + " " + e.lastModified().map(Object::toString).orElse("-")).toList();
            return (s.index() ? "index " : "pages ") + entries;
        } catch (FetchException e) {
            return "refused";
        }
    }
}
