package se.kommunsvar.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main content of a page and cuts the page frame out of it. Generic signals come first: what is never
 * read (scripts, templates, forms without content), what is hidden or only a copy for small screens, then the
 * {@code main} element or a single {@code article}. CMS hints come second: Sitevision's content areas
 * ({@code svid94_} ids, {@code pagecontent}), and the content containers of EPiServer, WordPress and Drupal.
 * Without either, the body is read with its menus (lists of short links) cut out.
 */
final class MainContent {

    /** Never text a resident reads. */
    private static final String NEVER = "script, style, noscript, template, iframe, object, embed, svg, canvas, video, "
            + "audio, map, button, select, input, textarea, [hidden], [aria-hidden=true], "
            + "[style~=(?i)display:\\s*none], [style~=(?i)visibility:\\s*hidden], "
            + "[class*=sv-visible-sv-bp-], .visible-xs, .hidden-lg.hidden-md, .d-lg-none";

        /** Content containers of the CMSes Swedish municipalities use, in order of trust. */
    private static final List<String> CMS = List.of(
            "[id^=svid94_], .pagecontent",
            "#main-content, #maincontent, #MainContent, #mainContent, #content-main, #innehall, #page-content",
            ".main-content, .entry-content, .page-content, .region-content, #block-system-main, .node__content, #content");

    /** Class or id words that mark page-frame parts: breadcrumbs, cookie banners, share and print tools... */
    private static final Pattern FRAME = Pattern.compile(".*(breadcrumb|brodsmul|cookie|sharebutton|share-?buttons|share-?links"
            + "|social-?share|skip-?link|skip-?to|readspeaker|rs_skip|rs-skip|google-?translate|feedback|hidden-print|hide-on-print"
            + "|noprint|no-print|ienotice|ie-notice|oldbrowser|old-browser|outdated-?browser|browser-?warning|searchform"
            + "|search-?form|jcrmenu-portlet|sv-print-portlet|loginstatus).*|translate|share|search|sok|sokruta|print|skrivut|lyssna");

    private static final int MIN_LETTERS = 20;
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
    /**
     * The deepest element read as structure. Chromium's HTML parser stops nesting at 512 levels (deeper tags become
     * siblings); real municipal pages nest fewer than 40. Below this depth only the text is kept, so that a hostile
     * page nesting thousands of tables cannot make the ancestor and subtree checks run for minutes.
     */
    static final int MAX_DEPTH = 512;

    private MainContent() {
    }

    /** Removes what is never content from the whole page (the frame stays; it still carries contact facts). */
    static void clean(Document doc) {
        flattenBelow(doc.body(), MAX_DEPTH);
        doc.select(NEVER).remove();
        for (Element form : doc.select("form")) {
            if (form.select("main, article, h1, h2, [role=main]").isEmpty()) {
                form.remove();
            }
        }
    }

