package se.kommunsvar.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an element's text as blocks in reading order: headings with their level, list items, table rows and
 * paragraphs. A block ends wherever a block-level element starts or ends, so teasers built from {@code div}s and
 * {@code span}s inside one link still come out as separate lines. No text is judged here; see {@link Boilerplate}.
 */
final class HtmlBlocks {

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "header", "hr", "legend", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
            "tfoot", "th", "thead", "tr", "ul", "li", "h1", "h2", "h3", "h4", "h5", "h6");
    /** Blocks that end a heading left open ({@code <h1>Bygglov<p>Du behöver...}): browsers show them as body text. */
    private static final Set<String> NOT_IN_HEADING = Set.of("p", "ul", "ol", "dl", "table", "blockquote", "section",
            "article", "form", "pre", "address");
    /** Inline wrappers that CMS templates use as separate lines (a date above a news title); a space goes between. */
    private static final Set<String> SPACED_INLINE = Set.of("span", "time", "small", "label", "img");

    private final List<Block> out = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private Block.Kind runKind = Block.Kind.PARAGRAPH;
    private int runLevel;

    private HtmlBlocks() {
    }

    /** True for elements that start and end a line of text (paragraphs, list items, table cells, sections...). */
    static boolean isBlock(String tag) {
        return BLOCK_TAGS.contains(tag);
    }

    /** The blocks of the element's text; whitespace folded, empty and punctuation-only blocks left out. */
    static List<Block> of(Element root) {
        HtmlBlocks blocks = new HtmlBlocks();
        blocks.walk(root);
        blocks.flush();
        return blocks.out;
    }

    /**
     * One step of the walk: a node to open (its children to be read in the given heading context), or an element
     * to close. The walk keeps its own stack, so a page nested thousands of elements deep cannot overflow the
     * thread's stack.
     */
    private record Step(Node node, boolean close, Block.Kind kind, int level) {
    }

    private void walk(Element root) {
        Deque<Step> stack = new ArrayDeque<>();
        stack.push(new Step(root, false, Block.Kind.PARAGRAPH, 0));
        while (!stack.isEmpty()) {
            Step step = stack.pop();
            if (step.node() instanceof TextNode text) {
                append(text.getWholeText(), step.kind(), step.level());
            } else if (step.node() instanceof Element e) {
                if (step.close()) {
                    close(e);
                } else {
                    open(e, step.kind(), step.level(), stack);
                }
            }
        }
    }

    /** Reads an element's start; pushes its end and then its children (last first, so they pop in order). */
    private void open(Element e, Block.Kind kind, int level, Deque<Step> stack) {
        String tag = e.normalName();
        if (tag.equals("br")) {
            flush();
            return;
        }
        if (tag.equals("table") && HtmlTables.isDataTable(e)) {
            flush();
            out.addAll(HtmlTables.rows(e));
            return;
        }
        Block.Kind childKind = kind;
        int childLevel = level;
        if (BLOCK_TAGS.contains(tag)) {
            flush();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                childKind = Block.Kind.HEADING;
                childLevel = tag.charAt(1) - '0';
            } else if (tag.equals("li")) {
                childKind = Block.Kind.LIST_ITEM;
                childLevel = 0;
            } else if (kind == Block.Kind.HEADING && NOT_IN_HEADING.contains(tag)) {
                childKind = Block.Kind.PARAGRAPH;
                childLevel = 0;
            }
        } else if (SPACED_INLINE.contains(tag)) {
            space();
        }
        stack.push(new Step(e, true, kind, level));
        List<Node> children = e.childNodes();
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(new Step(children.get(i), false, childKind, childLevel));
        }
    }

    /** Reads an element's end: a block ends its line, a spaced inline element leaves a word boundary. */
    private void close(Element e) {
        String tag = e.normalName();
        if (BLOCK_TAGS.contains(tag)) {
            flush();
        } else if (SPACED_INLINE.contains(tag)) {
            space();
        }
    }

    private void append(String text, Block.Kind kind, int level) {
        if (text.isBlank()) {
            if (!run.isEmpty()) {
                run.append(' ');
            }
            return;
        }
        if (run.toString().isBlank()) {
            runKind = kind;
            runLevel = level;
        }
        run.append(text);
    }

    /** Marks an element boundary: a space unless the next text is punctuation that belongs to the word before. */
    private void space() {
        if (!run.isEmpty()) {
            run.append('\u0001');
        }
    }

    private void flush() {
        String text = Text.fold(joinBoundaries(run.toString()));
        run.setLength(0);
        if (text.chars().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        out.add(switch (runKind) {
            case HEADING -> Block.heading(text, runLevel);
            case LIST_ITEM -> Block.listItem(text);
            default -> Block.paragraph(text);
        });
    }

    /** Element boundaries become a space between two word characters and vanish elsewhere ("kakor</a>."). */
    private static String joinBoundaries(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\u0001') {
                out.append(c);
                continue;
            }
            int next = i + 1;
            while (next < s.length() && s.charAt(next) == '\u0001') {
                next++;
            }
            boolean before = out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1));
            boolean after = next < s.length() && Character.isLetterOrDigit(s.charAt(next));
            if (before && after) {
                out.append(' ');
            }
            i = next - 1;
        }
        return out.toString();
    }
}
