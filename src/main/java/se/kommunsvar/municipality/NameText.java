package se.kommunsvar.municipality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How names and texts are compared: split into words and folded character by character (å/ä→a, ö→o, é→e), so
 * offsets in the folded text are offsets in the original.
 */
final class NameText {

    /** A word of the text, folded; {@code joined} when only spaces or hyphens separate it from the previous word. */
    record Token(String folded, String lower, int start, int end, boolean joined,
                 boolean capitalised, boolean lowerCase, boolean sentenceStart) {}

    private NameText() {}

    /** A name as a lookup key: folded words joined by single spaces ("Upplands-Väsby" → "upplands vasby"). */
    static String key(String name) {
        return String.join(" ", tokenize(name).stream().map(Token::folded).toList());
    }

    /** A name as lower-cased words joined by single spaces, diacritics kept ("Håbo" → "håbo"). */
    static String lowerKey(String name) {
        return String.join(" ", tokenize(name).stream().map(Token::lower).toList());
    }

    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        boolean sentenceStart = true;
        boolean joinable = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                sentenceStart |= startsSegment(c);
                joinable &= Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011';
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            String raw = s.substring(start, i);
            String lower = raw.toLowerCase(Locale.ROOT);
            out.add(new Token(fold(raw), lower, start, i, joinable, Character.isUpperCase(raw.charAt(0)),
                    raw.equals(lower), sentenceStart));
            sentenceStart = false;
            joinable = true;
        }
        return out;
    }

    /** After punctuation, quotes, brackets or a line break a capital letter says nothing about a name. */
    private static boolean startsSegment(char c) {
        return c == '\n' || !(Character.isWhitespace(c) || c == ',' || c == '-');
    }

    static boolean hasMixedCase(String text) {
        return text.chars().anyMatch(Character::isUpperCase) && text.chars().anyMatch(Character::isLowerCase);
    }

    /** Lower-cases and strips diacritics one character at a time, so offsets are kept. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString();
    }

    private static char fold(char c) {
        char l = Character.toLowerCase(c);
        if (l < 128) {
            return l;
        }
        return switch (l) {
            case 'å', 'ä', 'à', 'á', 'â', 'æ' -> 'a';
            case 'ö', 'ø', 'ó', 'ò', 'ô' -> 'o';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'ü', 'ú', 'ù', 'û' -> 'u';
            default -> Normalizer.normalize(String.valueOf(l), Normalizer.Form.NFD).charAt(0);
        };
    }

    static String stripSuffix(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    /** "Kalmar län" → kalmar; county "Västerbottens län" → vasterbotten; "Jämtland Härjedalen" also → jamtland. */
    static Set<String> regionStems(Municipality region) {
        Set<String> stems = new LinkedHashSet<>();
        stems.add(stripSuffix(key(region.name()), " lan"));
        String county = stripSuffix(key(region.county()), " lan");
        stems.add(county.endsWith("s") ? county.substring(0, county.length() - 1) : county);
        return stems;
    }
}
