package se.kommunsvar.ingest.crawl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of a robots.txt for our agent: the group naming {@value CrawlSettings#ROBOTS_AGENT} if there is one,
 * else the {@code *} group. Allow and Disallow by longest match (Allow wins a tie), {@code *} and {@code $}
 * patterns, Crawl-delay, and the Sitemap lines (which belong to no group).
 */
public record RobotsRules(List<Rule> rules, Optional<Duration> crawlDelay, List<String> sitemaps) {

    /** One Allow or Disallow line. */
    public record Rule(boolean allow, String pattern) {

        boolean matches(String path) {
            String p = pattern.endsWith("$") ? pattern.substring(0, pattern.length() - 1) : pattern;
            String regex = ("\\Q" + p.replace("*", "\\E.*\\Q") + "\\E") + (pattern.endsWith("$") ? "" : ".*");
            return path.matches(regex);
        }
    }

    public RobotsRules {
        rules = List.copyOf(rules);
        sitemaps = List.copyOf(sitemaps);
    }

    public static RobotsRules allowAll() {
        return new RobotsRules(List.of(), Optional.empty(), List.of());
    }

    /** Nothing may be fetched: what a robots.txt that cannot be read (5xx) means. */
    public static RobotsRules disallowAll() {
        return new RobotsRules(List.of(new Rule(false, "/")), Optional.empty(), List.of());
    }

    /** May the path (with its query) be fetched? */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule r : rules) {
            if (r.pattern().isEmpty() || !r.matches(path)) {
                continue;
            }
            if (best == null || r.pattern().length() > best.pattern().length()
                    || r.pattern().length() == best.pattern().length() && r.allow()) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    public static RobotsRules parse(String text, String agent) {
        List<Group> groups = new ArrayList<>();
        List<String> sitemaps = new ArrayList<>();
        Group current = null;
        boolean lastWasAgent = false;
        for (String raw : text.lines().toList()) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "user-agent" -> {
                    if (current == null || !lastWasAgent) {
                        current = new Group();
                        groups.add(current);
                    }
                    current.agents.add(value.toLowerCase(Locale.ROOT));
                    lastWasAgent = true;
                    continue;
                }
                case "allow", "disallow" -> {
                    if (current != null) {
                        current.rules.add(new Rule(key.equals("allow"), value));
                    }
                }
                case "crawl-delay" -> {
                    if (current != null) {
                        current.delay = parseDelay(value);
                    }
                }
                case "sitemap" -> sitemaps.add(value);
                default -> {
                }
            }
            lastWasAgent = false;
        }
        String ours = agent.toLowerCase(Locale.ROOT);
        Optional<Group> chosen = groups.stream().filter(g -> g.agents.stream().anyMatch(a -> !a.equals("*") && ours.contains(a)))
                .findFirst().or(() -> groups.stream().filter(g -> g.agents.contains("*")).findFirst());
        return new RobotsRules(chosen.map(g -> g.rules).orElse(List.of()), chosen.flatMap(g -> g.delay), sitemaps);
    }

    private static Optional<Duration> parseDelay(String value) {
        try {
            double seconds = Double.parseDouble(value);
            return seconds > 0 ? Optional.of(Duration.ofMillis((long) (Math.min(seconds, 60) * 1000))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static final class Group {
        final List<String> agents = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();
        Optional<Duration> delay = Optional.empty();
    }
}
