package se.kommunsvar.http;

import java.util.List;

/**
 * CSV for editors' spreadsheets (RFC 4180: comma-separated, every cell quoted, CRLF line ends), starting with a
 * UTF-8 byte order mark so Excel reads å, ä and ö. A cell a spreadsheet would run as a formula (starting with
 * {@code = + - @}, or a tab or carriage return that hides one) is prefixed with an apostrophe: residents write the
 * questions, so their text must never become a formula on an editor's machine (OWASP "CSV injection").
 */
final class Csv {

    static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder out = new StringBuilder(BOM);

    /** Appends one row. */
    Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** One cell, quoted, its quotes doubled, defused when it would start a formula. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
