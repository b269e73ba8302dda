package se.kommunsvar.parse;

import java.text.Normalizer;

/** Small text helpers shared by the parsers. */
public final class Text {

    private Text() {
    }

    /** NFC-normalised, non-breaking and other odd spaces made plain, runs of whitespace folded, stripped. */
    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
            if (ws) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the text ends like a sentence (., !, ?, …, or a closing quote after one). */
    public static boolean endsSentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…' || last == '”' || last == '"' || last == ';';
    }
}