    /** Replaces what is nested deeper than {@code maxDepth} below the root by its text, walking with an explicit stack. */
    static void flattenBelow(Element root, int maxDepth) {
        Deque<Element> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            int depth = depths.pop();
            if (depth >= maxDepth && !e.children().isEmpty()) {
                String text = e.text();
                e.empty().appendText(text);
                continue;
            }
            for (Element child : e.children()) {
                stack.push(child);
                depths.push(depth + 1);
            }
        }
    }

    /**
     * The element that holds the page's main content, its frame cut out. A page whose running text gathers in one
     * container (an article, a service page) is read from that container and the siblings that continue it; a
     * page of many teasers (a start page) from its marked content area, else its body, with menus cut out.
     */
    /**
     * The main content found on a page.
     *
     * @param root the element to read
     * @param oneText true when the page is one text (an article, a service page), false for a board of teasers
     */
    record Found(Element root, boolean oneText) {
    }

    static Found find(Document doc, String url) {
        Element body = doc.body().clone();
        removeUnlikely(body);
        ContentScores scores = ContentScores.of(body);
        Optional<Element> top = scores.top();
        if (top.isPresent() && isOneText(top.get(), scores, url)) {
            Element root = withSiblings(top.get(), scores);
            cleanConditionally(root, scores);
            return new Found(root, true);
        }
        Element whole = doc.body();
        Element board = contentArea(whole);
        return new Found(board != null ? frameCut(board) : prune(whole, true), false);
    }

    /**
     * True when the page is one text held by the best container: not a site's start page and no rival boxes of
     * teasers. (Also asking the container to hold most of the content area's text lost pages whose area is wrongly
     * marked or full of teasers: F1 0.945 without that test, 0.941 with it.)
     */
    private static boolean isOneText(Element top, ContentScores scores, String url) {
        return !isStartPage(url) && !scores.spread(top);
    }

    /** The marked content area with its frame cut out; Sitevision's nested content areas narrowed to the innermost. */
    private static Element frameCut(Element area) {
        Element pruned = prune(area, false);
        for (String selector : CMS) {
            if (pruned.is(selector)) {
                return innermost(pruned, selector);
            }
        }
        return pruned;
    }

    /** A site's start page (its address has no path) is a board of teasers that lead to the site's texts. */
    static boolean isStartPage(String url) {
        try {
            String path = java.net.URI.create(url).getPath();
            return path == null || path.isEmpty() || path.equals("/") || path.matches("/(index|default|start)\\.\\w+");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The content area the page's markup or CMS names; null when none is marked. */
    private static Element contentArea(Element body) {
        Element main = largest(body, "main, [role=main]");
        if (main != null) {
            return main;
        }
        List<Element> articles = candidates(body, "article");
        if (articles.size() == 1) {
            return articles.get(0);
        }
        for (String selector : CMS) {
            Element found = largest(body, selector);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Removes, before scoring, elements whose class or id names a frame part (comments, side columns, menus,
     * footers, sharing, related links) unless it also names content, and elements whose role is navigation or a
     * side column. As Readability does, {@code body}, {@code main} and {@code article} are never removed this way.
     */
    private static void removeUnlikely(Element body) {
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
        if (weight + scores.score(e) < 0) {
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


    private static List<Element> candidates(Element body, String selector) {
        return body.select(selector).stream().filter(e -> !inFrame(e) && letters(e) >= MIN_LETTERS).toList();
    }

    private static Element largest(Element body, String selector) {
        Element best = null;
        for (Element e : candidates(body, selector)) {
            if (best == null || letters(e) > letters(best)) {
                best = e;
            }
        }
        return best;
    }

    /** A content area that wraps a nested one holding most of its text (Sitevision templates nest them): the nested one. */
    private static Element innermost(Element found, String selector) {
        Element current = found;
        boolean descended = true;
        while (descended) {
            descended = false;
            int size = letters(current);
            for (Element inner : current.select(selector)) {
                if (inner != current && letters(inner) * 10 >= size * 6) {
                    current = inner;
                    descended = true;
                    break;
                }
            }
        }
        return current;
    }

    /**
     * Cuts the page frame out of a content element: frame parts named by class or id, menus (navigation made of
     * short links), and, inside a page rather than an article, its header and footer. With {@code bodyOnly} set,
     * the element is the whole body, so every menu-like list goes too.
     */
    private static Element prune(Element root, boolean bodyOnly) {
        pruneChildren(root, root, bodyOnly);
        return root;
    }

    /** Walks the tree with its own stack (a page may nest thousands of elements): frame parts go, the rest is opened. */
    private static void pruneChildren(Element start, Element root, boolean bodyOnly) {
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(start);
        while (!stack.isEmpty()) {
            for (Element child : List.copyOf(stack.pop().children())) {
                if (isFrame(child, root, bodyOnly)) {
                    child.remove();
                } else {
                    stack.push(child);
                }
            }
        }
    }

    private static boolean isFrame(Element e, Element root, boolean bodyOnly) {
        String tag = e.normalName();
        String role = e.attr("role");
        if (role.equals("banner") || role.equals("contentinfo") || role.equals("search") || named(e)) {
            return true;
        }
        if ((tag.equals("header") || tag.equals("footer")) && !insideArticle(e, root)) {
            return true;
        }
        if (tag.equals("nav") || role.equals("navigation") || role.equals("menu") || role.equals("menubar")) {
            return isMenu(e);
        }
        return bodyOnly && (tag.equals("ul") || tag.equals("ol")) && isMenu(e);
    }

    private static boolean named(Element e) {
        if (FRAME.matcher(e.id().toLowerCase(Locale.ROOT)).matches()) {
            return true;
        }
        for (String cls : e.classNames()) {
            if (FRAME.matcher(cls.toLowerCase(Locale.ROOT)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for navigation: almost all of the text is links, and the links are short ("Barn & utbildning"), unlike
     * teasers whose links carry a sentence of description.
     */
    static boolean isMenu(Element e) {
        List<Element> links = e.select("a");
        int text = letters(e);
        if (text == 0) {
            return true;
        }
        if (links.size() < 2) {
            return false;
        }
        int linkLetters = 0;
        int words = 0;
        for (Element a : links) {
            linkLetters += letters(a);
            words += Text.fold(a.text()).split(" ").length;
        }
        return linkLetters * 10 >= text * 8 && words <= links.size() * 5;
    }

    private static boolean inFrame(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("header") || tag.equals("footer") || tag.equals("nav")) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideArticle(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root.parent(); p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }

    private static int letters(Element e) {
        String text = e.text();
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
