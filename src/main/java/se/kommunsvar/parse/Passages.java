package se.kommunsvar.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a page into passages: the blocks under one heading, a few hundred characters at most, each
 * carrying its heading so that a passage read alone still says what it is about.
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
        int size = 0;
        for (Block block : page.blocks()) {
            if (block.isHeading()) {
                boolean emptySection = lines.isEmpty();
                flush(page, heading, lines, updated, out);
                String text = block.level() <= 1 && block.text().equals(page.title()) ? "" : block.text();
                heading = emptySection && !heading.isEmpty() && !text.isEmpty() ? heading + " – " + text : text;
                size = 0;
                continue;
            }
            if (size > 0 && size + block.text().length() > TARGET_CHARS) {
                flush(page, heading, lines, updated, out);
                size = 0;
            }
            lines.add(block.text());
            size += block.text().length();
        }
        flush(page, heading, lines, updated, out);
        return out;
    }

    private static void flush(Page page, String heading, List<String> lines, String updated, List<Passage> out) {
        if (lines.isEmpty()) {
            return;
        }
        out.add(new Passage(page.url(), page.title(), page.municipality(), heading, lines, updated, out.size()));
        lines.clear();
    }
}
