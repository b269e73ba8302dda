package se.kommunsvar.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Word classes of Swedish words, from LanguageTool's Swedish part-of-speech dictionary ({@code swedish.dict}, a
 * Morfologik automaton in {@code org.languagetool:language-sv}, LGPL; see docs/RESOURCES.md): whether a word form is
 * a verb in the present tense ("förser" VB:PRS), a noun in the definite form ("kortet" NN:BF), and its base form.
 * Loaded once (about 0.3 MB); a word the dictionary lacks (most long compounds) has no class.
 */
final class WordClasses {

    private static final String RESOURCE = "/org/languagetool/resource/sv/swedish.dict";
    private static final Dictionary DICTIONARY = load();
    /** Lookups are not thread-safe; each thread gets its own over the shared automaton. */
    private static final ThreadLocal<DictionaryLookup> LOOKUP = ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY));
    /** Answers are looked up many times per question; word forms are few. Bounded so a crawl's words cannot fill it. */
    private static final int MAX_CACHED = 200_000;
    private static final Map<String, List<Reading>> CACHE = new ConcurrentHashMap<>();

    /** One reading of a word form: its base form and its tag ("förse", "VB:PRS"). */
    record Reading(String lemma, String tag) {
    }

    private WordClasses() {
    }

    private static Dictionary load() {
        URL url = WordClasses.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("Swedish part-of-speech dictionary missing: " + RESOURCE);
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The readings of a word form (lower-cased first), empty when the dictionary lacks it. */
    static List<Reading> readings(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<Reading> cached = CACHE.get(w);
        if (cached != null) {
            return cached;
        }
        List<Reading> out = new ArrayList<>();
        for (WordData d : LOOKUP.get().lookup(w)) {
            out.add(new Reading(String.valueOf(d.getStem()), String.valueOf(d.getTag())));
        }
        List<Reading> result = List.copyOf(out);
        if (CACHE.size() < MAX_CACHED) {
            CACHE.put(w, result);
        }
        return result;
    }

    /** A verb in the present tense, active or passive ("förser", "säljer", "skickas"). */
    static boolean isPresentVerb(String word) {
        return readings(word).stream().anyMatch(r -> r.tag().startsWith("VB:PRS"));
    }

    /** A finite verb: present or past tense ("arbetar", "antogs"). */
    static boolean isFiniteVerb(String word) {
        return readings(word).stream().anyMatch(r -> r.tag().startsWith("VB:PRS") || r.tag().startsWith("VB:PRT"));
    }

    /** A noun in the definite form ("kortet", "uppgiften", "avtalet"), and no verb or other word class. */
    static boolean isDefiniteNoun(String word) {
        List<Reading> rs = readings(word);
        return !rs.isEmpty() && rs.stream().allMatch(r -> r.tag().startsWith("NN:BF"));
    }

    /** The base forms of a word form ("skickas" → "skicka"), the word itself when the dictionary lacks it. */
    static List<String> lemmas(String word) {
        List<String> out = readings(word).stream().map(Reading::lemma).distinct().toList();
        return out.isEmpty() ? List.of(word.toLowerCase(Locale.ROOT)) : out;
    }
}
