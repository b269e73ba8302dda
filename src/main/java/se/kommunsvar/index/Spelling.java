package se.kommunsvar.index;

import java.util.Locale;
import java.util.Optional;

/**
 * A misspelt common word of a question put right: one letter left out, doubled, swapped with its neighbour or
 * mistyped by a neighbouring key ("myckrt", "ordfröande", "nummr", "kpstar" → "mycket", "ordförande", "nummer", "kostar"). Question words
 * and the everyday words around the subject are what a reading of the question needs in their right form (its kind,
 * stop words, related words), and they are common words: the candidates are the words of LanguageTool's list of
 * common Swedish words ({@link CommonWords}) one edit away, å/ä/ö not counted as a difference, and the commonest wins.
 * Only a word the Swedish dictionary does not know is touched, and only from {@link #MIN_LENGTH} letters: shorter
 * words have too many common neighbours one edit away ("fort" is "fört", "ort", "sort").
 * Measured 2026-12-06 (docs/ANALYSIS.md, "Residents' wording, session 2").
 */
final class Spelling {

    /** Shortest word put right. */
    static final int MIN_LENGTH = 5;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private Spelling() {
    }

    /** The common word the written one is a slip of, if the dictionary does not know the written one. */
    static Optional<String> commonWordNear(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.length() < MIN_LENGTH || !lower.chars().allMatch(Character::isLetter)
                || SwedishLexicon.standard().knows(lower)) {
            return Optional.empty();
        }
        String folded = CommonWords.fold(lower);
        String best = CommonWords.ofFolded(folded).orElse(null);
        char[] w = folded.toCharArray();
        StringBuilder b = new StringBuilder(folded.length() + 1);
        for (int i = 0; i <= w.length; i++) {
            if (i < w.length) {
                best = better(best, without(folded, i));
                if (i + 1 < w.length) {
                    best = better(best, folded.substring(0, i) + w[i + 1] + w[i] + folded.substring(i + 2));
                }
            }
            for (char c : LETTERS.toCharArray()) {
                b.setLength(0);
                best = better(best, b.append(folded, 0, i).append(c).append(folded, i, folded.length()).toString());
                if (i < w.length && c != w[i] && Keyboard.neighbours(w[i], c)) {
                    b.setLength(0);
                    best = better(best, b.append(folded, 0, i).append(c).append(folded, i + 1, folded.length()).toString());
                }
            }
        }
        return Optional.ofNullable(best).filter(s -> !s.equals(lower)).map(s -> Diacritics.inCaseOf(written, s));
    }

    /**
     * A mistyped letter is one of its neighbours on the Swedish keyboard (rows staggered as on the keys): most
     * substitution slips are (Kernighan, Church and Gale 1990 measured this on typed text); without this, "snabt" became
     * the commoner "snart" (b→r) rather than "snabbt" and "kommyn" became "kommen" (y→e) rather than "kommun".
     * Letters that are not neighbours are not replaced; å, ä and ö count as a and o (they were folded).
     */
    static final class Keyboard {
        private static final String[] ROWS = {"qwertyuiopa", "asdfghjkloa", "zxcvbnm"};

        private Keyboard() {
        }

        static boolean neighbours(char a, char b) {
            for (int r = 0; r < ROWS.length; r++) {
                for (int i = ROWS[r].indexOf(a); i >= 0; i = ROWS[r].indexOf(a, i + 1)) {
                    if (at(r, i - 1) == b || at(r, i + 1) == b
                            || at(r - 1, i) == b || at(r - 1, i + 1) == b || at(r + 1, i - 1) == b || at(r + 1, i) == b) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static char at(int row, int i) {
            return row < 0 || row >= ROWS.length || i < 0 || i >= ROWS[row].length() ? 0 : ROWS[row].charAt(i);
        }
    }

    private static String without(String s, int i) {
        return s.substring(0, i) + s.substring(i + 1);
    }

    /** The commoner of the best so far and the common word written as the candidate, if any. */
    private static String better(String best, String candidateFolded) {
        Optional<String> c = CommonWords.ofFolded(candidateFolded);
        if (c.isEmpty()) {
            return best;
        }
        return best == null || CommonWords.rank(c.get()).get() < CommonWords.rank(best).get() ? c.get() : best;
    }
}
