package se.kommunsvar.parse.pdf;

/**
 * A run of text on one baseline with no wide gap in it: a line of a paragraph, a column's part of a line, a table cell.
 *
 * @param page the page it is printed on, from 1
 * @param x0 left edge, points from the page's left
 * @param x1 right edge
 * @param y baseline, points from the page's top
 * @param size font size in points (the largest in the run)
 * @param bold whether most of its letters are set in a bold face
 * @param text the text, spaces folded
 */
record Run(int page, float x0, float x1, float y, float size, boolean bold, String text) {

    boolean crosses(float x) {
        return x0 < x && x1 > x;
    }
}
