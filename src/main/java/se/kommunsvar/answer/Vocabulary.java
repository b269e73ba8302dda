package se.kommunsvar.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.kommunsvar.index.KommunAnalyzer;

/**
 * The data files of municipal language: related-term groups, the English→Swedish glossary and the party
 * names. Read once; immutable.
 */
public final class Vocabulary {

    private static final Set<String> ENGLISH_MARKERS = Set.of("what", "who", "which", "how", "when", "is", "the",
            "does", "do", "are", "of", "for", "many", "much", "municipality", "where", "whose", "rate", "tax",
            // English grammar words that are no Swedish word, also with the diacritics left out ("at" is "åt",
            // "an" is "än", "by" and "all" are Swedish, so they are not here): a short English question ("And where
            // can I visit them?", "When will X be finished?") carries one question word and some of these
            "will", "would", "can", "could", "should", "did", "was", "were", "been", "has", "have", "they", "them",
            "their", "you", "your", "we", "our", "this", "that", "these", "those", "with", "from", "about", "and",
            "one", "my");

    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['’]s\\b", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Query weight of a thesaurus synonym relative to the asked word: half a related term's 0.5, so the asked
     * word always outweighs its synonyms (docs/ANALYSIS.md, 2026-12-06).
     */
    public static final float SYNONYM_WEIGHT = 0.25f;

    private final Map<String, List<String>> related;
    private final Map<String, String> glossary;
    private final Map<String, String> parties;
    private final Pattern partyPattern;
    private final EnglishSwedish english;
    private final Map<String, List<String>> thesaurus;
    private final int maxPhrase;

    private Vocabulary(Map<String, List<String>> related, Map<String, String> glossary, Map<String, String> parties,
                       EnglishSwedish english, Map<String, List<String>> thesaurus) {
        this.thesaurus = thesaurus;
        this.related = related;
        this.glossary = glossary;
        this.english = english;
        this.maxPhrase = glossary.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.parties = parties;
        StringBuilder p = new StringBuilder("(?:\\b(?:");
        parties.keySet().forEach(name -> p.append(Pattern.quote(name)).append('|'));
        p.append("[A-ZÅÄÖ]\\p{L}*partiet)(?!\\p{L})|\\((?:");
        parties.values().forEach(abbr -> p.append(Pattern.quote(abbr)).append('|'));
        p.append("[A-ZÅÄÖ]{1,4})\\))");
        this.partyPattern = Pattern.compile(p.toString(), Pattern.UNICODE_CASE);
    }

    public static Vocabulary standard() {
        return Holder.INSTANCE;
    }

    /** The other words of every group the word belongs to (lower case), empty when it is in none. */
    public List<String> related(String word) {
        return related.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Synonyms of the word from the Swedish thesaurus (Synlex), looked up as written and by its dictionary base
     * forms ("klubbade" → "klubba" → "besluta", "fastställa", …). Empty when the thesaurus has none.
     */
    public List<String> synonyms(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(thesaurus.getOrDefault(lower, List.of()));
        for (String lemma : KommunAnalyzer.lemmas(lower)) {
            thesaurus.getOrDefault(lemma, List.of()).stream().filter(s -> !out.contains(s)).forEach(out::add);
        }
        out.remove(lower);
        return out;
    }

    /** True when the question reads as English: two or more English function words, glossary words or 's genitives. */
    public boolean isEnglish(String question) {
        int english = 0;
        for (String w : question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ENGLISH_MARKERS.contains(w) || isEnglishGlossaryWord(w)) {
                english++;
            }
        }
        // An apostrophe-s genitive ("Skövde's vision") is English: Swedish writes the genitive without one
        // ("Skövdes vision"), and after a name ending in s with a bare apostrophe, not "'s".
        english += (int) POSSESSIVE.matcher(question).results().count();
        return english >= 2;
    }

    /** A one-word glossary entry that is not also Swedish ("governs", but not "budget" or "vision"). */
    private boolean isEnglishGlossaryWord(String w) {
        String sv = glossary.get(w);
        return sv != null && !sv.equalsIgnoreCase(w);
    }

    /**
     * The question in Swedish words, lower case: municipal phrases from the glossary (longest first), other words
     * through the English–Swedish dictionary ({@link EnglishSwedish}); English grammar words are dropped, and
     * names (a capital letter after the first word) and words neither knows are kept as written.
     */
    public String toSwedish(String question) {
        return String.join(" ", translated(question).keySet()).toLowerCase(Locale.ROOT).strip();
    }

    /**
     * For each Swedish word of {@link #toSwedish}, the English words it was translated from ("kommundirektör" →
     * "city", "manager"): municipalities' English pages use the resident's own words.
     */
    public Map<String, List<String>> englishOrigins(String question) {
        Map<String, List<String>> out = new HashMap<>();
        translated(question).forEach((sv, en) -> {
            for (String w : sv.toLowerCase(Locale.ROOT).split(" ")) {
                List<String> origins = out.computeIfAbsent(w, k -> new ArrayList<>());
                en.stream().filter(e -> !e.equals(w) && !origins.contains(e)).forEach(origins::add);
            }
        });
        return out;
    }

    /** The Swedish words or phrases of an English question, in order, each with the English words it came from. */
    private Map<String, List<String>> translated(String question) {
        String[] words = question.replaceAll("[?!.,;:()\"]", " ").strip().split("\\s+");
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < words.length; ) {
            int n = glossaryPhrase(words, i);
            String from = phrase(words, i, Math.max(n, 1));
            Optional<String> sv = n > 0 ? Optional.of(glossary.get(from)) : english.translate(words[i], i == 0);
            sv.ifPresent(w -> out.computeIfAbsent(w, k -> new ArrayList<>()).addAll(List.of(from.split(" "))));
            i += Math.max(n, 1);
        }
        return out;
    }

