package se.kommunsvar.answer;

import java.util.List;
import java.util.Set;

/**
 * One word of the question's subject, as index terms: the word's own term, its compound parts, and the
 * terms of related words. {@code weight} is the word's rarity in the index (idf).
 */
record Concept(String word, String term, List<String> parts, List<String> related, double weight) {

    Concept {
        parts = List.copyOf(parts);
        related = List.copyOf(related);
    }

    /** 1 when the word or a related word is among the terms, 0.6 when only a compound part or a close form is, else 0. */
    double matchIn(Set<String> terms) {
        if (terms.contains(term)) {
            return 1.0;
        }
        for (String r : related) {
            if (terms.contains(r)) {
                return 0.9;
            }
        }
        for (String p : parts) {
            if (terms.contains(p)) {
                return 0.6;
            }
        }
        if (term.length() >= 5) {
            for (String t : terms) {
                if (t.length() >= 5 && sharesStem(term, t)) {
                    return 0.7;
                }
            }
        }
        return 0.0;
    }

    /** Two stems of one word when one begins with the other and they differ by at most three letters. */
    private static boolean sharesStem(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return longer.startsWith(shorter) && longer.length() - shorter.length() <= 3;
    }
}
