package se.kommunsvar.answer;

import java.util.List;
import java.util.Set;
import se.kommunsvar.index.PassageSearch;

/**
 * One word of the question's subject, as index terms: the word's own term, its compound parts, and the
 * terms of related words. {@code weight} is the word's rarity in the index (idf).
 */
record Concept(String word, String term, List<String> parts, List<String> related, List<String> synonyms,
               double weight) {

    /**
     * How much a thesaurus synonym covers the word. Below a related word's 0.9: the thesaurus mixes senses
     * ("anta" is "tro, gissa" as well as "adopt"), so a synonym alone must not make a sentence cover a question
     * (measured in docs/ANALYSIS.md, 2026-12-06: at 0.9 real-dev-2 gained 6 wrong answers).
     */
    static final double SYNONYM_MATCH = 0.5;

    Concept {
        parts = List.copyOf(parts);
        related = List.copyOf(related);
        synonyms = List.copyOf(synonyms);
    }

    Concept(String word, String term, List<String> parts, List<String> related, double weight) {
        this(word, term, parts, related, List.of(), weight);
    }

    /**
     * 1 when the word is among the terms, 0.9 for a related word, up to 0.8 for the compound's parts (in
     * proportion to how many are there: "landstingets skatt" covers "landstingsskatten" better than
     * "kommunalskatten" does), 0.7 for a close form, else 0.
     */
    double matchIn(Set<String> terms) {
        if (terms.contains(term)) {
            return 1.0;
        }
        for (String r : related) {
            if (terms.contains(r)) {
                return 0.9;
            }
        }
        for (String s : synonyms) {
            if (terms.contains(s)) {
                return SYNONYM_MATCH;
            }
        }
        long found = parts.stream().distinct().filter(terms::contains).count();
        if (found > 0) {
            return 0.8 * found / parts.stream().distinct().count();
        }
        if (headOfCompound(terms)) {
            return 0.8;
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

    /** The shortest asked term a compound's head is matched for: shorter ones end too many words ("val", "tid"). */
    private static final int MIN_HEAD = 4;
    /** The shortest first part of such a compound. */
    private static final int MIN_FIRST_PART = 3;

    /**
     * A Swedish compound is a kind of its last part: "samlingsstyret" is a "styre", "kommunalskatten" a "skatt". A term
     * of the text ending in the asked term covers it when what comes before is a word the Swedish dictionary lets begin
     * a compound ("samlings"), so "förändring" is no "ring" ("föränd" begins nothing).
     */
    private boolean headOfCompound(Set<String> terms) {
        if (term.length() < MIN_HEAD || !term.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (String t : terms) {
            if (t.length() - term.length() >= MIN_FIRST_PART && t.endsWith(term)
                    && PassageSearch.beginsCompound(t.substring(0, t.length() - term.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Two stems of one word when one begins with the other and they differ by at most three letters. */
    static boolean sharesStem(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return longer.startsWith(shorter) && longer.length() - shorter.length() <= 3;
    }
}
