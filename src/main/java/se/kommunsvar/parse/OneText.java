package se.kommunsvar.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a page that is one text (an article, a service page) from its best-scoring container, as Readability
 * does (read, not copied): frame parts named by role, tag, class or id are removed before scoring; the best
 * container is joined by the siblings that continue it; then captions, bylines, sharing, link lines and boxes of
 * links, form fields or images are cut out of it.
 */
final class OneText {

    /** A sibling continues the top container when it scores this share of it, and at least {@link #SIBLING_MIN_SCORE}. */
    private static final double SIBLING_SHARE = 0.2;
    private static final double SIBLING_MIN_SCORE = 10;
    /** A paragraph longer than this (characters) beside the text is text when few of its words are links. */
    private static final int LONG_PARAGRAPH = 80;
    /** A box with this many commas is running text, whatever else it holds. */
    private static final int CLUTTER_MAX_COMMAS = 10;
    /** Link share above which a box is navigation or teasers: 0.2 in a plain box, 0.5 in one named as content. */
    private static final double LINK_DENSITY_PLAIN = 0.2;
    private static final double LINK_DENSITY_CONTENT = 0.5;
    /** Class/id words of the parts articles carry inside their text: bylines, dates, sharing, tags, captions, promotions. */
    private static final Pattern IN_TEXT_FRAME = Pattern.compile("byline|author|dateline|timestamp|pubdate|published"
            + "|share|social|caption|credit|tags|related|promo|newsletter|subscribe|advert|sponsor|breadcrumb|comment"
            + "|rating|toolbar|print|meta|brodsmul|relaterat|kommentar|dela");
    /** Parts that long are text even when named like a frame part (Readability's 500 for "share" parts). */
    private static final int SMALL_PART_CHARS = 500;
    /** A paragraph or heading with this share of link text is a link. */
    private static final double LINK_LINE_DENSITY = 0.8;
    private static final String CONDITIONAL = "form, fieldset, table, ul, ol, div, section, aside, header, footer, nav, figure";
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation", "alert",
            "alertdialog", "dialog", "banner", "contentinfo", "search");
    /** Class/id words of frame parts removed before scoring (Readability's list, with Swedish CMS words added). */
    private static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumb|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
            + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie"
            + "|newsletter|share|brodsmul|relaterat|kommentar");
    /** Markup that says "the text is here": a frame-named wrapper around it is a layout box, not frame. */
    private static final String HOLDS_CONTENT = "main, article, [role=main], [itemprop=articleBody], h1";
    /** Words that keep an element named with an unlikely word too ("main-header" stays, "article-footer" stays). */
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|innehall");
    private OneText() {
    }

    /** The best container with the siblings that continue it, cleared of what is not text. */
    static Element read(Element top, ContentScores scores) {
        Element root = withSiblings(top, scores);
        cleanConditionally(root, scores);
        return root;
    }

    /**
     * Removes, before scoring, elements whose class or id names a frame part (comments, side columns, menus,
     * footers, sharing, related links) unless it also names content, and elements whose role is navigation or a
     * side column. As Readability does, {@code body}, {@code main} and {@code article} are never removed this way.
     */
    static void removeUnlikely(Element body) {
        Deque<Element> stack = new ArrayDeque<>(body.children());
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            if (isUnlikely(e)) {
                e.remove();
                continue;
            }
            stack.addAll(e.children());
        }
    }

    private static boolean isUnlikely(Element e) {
        String tag = e.normalName();
        if (tag.equals("main") || tag.equals("article") || tag.equals("a") || tag.equals("body")
                || e.attr("role").equals("main") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        String role = e.attr("role");
        if (UNLIKELY_ROLES.contains(role) || tag.equals("aside") || tag.equals("footer") || tag.equals("nav")
                || tag.equals("header") && e.closest("article, main, [role=main]") == null) {
            return true;
        }
        String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return UNLIKELY.matcher(words).find() && !MAYBE.matcher(words).find() && !insideTable(e)
                && e.selectFirst(HOLDS_CONTENT) == null;
    }

    private static boolean insideTable(Element e) {
        Element p = e.parent();
        for (int i = 0; i < 3 && p != null; i++, p = p.parent()) {
            if (p.normalName().equals("table")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The top container with the siblings that continue it (Readability's rule, read not copied): a sibling that
     * scores at least a fifth of the top, or a paragraph of running text with few links. One sibling: itself.
     */
    private static Element withSiblings(Element top, ContentScores scores) {
        Element parent = top.parent();
        if (parent == null) {
            return top;
        }
        double threshold = Math.max(SIBLING_MIN_SCORE, scores.score(top) * SIBLING_SHARE);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className())
                    ? scores.score(top) * SIBLING_SHARE : 0;
            if (sibling == top || scores.scored(sibling) && scores.score(sibling) + bonus >= threshold
                    || continuesText(sibling)) {
                kept.add(sibling);
            }
        }
        if (kept.size() == 1) {
            return top;
        }
        Element root = new Element("div");
        for (Element e : kept) {
            root.appendChild(e);
        }
        return root;
    }

    /** A paragraph of running text beside the top container: long with few links, or a short linkless sentence. */
    private static boolean continuesText(Element e) {
        if (!e.normalName().equals("p")) {
            return false;
        }
        String text = e.text();
        double links = ContentScores.linkDensity(e);
        return text.length() > LONG_PARAGRAPH && links < 0.25
                || !text.isEmpty() && text.length() <= LONG_PARAGRAPH && links == 0 && SENTENCE_END.matcher(text).find();
    }

    /**
     * Removes from the chosen content what is not text: blocks named as frame parts, and lists, tables and boxes
     * that are mostly links, mostly form fields or images without text (Readability's "clean conditionally").
     */
    private static void cleanConditionally(Element root, ContentScores scores) {
        root.select("figcaption, figure").remove();
        for (Element e : root.select("*")) {
            if (e != root && e.parent() != null && isSmallFramePart(e)) {
                e.remove();
            }
        }
        for (Element p : root.select("p, h2, h3, h4, h5, h6")) {
            if (p.parent() != null && isLinkLine(p)) {
                p.remove();
            }
        }
        List<Element> boxes = new ArrayList<>(root.select(CONDITIONAL));
        Collections.reverse(boxes);
        for (Element e : boxes) {
            if (e != root && e.parent() != null && isClutter(e, scores)) {
                e.remove();
            }
        }
        for (Element h : root.select("h1, h2, h3, h4, h5, h6")) {
            if (ContentScores.classWeight(h) < 0) {
                h.remove();
            }
        }
    }

    /** A small part inside the text named as byline, sharing, tags, caption or promotion (Readability drops "share" parts). */
    private static boolean isSmallFramePart(Element e) {
        String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return !words.isBlank() && IN_TEXT_FRAME.matcher(words).find() && e.text().length() < SMALL_PART_CHARS;
    }

    /** A line that is only a link ("Read more on ...", a related article's title): a way out of the text, not text. */
    private static boolean isLinkLine(Element e) {
        String text = e.text();
        return !text.isEmpty() && ContentScores.linkDensity(e) >= LINK_LINE_DENSITY;
    }

    private static boolean isClutter(Element e, ContentScores scores) {
        int weight = ContentScores.classWeight(e);
        // a box named as frame goes unless its own text redeems it; a list's or form's low starting score alone
        // (an ordered list of goals scored as the container of its items) is no reason to drop it
        if (weight < 0 && weight + scores.score(e) < 0) {
            return true;
        }
        String text = e.text();
        if (commas(text) >= CLUTTER_MAX_COMMAS) {
            return false;
        }
        int paragraphs = e.select("p").size();
        int images = e.select("img").size();
        int inputs = e.select("input, select, textarea").size();
        double links = ContentScores.linkDensity(e);
        boolean list = e.normalName().equals("ul") || e.normalName().equals("ol");
        return images > 1 && paragraphs * 2 < images && e.closest("figure") == null
                || inputs > paragraphs / 3 && inputs > 0
                || !list && text.length() < ContentScores.MIN_RUN_CHARS && !e.select("a").isEmpty()
                || weight < ContentScores.CLASS_WEIGHT && links > LINK_DENSITY_PLAIN
                || weight >= ContentScores.CLASS_WEIGHT && links > LINK_DENSITY_CONTENT;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

}
