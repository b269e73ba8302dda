package se.kommunsvar.parse.pdf;

/**
 * A run placed in reading order.
 *
 * @param run the run (for a table row, its first cell's position with the whole row's text)
 * @param tableRow whether it is a table row already written as "label: value"
 * @param column 0 for full-width text, 1 and 2 for the left and right column of a two-column band
 */
record Laid(Run run, boolean tableRow, int column) {
}
