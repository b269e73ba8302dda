package se.kommunsvar.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Swedish text into sentences without breaking at the abbreviations municipal pages use
 * ("tel.", "t.ex.", "bl.a.", "kl.", "ca.") or at decimal numbers ("21,10", "22.76").
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "tel", "t.ex", "bl.a", "m.m", "kl", "ca", "nr", "s.k", "dvs", "d.v.s", "fr.o.m", "t.o.m", "o.s.v",
            "osv", "resp", "jfr", "mfl", "m.fl", "p.g.a", "pga", "ang", "tfn", "mobil", "e.d", "st", "kr", "mkr",
            "milj", "mdkr", "inkl", "exkl", "ev", "f.d", "fd", "etc", "vs", "sek", "s", "e.kr", "f.kr", "aug",
            "sept", "okt", "nov", "dec", "jan", "feb", "t.f", "adr",
            // the clock times of municipalities' English pages ("Monday – Friday: 8 a.m. - 4:30 p.m.")
            "a.m", "p.m");

    private Sentences() {
    }

    /** The sentences of the text, stripped, in order; never splits inside a word or number. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text.substring(start, i));
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isClosing(text.charAt(end))) {
                    end++;
                }
                add(out, text.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        add(out, text.substring(start));
        return out;
    }

    private static boolean endsSentence(String text, int i) {
        int next = i + 1;
        while (next < text.length() && isClosing(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        int after = next;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (after >= text.length()) {
            return true;
        }
        char first = text.charAt(after);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '”' || first == '"'
                || first == '–' || first == '-' || first == '•')) {
            return false;
        }
        return text.charAt(i) != '.' || !isAbbreviation(text, i);
    }

    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == '’' || c == ')' || c == '»';
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
