package se.kommunsvar.privacy;

import java.text.Normalizer;

/**
 * Puts a resident's text in one written form before personal data is looked for, so that the same number or
 * address written with other characters is still found: Unicode NFKC (full-width digits and {@code ＠} become ASCII,
 * ligatures and compatibility spaces fold), every decimal digit of any script becomes {@code 0–9}, every dash
 * (hyphen U+2010, non-breaking hyphen, en and em dash, minus sign, …) becomes {@code -}, invisible format characters
 * (zero-width space, soft hyphen, word joiner, BOM) are dropped, and every run of white space becomes one space.
 * One pass over the text, no pattern matching.
 */
final class Normaliser {

    private Normaliser() {
    }

    static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); ) {
            int c = nfkc.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (type == Character.DASH_PUNCTUATION || c == '\u2212') {
                out.append('-');
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
