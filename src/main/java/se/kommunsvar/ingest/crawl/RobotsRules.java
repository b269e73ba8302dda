package se.kommunsvar.ingest.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of a robots.txt for our agent, read by crawler-commons' {@link SimpleRobotRulesParser} as RFC 9309
 * says: the groups naming our product token exactly (case-insensitive; several groups for it are merged), else the
 * {@code *} groups; Allow and Disallow by the longest match in octets (Allow wins a tie), {@code *} and {@code $}
 * matched without backtracking (a greedy scan, linear in the path per pattern piece), percent-encoding normalised,
 * a UTF-8 BOM and non-UTF-8 bytes tolerated. Our own policy sits around it: how a missing or failing robots.txt is
 * read ({@link #forStatus}) and the longest Crawl-delay we honour ({@link #MAX_CRAWL_DELAY}).
 */
public final class RobotsRules {

    /**
     * The longest Crawl-delay honoured: a site asking for more is crawled at one page a minute rather than refused
     * or left to stall a crawl whose time budget then ends it (a municipal site asking for more is a typo).
     */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);
    /** A base for origin-relative paths: only the path and query of an address are matched. */
    private static final String ANY_ORIGIN = "http://robots.invalid";

    private final BaseRobotRules rules;

    private RobotsRules(BaseRobotRules rules) {
        this.rules = rules;
    }

    public static RobotsRules allowAll() {
        return new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));
    }

    /** Nothing may be fetched: what a robots.txt that cannot be read (5xx) means. */
    public static RobotsRules disallowAll() {
        return new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE));
    }

    /**
     * The rules when robots.txt answered a status other than 200 (RFC 9309 §2.3.1): 4xx means there are none (all
     * allowed), 5xx and anything else means the site cannot say (nothing allowed).
     */
    public static RobotsRules forStatus(int status) {
        return status >= 400 && status < 500 ? allowAll() : disallowAll();
    }

    /** Parses robots.txt text for one product token ("kommunsvar"). */
    public static RobotsRules parse(String text, String agent) {
        return parse(text.getBytes(StandardCharsets.UTF_8), agent);
    }

    /** Parses robots.txt bytes (UTF-8, with or without BOM; other encodings bridged) for one product token. */
    public static RobotsRules parse(byte[] content, String agent) {
        return parse(ANY_ORIGIN + "/robots.txt", content, agent.isBlank() ? List.of() : List.of(agent));
    }

    /**
     * Parses for several product tokens, whose groups are merged; an empty list reads the {@code *} groups.
     * Relative Sitemap lines are resolved against the robots.txt address.
     */
    static RobotsRules parse(String robotsUrl, byte[] content, Collection<String> agents) {
        SimpleRobotRulesParser parser = parser();
        parser.setExactUserAgentMatching(true);
        List<String> tokens = agents.stream().map(a -> a.toLowerCase(Locale.ROOT)).filter(a -> !a.equals("*")).toList();
        return new RobotsRules(parser.parseContent(robotsUrl, literalAsciiEscapes(content), "text/plain", tokens));
    }

    /**
     * crawler-commons' older matching of a whole User-Agent string by word prefixes, which RFC 9309 does not ask
     * for; only the conformance test uses it, to run that library's legacy cases through this class.
     */
    @SuppressWarnings("deprecation")
    static RobotsRules parseLegacy(String robotsUrl, byte[] content, String agentString) {
        SimpleRobotRulesParser parser = parser();
        parser.setExactUserAgentMatching(false);
        return new RobotsRules(parser.parseContent(robotsUrl, literalAsciiEscapes(content), "text/plain", agentString));
    }

    private static SimpleRobotRulesParser parser() {
        // no upper bound inside the library (it would refuse the whole site); MAX_CRAWL_DELAY caps it instead
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, SimpleRobotRulesParser.DEFAULT_MAX_WARNINGS);
        return parser;
    }

    /** May the origin-relative path (with its query), as sent on the wire, be fetched? */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        return rules.isAllowed(ANY_ORIGIN + literalPath(path.startsWith("/") ? path : "/" + path));
    }

    /**
     * May the absolute address be fetched? Its path and query are matched as they are sent on the wire: the caller
     * passes the percent-encoded (ASCII) form, as {@link java.net.URI#toASCIIString()} gives it.
     */
    public boolean allowsUrl(String url) {
        int scheme = url.indexOf("://");
        int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        int query = url.indexOf('?', scheme < 0 ? 0 : scheme + 3);
        int start = slash < 0 ? query : query < 0 ? slash : Math.min(slash, query);
        return allows(start < 0 ? "/" : url.substring(start));
    }

    /**
     * Percent-escapes of ASCII letters and digits ({@code %62}) are compared literally, as in Google's reference
     * parser and its RFC 9309 tests: a rule {@code /%62az} matches the address {@code /%62az} but not {@code /baz}.
     * crawler-commons decodes them on both sides, so each is handed to it as {@code %2562}, which it keeps. Every
     * other escape is left to crawler-commons' normalisation ({@code %7E} is {@code ~}; the UTF-8 of å, ä, ö is
     * compared encoded, so a rule written {@code /förskola} or {@code /f%C3%B6rskola} matches {@code /f%C3%B6rskola}).
     */
    private static byte[] literalAsciiEscapes(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 16);
        boolean lineStart = true;
        boolean keepLine = false;
        for (int i = 0; i < content.length; i++) {
            byte b = content[i];
            if (b == '\n' || b == '\r') {
                lineStart = true;
                out.write(b);
                continue;
            }
            if (lineStart && b != ' ' && b != '\t') {
                keepLine = startsWithIgnoreCase(content, i, "sitemap");
                lineStart = false;
            }
            out.write(b);
            if (!keepLine && b == '%' && i + 2 < content.length && isAlphanumericEscape(content[i + 1], content[i + 2])) {
                out.writeBytes(new byte[] {'2', '5'});
            }
        }
        return out.toByteArray();
    }

    /** The path with {@link #literalAsciiEscapes} applied, and raw non-ASCII characters made unmatchable. */
    private static String literalPath(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && isAlphanumericEscape(path.charAt(i + 1), path.charAt(i + 2))) {
                out.append("%25");
                continue;
            } else if (c > 0x7f) {
                // a raw (unencoded) character is not what goes on the wire; as in Google's tests it matches no rule
                int end = Character.isHighSurrogate(c) && i + 1 < path.length() ? i + 2 : i + 1;
                for (byte b : path.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append("%25").append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
                i = end - 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean startsWithIgnoreCase(byte[] content, int from, String word) {
        if (from + word.length() > content.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase((char) (content[from + k] & 0xff)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code %hi lo} escapes an ASCII letter or digit (which nobody escapes but to mean the escape). */
    private static boolean isAlphanumericEscape(int hi, int lo) {
        int h = Character.digit(hi, 16);
        int l = Character.digit(lo, 16);
        if (h < 0 || l < 0) {
            return false;
        }
        int c = h * 16 + l;
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The Crawl-delay of the chosen group, capped at {@link #MAX_CRAWL_DELAY}; empty when none or not above 0. */
    public Optional<Duration> crawlDelay() {
        return rawCrawlDelay().filter(d -> !d.isZero() && !d.isNegative())
                .map(d -> d.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : d);
    }

    /** The Crawl-delay as written (in milliseconds), before our cap. */
    Optional<Duration> rawCrawlDelay() {
        long millis = rules.getCrawlDelay();
        return millis == BaseRobotRules.UNSET_CRAWL_DELAY ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    }

    /** The Sitemap lines, which belong to no group. */
    public List<String> sitemaps() {
        return List.copyOf(rules.getSitemaps());
    }

    @Override
    public String toString() {
        return rules.toString();
    }
}
