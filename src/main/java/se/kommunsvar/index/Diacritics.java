package se.kommunsvar.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back å, ä and ö in a question typed without any of them ("hur manga aldreboenden finns pa orten" → "hur många
 * äldreboenden finns på orten"). Residents on a phone or a foreign keyboard often leave all three out; the index folds
 * them away, but reading a question (its kind, its stop words, its related words, compound parts and lemmas) needs
 * the Swedish word. Each word with an a or an o is tried with å/ä in place of each a and ö in place of each o:
 * <ol>
 *   <li>when some of these forms are among the most common Swedish words (LanguageTool's {@code common_words.txt},
 *       ordered by frequency), the commonest is taken: "ar" → "är", "far" → "får", "for" → "för", but "var" and "man"
 *       stay, being commoner than "vår" and "män";</li>
 *   <li>otherwise a word the Swedish dictionary (hunspell sv_SE) knows as written stays as written;</li>
 *   <li>otherwise the one form the dictionary knows is taken ("kommunfullmaktige" → "kommunfullmäktige"); with none
 *       or several the word stays as written.</li>
 * </ol>
 * A question with any å, ä or ö is left alone: its writer uses them, so a word without them is meant so.
 * Measured 2026-12-06 (docs/ANALYSIS.md, "Residents' wording, session 2").
 */
public final class Diacritics {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern HAS_DIACRITIC = Pattern.compile("[åäöÅÄÖ]");
    /**
     * At most this many a/o letters are varied in one word (3^a · 2^o forms) when the common words hold none of them.
     */
    private static final int MAX_PLACES = 6;
    /**
     * At most this many forms are checked with the dictionary: one check of a long compound takes up to 2 ms (hunspell
     * tries its compound rules), so a word of four a's (81 forms) took 58 ms and "samhallsbyggnadsforvaltningen"
     * 120 ms; 27 forms (three a's, or two a's and an o) keep a word within about 20 ms. Longer compounds stay as
     * written; their search terms are folded anyway.
     */
    private static final int MAX_CHECKED = 27;

    private Diacritics() {
    }

    /** Whether the text has an å, ä or ö: its writer uses them, so a word without them is meant so. */
    public static boolean hasMarks(String text) {
        return HAS_DIACRITIC.matcher(text).find();
    }

    /** The question with å, ä and ö put back where it has none at all; unchanged otherwise. */
    public static String restore(String text) {
        if (hasMarks(text)) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(word(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One word with its marks put back, in the case it was written in (for a question without any). */
    public static String word(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        long places = lower.chars().filter(c -> c == 'a' || c == 'o').count();
        if (places == 0 || places > MAX_PLACES || lower.length() < 2) {
            return written;
        }
        List<String> forms = forms(lower);
        String best = null;
        for (String f : forms) {
            if (CommonWords.rank(f).isPresent()
                    && (best == null || CommonWords.rank(f).get() < CommonWords.rank(best).get())) {
                best = f;
            }
        }
        if (best == null) {
            SwedishLexicon lexicon = SwedishLexicon.standard();
            if (lexicon.knows(lower)) {
                return written;
            }
            if (forms.size() > MAX_CHECKED) {
                return written;
            }
            List<String> known = forms.stream().filter(f -> !f.equals(lower) && lexicon.knows(f)).toList();
            if (known.size() != 1) {
                return written;
            }
            best = known.get(0);
        }
        return inCaseOf(written, best);
    }

    /** Every form of the word with each a as a, å or ä and each o as o or ö; the word itself first. */
    static List<String> forms(String lower) {
        List<String> out = new ArrayList<>(List.of(""));
        for (char c : lower.toCharArray()) {
            String options = c == 'a' ? "aåä" : c == 'o' ? "oö" : String.valueOf(c);
            List<String> next = new ArrayList<>(out.size() * options.length());
            for (String prefix : out) {
                for (char o : options.toCharArray()) {
                    next.add(prefix + o);
                }
            }
            out = next;
        }
        return out;
    }

    static String inCaseOf(String written, String form) {
        if (written.equals(written.toUpperCase(Locale.ROOT)) && written.length() > 1) {
            return form.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(written.charAt(0))) {
            return Character.toUpperCase(form.charAt(0)) + form.substring(1);
        }
        return form;
    }
}
