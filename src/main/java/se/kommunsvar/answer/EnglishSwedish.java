package se.kommunsvar.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The English–Swedish FreeDict dictionary (GPL-2+, see docs/RESOURCES.md): one Swedish word for an English one,
 * used for what the municipal glossary does not cover. Only a headword with one sense is translated: the
 * dictionary's senses are unordered ("tax" → "taxera"; "taxa, tribut"), and a wrong sense would turn the question
 * into another one, which is worse than leaving the word as the resident wrote it.
 */
final class EnglishSwedish {

    /**
     * English grammar words, dropped: they carry no subject (Swedish function words are stop words at analysis
     * too), and the dictionary would translate them as content words ("can" → "burk").
     */
    private static final Set<String> GRAMMAR = Set.of("a", "an", "the", "and", "or", "but", "if", "of", "in", "on",
            "at", "to", "for", "from", "by", "with", "about", "as", "into", "than", "then", "there", "this", "that",
            "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
            "have", "has", "had", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "i", "me",
            "my", "we", "our", "you", "your", "he", "she", "his", "her", "they", "them", "their", "any", "some", "all",
            "not", "no", "get", "got", "also", "besides", "other", "per", "much", "up", "out", "over");

    private final Map<String, String> words;

    private EnglishSwedish(Map<String, String> words) {
        this.words = words;
    }

    /** From lines "headword TAB sense;sense", a sense being comma-separated Swedish words. */
    static EnglishSwedish load(List<String> lines) {
        Map<String, String> words = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2 && !parts[1].contains(";")) {
                words.put(parts[0], parts[1].split(",", 2)[0].strip());
            }
        }
        return new EnglishSwedish(words);
    }

    /**
     * The word in Swedish: empty for a grammar word, the dictionary's word for a word of one sense (also for its
     * plural or possessive form), else the word as written. A word with a capital letter that does not start the
     * question is a name ("Grubbskolan", "Norrvatten") and is kept.
     */
    Optional<String> translate(String word, boolean first) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (GRAMMAR.contains(lower)) {
            return Optional.empty();
        }
        if (!first && !word.equals(lower)) {
            return Optional.of(word.replaceFirst("'s?$", ""));
        }
        for (String form : forms(lower)) {
            String sv = words.get(form);
            if (sv != null) {
                return Optional.of(sv);
            }
        }
        return Optional.of(word);
    }

    /** The word, then its singular and non-possessive forms: "residents'" → "resident", "cities" → "city". */
    private static List<String> forms(String w) {
        String base = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w.endsWith("'") ? w.substring(0, w.length() - 1) : w;
        if (base.endsWith("ies")) {
            return List.of(base, base.substring(0, base.length() - 3) + "y");
        }
        if (base.endsWith("es")) {
            return List.of(base, base.substring(0, base.length() - 1), base.substring(0, base.length() - 2));
        }
        if (base.endsWith("s") && !base.endsWith("ss")) {
            return List.of(base, base.substring(0, base.length() - 1));
        }
        return List.of(base);
    }
}
