package se.kommunsvar.answer;

import java.util.ArrayList;
import java.util.List;
import se.kommunsvar.parse.Passage;
import se.kommunsvar.parse.Sentences;

/** Cuts a passage into the units an answer can quote: its heading, its sentences and table rows, its list runs. */
final class Units {

    /** A run needs at least this many list lines in a row to count as a list (one line alone is any short line). */
    static final int MIN_RUN = 2;
    /** A list item is one short statement: longer lines are paragraphs (items on real pages stay under ~120 chars). */
    static final int MAX_LIST_LINE = 160;
    /** A table row is short ("Vård och omsorg 44 procent"); a longer unpunctuated line is a paragraph fragment. */
    static final int MAX_ROW = 60;
    /** Rows exist only in passages of at least three lines (a heading and one line is no table). */
    static final int MIN_TABLE_LINES = 3;

    private Units() {
    }

    /**
     * The heading and sentences of a passage. Lines of a table or list ("Vård och omsorg 44 procent",
     * "Samhällsplaneringsnämnden (5 procent)") mean what they mean under their heading, so they are marked as rows.
     */
    static List<Unit> of(Passage p) {
        List<Unit> units = new ArrayList<>();
        boolean caption = !p.lines().isEmpty() && p.lines().get(0).contains("©");
        if (!p.heading().isBlank() && !caption) {
            units.add(new Unit(p.heading(), -1, 0, true, false, "", false));
        }
        String previous = "";
        for (int line = 0; line < p.lines().size(); line++) {
            String text = p.lines().get(line);
            List<String> sentences = Sentences.split(text);
            boolean row = p.lines().size() >= MIN_TABLE_LINES && sentences.size() == 1 && text.length() < MAX_ROW
                    && !text.strip().endsWith(".");
            for (int i = 0; i < sentences.size(); i++) {
                units.add(new Unit(sentences.get(i), line, i, false, row, previous, false));
                previous = sentences.get(i);
            }
        }
        return units;
    }

    /**
     * The runs of list lines of a passage: consecutive lines as list items are written (short, one statement, no
     * closing punctuation), at least {@link #MIN_RUN} of them, each with the sentence before it that announces it.
     */
    static List<Unit> listRuns(Passage p) {
        List<Unit> runs = new ArrayList<>();
        List<String> lines = p.lines();
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && isListLine(lines.get(end))) {
                end++;
            }
            if (end - start >= MIN_RUN) {
                String before = start == 0 ? "" : last(Sentences.split(lines.get(start - 1)));
                runs.add(new Unit(String.join("\n", lines.subList(start, end)), start, 0, false, false, before, false,
                        end - start));
            }
            start = Math.max(end, start + 1);
        }
        return runs;
    }

    /** A line as list items are written: one short statement without closing punctuation ("Att ge alla barn …"). */
    static boolean isListLine(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= MAX_LIST_LINE && ".!?".indexOf(s.charAt(s.length() - 1)) < 0
                && Sentences.split(s).size() == 1;
    }

    /** A heading that states something: "Vision - Det öppna Hallsberg", "Värdeord: Glädje, driv och öppenhet". */
    static boolean isLabelHeading(String heading) {
        return heading.matches("(?s)[^–:-]{2,40}\\s[-–:]\\s.{3,}") || heading.matches("(?s)[^:]{2,40}:\\s.{3,}");
    }

    private static String last(List<String> sentences) {
        return sentences.isEmpty() ? "" : sentences.get(sentences.size() - 1);
    }
}
