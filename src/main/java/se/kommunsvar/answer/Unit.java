package se.kommunsvar.answer;

/**
 * What a passage offers as an answer: one of its sentences (line and position in it), its heading (line -1), or a
 * run of list lines ({@code run} lines from {@code line}, text joined by line breaks).
 *
 * @param text the unit's text
 * @param line the passage line it is on (-1 for the heading)
 * @param index the sentence's position in its line
 * @param heading true for the passage's heading
 * @param row true for a table or list row, which means what it means under its heading
 * @param previous the sentence before it (for a run: the sentence that announces it)
 * @param joinsPrevious true when it is quoted together with the sentence before it
 * @param run the number of list lines of a run, 0 for a sentence or heading
 */
record Unit(String text, int line, int index, boolean heading, boolean row, String previous, boolean joinsPrevious,
            int run) {

    Unit(String text, int line, int index, boolean heading, boolean row, String previous, boolean joinsPrevious) {
        this(text, line, index, heading, row, previous, joinsPrevious, 0);
    }

    Unit joiningPrevious() {
        return new Unit(text, line, index, heading, row, previous, true, run);
    }

    boolean isRun() {
        return run > 0;
    }
}
