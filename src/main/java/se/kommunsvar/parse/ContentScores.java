package se.kommunsvar.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Scores the elements of a page as the home of its main text, as Readability does (read, not copied): each run of
 * running text gives its container points for its length and its commas, a share of them to the containers above,
 * and a container's points shrink with the share of its text that is links. Class and id words, the {@code main}
 * and {@code article} elements and the content areas of common CMSes are evidence added to the score; no element
 * is taken only because of its name.
 */
final class ContentScores {

    /** Runs of text shorter than this are labels, buttons and captions, not running text (Readability uses 25). */
    static final int MIN_RUN_CHARS = 25;
    /** Ancestors that share in a run's points: the container gets all, the next half, then a third of the rest. */
    private static final int ANCESTOR_LEVELS = 5;
    /** Weight of one class or id word that says "content" or "frame": as much as a few paragraphs of text. */
    static final int CLASS_WEIGHT = 25;
    /** Weight of semantic content markup ({@code main}, {@code article}, {@code itemprop=articleBody}, CMS content ids). */
    private static final int MARKUP_WEIGHT = 25;

    /** Class/id words of content containers (article, entry, post, story, body text; Swedish "innehåll", "brödtext"). */
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|innehall|brodtext|pagecontent|svid94");
    /** Class/id words of page-frame parts: menus, side columns, footers, comments, sharing, related links, ads. */
    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|^ad-|-ad$|^ads?$|hidden|^hid$| hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta"
            + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser"
            + "|byline|author|dateline|breadcrumb|cookie|newsletter|subscribe|social|popup|modal|recommend|trending|pagination"
            + "|pager|nav|menu|most-?read|mest-?last|relaterat|puff|dela|kommentar");

    /** A rival scores at least this share of the best container (Readability's 0.75)... */
    private static final double RIVAL_SHARE = 0.75;
    /** ...and this many rivals make a board of teasers (Readability's 3). */
    private static final int MIN_RIVALS = 3;

    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private ContentScores() {
    }

    /** Scores every container of running text under the root. */
    static ContentScores of(Element root) {
        ContentScores s = new ContentScores();
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            s.scoreRun(e, root);
            for (Element child : e.children()) {
                stack.push(child);
            }
        }
        s.scores.replaceAll((e, score) -> score * (1 - linkDensity(e)));
        return s;
    }

    /** The best-scoring container, if any element holds running text. */
    Optional<Element> top() {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * True when the text is spread over several containers that score nearly as well as the best one and do not
     * hold each other: a board of teasers (a start page), not one text. Readability climbs to the common ancestor
     * in this case; here it tells the caller to read the whole content area.
     */
    boolean spread(Element top) {
        double best = score(top);
        int rivals = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element other = e.getKey();
            if (other != top && e.getValue() >= best * RIVAL_SHARE && !related(other, top) && ++rivals >= MIN_RIVALS) {
                return true;
            }
        }
        return false;
    }

    private static boolean related(Element a, Element b) {
        return a.parents().contains(b) || b.parents().contains(a);
    }

    double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    boolean scored(Element e) {
        return scores.containsKey(e);
    }

    /** The element's own running text (inline elements count in the block around them) (its text and inline children, not its blocks) gives points to its containers. */
    private void scoreRun(Element e, Element root) {
        if (!HtmlBlocks.isBlock(e.normalName())) {
            return;
        }
        String own = ownText(e);
        if (own.length() < MIN_RUN_CHARS) {
            return;
        }
        double points = 1 + commas(own) + Math.min(3, own.length() / 100);
        Element container = isParagraph(e) ? e.parent() : e;
        for (int level = 0; level < ANCESTOR_LEVELS && container != null; level++) {
            double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            Element c = container;
            scores.put(c, scores.containsKey(c) ? scores.get(c) + points / share : initial(c) + points / share);
            if (container == root) {
                break;
            }
            container = container.parent();
        }
    }

    private static boolean isParagraph(Element e) {
        return switch (e.normalName()) {
            case "p", "pre", "li", "dd", "dt", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6" -> e.parent() != null;
            default -> false;
        };
    }

    /** The score a container starts from: its kind, its class and id words, and semantic content markup. */
    static double initial(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form", "aside", "nav", "footer", "header" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + classWeight(e) + markupWeight(e);
    }

    /** +25 for each of class and id that says content, −25 for each that says page frame. */
    static int classWeight(Element e) {
        return wordWeight(e.className()) + wordWeight(e.id());
    }

    private static int wordWeight(String words) {
        if (words.isEmpty()) {
            return 0;
        }
        String w = words.toLowerCase(Locale.ROOT);
        int weight = 0;
        if (NEGATIVE.matcher(w).find()) {
            weight -= CLASS_WEIGHT;
        }
        if (POSITIVE.matcher(w).find()) {
            weight += CLASS_WEIGHT;
        }
        return weight;
    }

    private static int markupWeight(Element e) {
        String tag = e.normalName();
        boolean marked = tag.equals("main") || tag.equals("article") || e.attr("role").equals("main")
                || e.attr("itemprop").equalsIgnoreCase("articleBody");
        return marked ? MARKUP_WEIGHT : 0;
    }

    /** The text an element holds itself: its text nodes and inline children, not the blocks inside it. */
    static String ownText(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.text());
            } else if (child instanceof Element c && !HtmlBlocks.isBlock(c.normalName())) {
                out.append(c.text());
            }
        }
        return out.toString().strip();
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    /** The share of the element's text that is link text (0 when it has none). */
    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        List<Element> anchors = e.select("a");
        for (Element a : anchors) {
            String href = a.attr("href");
            double weight = href.startsWith("#") ? 0.3 : 1;
            links += (int) (a.text().length() * weight);
        }
        return Math.min(1, (double) links / all);
    }
}