    /** The number of words of the longest glossary phrase that starts at word {@code from}, 0 when none does. */
    private int glossaryPhrase(String[] words, int from) {
        for (int n = Math.min(maxPhrase, words.length - from); n > 0; n--) {
            if (glossary.containsKey(phrase(words, from, n))) {
                return n;
            }
        }
        return 0;
    }

    private static String phrase(String[] words, int from, int n) {
        List<String> out = new ArrayList<>();
        for (String w : List.of(words).subList(from, from + n)) {
            out.add(w.toLowerCase(Locale.ROOT).replaceFirst("'s?$", ""));
        }
        return String.join(" ", out);
    }

    /** Matches a party name ("Socialdemokraterna", "Sjukvårdspartiet") or a party abbreviation in brackets ("(S)"). */
    public Pattern partyPattern() {
        return partyPattern;
    }

    public Map<String, String> parties() {
        return parties;
    }

    private static final class Holder {
        private static final Vocabulary INSTANCE = load();

        static {
            // the Swedish dictionary behind synonyms() takes seconds to load: load it before the first question needs it
            Thread warm = new Thread(() -> KommunAnalyzer.lemmas("kommun"), "swedish-dictionary-load");
            warm.setDaemon(true);
            warm.start();
        }
    }

    private static Vocabulary load() {
        Map<String, List<String>> related = new HashMap<>();
        for (String line : lines("related-terms.txt")) {
            List<String> group = new ArrayList<>();
            for (String w : line.split(",")) {
                if (!w.isBlank()) {
                    group.add(w.strip().toLowerCase(Locale.ROOT));
                }
            }
            for (String w : group) {
                List<String> others = related.computeIfAbsent(w, k -> new ArrayList<>());
                group.stream().filter(o -> !o.equals(w) && !others.contains(o)).forEach(others::add);
            }
        }
        Map<String, String> glossary = new LinkedHashMap<>();
        lines("glossary-en-sv.txt").stream()
                .map(l -> l.split("=", 2))
                .filter(parts -> parts.length == 2)
                .sorted(Comparator.comparingInt((String[] parts) -> -parts[0].strip().length()))
                .forEach(parts -> glossary.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip()));
        Map<String, String> parties = new LinkedHashMap<>();
        for (String line : lines("parties.txt")) {
            String[] parts = line.split("=", 2);
            parties.put(parts[0].strip(), parts.length == 2 ? parts[1].strip() : "");
        }
        Map<String, List<String>> thesaurus = new HashMap<>();
        for (String line : lines("synlex-sv.tsv")) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2) {
                thesaurus.put(parts[0], List.of(parts[1].split(",")));
            }
        }
        return new Vocabulary(related, glossary, parties, EnglishSwedish.load(lines("freedict-eng-swe.tsv")), thesaurus);
    }

    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return out;
    }
}
