package se.kommunsvar.parse.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import se.kommunsvar.parse.Block;
import se.kommunsvar.parse.Text;

/**
 * Turns runs in reading order into blocks: headings from font size and weight, paragraphs from lines that follow each
 * other closely in one column, list items from their bullets, table rows as they are. Lines broken at a hyphen are
 * joined into the word ("verksam-" + "heten" is "verksamheten"), except a hyphen that suspends a compound before a
 * conjunction ("grund- och gymnasieskola").
 */
final class PdfBlocks {

    /** A line at least this much larger than the body text is a heading (body 10–11 pt, headings from 12–13 pt). */
    private static final float HEADING_SCALE = 1.15f;
    /** Headings are short; a longer line in a large font is a lead paragraph. */
    private static final int MAX_HEADING_CHARS = 150;
    /** Lines of one paragraph are at most this many font sizes apart (line spacing is 1.2–1.5; a blank line is 2+). */
    private static final float PARAGRAPH_SPACING = 1.75f;
    private static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦●■□‣⁃*]|[-–](?=\\s))\\s*");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+\\p{L}.*");
    /**
     * The words after which a line-end hyphen is the mark of a suspended compound ("för- och grundskola",
     * "kultur- eller fritidsverksamhet"): Swedish coordinating words, kept as hyphen and space.
     */
    private static final Set<String> COORDINATORS = Set.of("och", "eller", "samt", "respektive", "resp.", "till", "som");
    private static final int MAX_LEVEL = 4;
    /** Word processors' optional hyphen: where it ends a line, the word was broken there and goes on. */
    private static final char SOFT_HYPHEN = '\u00AD';

    private PdfBlocks() {
    }

    static List<Block> of(List<Laid> lines) {
        float body = bodySize(lines);
        boolean bodyBold = bodyBold(lines, body);
        Map<Integer, Integer> levels = headingLevels(lines, body);
        List<Block> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        Block.Kind kind = Block.Kind.PARAGRAPH;
        Laid previous = null;
        int page = 0;
        for (Laid line : lines) {
            Run run = line.run();
            boolean heading = !line.tableRow() && isHeading(run, body, bodyBold);
            boolean item = !line.tableRow() && !heading && (BULLET.matcher(run.text()).find() || NUMBERED.matcher(run.text()).matches());
            boolean continues = previous != null && !heading && !item && !line.tableRow() && !previous.tableRow()
                    && !isHeading(previous.run(), body, bodyBold) && follows(previous, line);
            boolean headingGoesOn = previous != null && heading && isHeading(previous.run(), body, bodyBold)
                    && follows(previous, line) && Math.abs(previous.run().size() - run.size()) < 0.5f;
            if (continues || headingGoesOn) {
                join(paragraph, run.text());
            } else {
                flush(paragraph, kind, levels, previous, body, bodyBold, page, out);
                kind = line.tableRow() ? Block.Kind.TABLE_ROW : item ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH;
                paragraph.append(item ? BULLET.matcher(run.text()).replaceFirst("") : run.text());
                page = run.page();
            }
            previous = line;
        }
        flush(paragraph, kind, levels, previous, body, bodyBold, page, out);
        return out;
    }

    private static void flush(StringBuilder text, Block.Kind kind, Map<Integer, Integer> levels, Laid last, float body,
                              boolean bodyBold, int page, List<Block> out) {
        String t = text.toString().replace(String.valueOf(SOFT_HYPHEN), "").strip();
        text.setLength(0);
        if (t.isEmpty()) {
            return;
        }
        if (kind == Block.Kind.PARAGRAPH && isHeading(last.run(), body, bodyBold) && t.length() <= MAX_HEADING_CHARS * 2) {
            out.add(Block.heading(t.endsWith(":") ? t.substring(0, t.length() - 1) : t,
                    levels.getOrDefault(Math.round(last.run().size()), MAX_LEVEL)).onPage(page));
            return;
        }
        out.add(new Block(kind, t, 0, page));
    }

    /**
     * The next line goes on in the same paragraph: same column and page, close below, same size; or it is the top of
     * the right column and goes on with a sentence the left column left unfinished (a lower-case start).
     */
    private static boolean follows(Laid previous, Laid line) {
        Run a = previous.run();
        Run b = line.run();
        float gap = b.y() - a.y();
        boolean sameSize = Math.abs(a.size() - b.size()) < 0.5f;
        if (a.page() != b.page() || !sameSize) {
            return false;
        }
        if (previous.column() == 1 && line.column() == 2) {
            return gap < 0 && !Text.endsSentence(a.text()) && Character.isLowerCase(b.text().codePointAt(0));
        }
        return previous.column() == line.column() && gap > 0 && gap <= PARAGRAPH_SPACING * Math.max(a.size(), b.size());
    }

    /** Appends a line, joining a word the line end broke at a hyphen. */
    static void join(StringBuilder paragraph, String line) {
        int n = paragraph.length();
        String next = line.strip();
        if (n > 0 && paragraph.charAt(n - 1) == SOFT_HYPHEN) {
            paragraph.setLength(n - 1);
            paragraph.append(next);
            return;
        }
        boolean hyphen = n > 1 && paragraph.charAt(n - 1) == '-' && Character.isLetter(paragraph.charAt(n - 2));
        String firstWord = next.split(" ", 2)[0];
        if (hyphen && !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !COORDINATORS.contains(firstWord)) {
            paragraph.setLength(n - 1);
            paragraph.append(next);
            return;
        }
        paragraph.append(' ').append(next);
    }

    private static boolean isHeading(Run run, float body, boolean bodyBold) {
        String t = run.text();
        if (t.length() > MAX_HEADING_CHARS || !Character.isLetterOrDigit(t.codePointAt(0))) {
            return false;
        }
        boolean larger = run.size() >= body * HEADING_SCALE;
        boolean boldLine = run.bold() && !bodyBold && !t.endsWith(".") && !t.endsWith(",");
        return (larger || boldLine) && t.chars().anyMatch(Character::isLetter);
    }

    /** The font size most of the text is set in. */
    private static float bodySize(List<Laid> lines) {
        Map<Integer, Integer> chars = new HashMap<>();
        lines.forEach(l -> chars.merge(Math.round(l.run().size()), l.run().text().length(), Integer::sum));
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> (float) e.getKey()).orElse(10f);
    }

    private static boolean bodyBold(List<Laid> lines, float body) {
        int bold = 0;
        int all = 0;
        for (Laid l : lines) {
            if (Math.round(l.run().size()) == Math.round(body)) {
                all += l.run().text().length();
                bold += l.run().bold() ? l.run().text().length() : 0;
            }
        }
        return bold * 2 > all;
    }

    /** Heading sizes, largest first, as levels 2, 3, 4 (level 1 is the document title); bold body-size lines are 4. */
    private static Map<Integer, Integer> headingLevels(List<Laid> lines, float body) {
        TreeSet<Integer> sizes = new TreeSet<>();
        lines.stream().map(l -> Math.round(l.run().size())).filter(s -> s >= body * HEADING_SCALE).forEach(sizes::add);
        Map<Integer, Integer> levels = new HashMap<>();
        int level = 2;
        for (Integer size : sizes.descendingSet()) {
            levels.put(size, Math.min(level++, MAX_LEVEL));
        }
        return levels;
    }
}
