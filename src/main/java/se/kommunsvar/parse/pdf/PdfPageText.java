package se.kommunsvar.parse.pdf;

import java.util.List;

/**
 * What one printed page holds: its size and its runs, top to bottom and left to right.
 *
 * @param number the page number, from 1 (what {@code #page=N} opens)
 * @param width page width in points
 * @param height page height in points
 * @param runs the page's runs
 */
record PdfPageText(int number, float width, float height, List<Run> runs) {

    PdfPageText {
        runs = List.copyOf(runs);
    }
}
