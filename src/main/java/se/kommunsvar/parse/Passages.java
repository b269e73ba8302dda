package se.kommunsvar.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a page into passages: the blocks under one heading, a few hundred characters at most, each
 * carrying its heading so that a passage read alone still says what it is about. A heading with no text
 * under it at the end of the page, or before a heading that closes its section, is kept as text: pages end
 * with a lone line ("Ordförande: Anna Berg") that a text dump cannot tell from a heading. A list that starts
 * after other text and would be cut by size moves whole into the next passage, so that its first items are not
 * torn from the rest. A passage of a paged document (PDF) stays on one page, so that it can cite that page.
 */
public final class Passages {

    /** Passages grow to about this many characters before a new one is started. */
    public static final int TARGET_CHARS = 700;

    private Passages() {
    }

    public static List<Passage> of(Page page) {
        String updated = page.dates().best().map(Object::toString).orElse("");
        List<Passage> out = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        String heading = "";
        String outer = "";
        List<Block> pending = new ArrayList<>();
        int size = 0;
        int items = 0;
        int printedOn = 0;
        for (Block block : page.blocks()) {
            if (block.isHeading()) {
                boolean emptySection = lines.isEmpty();
                if (emptySection && !pending.isEmpty() && block.level() < pending.get(pending.size() - 1).level()) {
                    printedOn = pending.get(0).page();
                    heading = keepAsText(page, pending, lines, outer);
                    emptySection = !lines.isEmpty() ? false : emptySection;
                }
                flush(page, heading, lines, updated, printedOn, out);
                outer = emptySection && !pending.isEmpty() ? outer : heading;
                if (!emptySection) {
                    pending.clear();
                }
                pending.add(block);
                String text = block.level() <= 1 && block.text().equals(page.title()) ? "" : block.text();
                heading = emptySection && !heading.isEmpty() && !text.isEmpty() ? heading + " – " + text : text;
                size = 0;
                items = 0;
                continue;
            }
            if (!lines.isEmpty() && block.page() != printedOn) {
                flush(page, heading, lines, updated, printedOn, out);
                size = 0;
                items = 0;
            }
            if (lines.isEmpty()) {
                printedOn = block.page();
            }
            if (size > 0 && size + block.text().length() > TARGET_CHARS) {
                boolean listGoesOn = block.kind() == Block.Kind.LIST_ITEM && items > 0 && items < lines.size();
                List<String> carried = listGoesOn ? new ArrayList<>(lines.subList(lines.size() - items, lines.size())) : List.of();
                lines.subList(lines.size() - carried.size(), lines.size()).clear();
                flush(page, heading, lines, updated, printedOn, out);
                lines.addAll(carried);
                size = carried.stream().mapToInt(String::length).sum();
                items = carried.size();
            }
            lines.add(block.text());
            size += block.text().length();
            items = block.kind() == Block.Kind.LIST_ITEM ? items + 1 : 0;
            pending.clear();
        }
        if (lines.isEmpty() && !heading.isEmpty()) {
            printedOn = pending.isEmpty() ? printedOn : pending.get(0).page();
            heading = keepAsText(page, pending, lines, outer);
        }
        flush(page, heading, lines, updated, printedOn, out);
        return out;
    }

    /** Headings with no text under them become the text of the section they sit in; returns that section's heading. */
    private static String keepAsText(Page page, List<Block> pending, List<String> lines, String outer) {
        pending.stream().filter(b -> !(b.level() <= 1 && b.text().equals(page.title()))).map(Block::text)
                .filter(t -> !t.isEmpty()).forEach(lines::add);
        pending.clear();
        return outer;
    }

    private static void flush(Page page, String heading, List<String> lines, String updated, int printedOn,
                              List<Passage> out) {
        if (lines.isEmpty()) {
            return;
        }
        out.add(new Passage(page.url(), page.title(), page.municipality(), heading, lines, updated, out.size(), printedOn));
        lines.clear();
    }
}
