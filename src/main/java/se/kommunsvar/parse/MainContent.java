package se.kommunsvar.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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

    /** The element that holds the page's main content, its frame cut out; the body when nothing marks it. */
    static Element find(Document doc) {
        Element body = doc.body();
        Element main = largest(body, "main, [role=main]");
        if (main != null) {
            return prune(main, false);
        }
        List<Element> articles = candidates(body, "article");
        if (articles.size() == 1) {
            return prune(articles.get(0), false);
        }
        for (String selector : CMS) {
            Element found = largest(body, selector);
            if (found != null) {
                return innermost(prune(found, false), selector);
            }
        }
        return prune(body, true);
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
