package se.kommunsvar.parse;

import java.util.ArrayList;
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

    /** The blocks of the element's text; whitespace folded, empty and punctuation-only blocks left out. */
    static List<Block> of(Element root) {
        HtmlBlocks blocks = new HtmlBlocks();
        blocks.walk(root, Block.Kind.PARAGRAPH, 0);
        blocks.flush();
        return blocks.out;
    }

    private void walk(Element e, Block.Kind kind, int level) {
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
        if (!BLOCK_TAGS.contains(tag)) {
            if (SPACED_INLINE.contains(tag)) {
                space();
            }
            children(e, kind, level);
            if (SPACED_INLINE.contains(tag)) {
                space();
            }
            return;
        }
        flush();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            children(e, Block.Kind.HEADING, tag.charAt(1) - '0');
        } else if (tag.equals("li")) {
            children(e, Block.Kind.LIST_ITEM, 0);
        } else if (kind == Block.Kind.HEADING && NOT_IN_HEADING.contains(tag)) {
            children(e, Block.Kind.PARAGRAPH, 0);
        } else {
            children(e, kind, level);
        }
        flush();
    }

    private void children(Element e, Block.Kind kind, int level) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode text) {
                append(text.getWholeText(), kind, level);
            } else if (child instanceof Element element) {
                walk(element, kind, level);
            }
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
