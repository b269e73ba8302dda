package se.kommunsvar.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main content of a page and cuts the page frame out of it. What is never read goes first (scripts,
 * templates, forms without content, hidden elements, copies for small screens). Then the page's blocks of
 * running text are scored ({@link ContentScores}): a page that is one text is read from its best container
 * ({@link OneText}); a board of teasers (a site's start page, or text spread over rival boxes) is read from its
 * marked content area ({@code main}, a single {@code article}, the content areas of Sitevision, EPiServer,
 * WordPress and Drupal) or, without one, from its body with menus cut out.
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
        OneText.removeUnlikely(body);
        ContentScores scores = ContentScores.of(body);
        Optional<Element> top = scores.top();
        if (top.isPresent() && isOneText(top.get(), scores, url)) {
            return new Found(OneText.read(top.get(), scores), true);
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
