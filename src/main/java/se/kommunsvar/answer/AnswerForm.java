package se.kommunsvar.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What form of sentence a Swedish question word asks for, beyond the kind of fact ({@link Kind}): the grammar of the
 * question says how the answering sentence is built.
 * <ul>
 * <li>"Vad är / innebär / betyder / menas med X?" — a sentence that defines X: X (or a word that names it again) as
 * subject right before a defining verb ("Kortet är ett bevis …", "Uppsikt innebär att …"), "X, som är …", "Med X
 * menas …".</li>
 * <li>"Vad gör X?" — X as the subject of a verb in the present tense that is no auxiliary ("Virkesköparen förser
 * …", "De programmerar …", "I butiken säljer man …").</li>
 * <li>"Var / Vart + verb …?" — the asked verb followed by a place ("arbetar i stall", "skickas hem till …").</li>
 * </ul>
 * The verbs' classes come from the Swedish part-of-speech dictionary ({@link WordClasses}); the function words
 * (conjunctions, prepositions, pronouns, auxiliaries) are closed classes of Swedish grammar.
 */
final class AnswerForm {

    enum Form { DEFINITION, ACTION, PLACE, OBJECT, MEANS, NONE }

    private static final Pattern DEFINITION_QUESTION = Pattern.compile(
            "^\\s*vad (?:är|innebär|betyder|menas med|avses med)\\s", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION_QUESTION = Pattern.compile(
            "^\\s*vad gör\\s", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** "Vad gör man …?": the question's own subject is the generic "man". */
    private static final Pattern ASKS_MAN = Pattern.compile("^\\s*vad gör man\\b", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /**
     * "Vad får man betala för …?", "Vad behöver jag ta med?", "Vad ska du skicka in?": what the one asking may or must
     * do something with — the object of the verb after the modal and the pronoun.
     */
    private static final Pattern OBJECT_QUESTION = Pattern.compile(
            "^\\s*vad\\s+(?:kan|får|ska|skall|måste|behöver|bör)\\s+(?:du|man|jag|vi|ni)\\s+(?:inte\\s+)?\\p{L}+",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /**
     * "Hur ansöker man …?", "Hur får man veta …?": the way something is done, which Swedish gives with a preposition of
     * means ("via e-tjänsten", "genom att fylla i …", "per post", "med hjälp av …"). "Hur" before an adjective or
     * adverb ("hur många", "hur länge") asks a measure instead, so the word after "hur" must be a finite verb.
     */
    private static final Pattern MEANS_QUESTION = Pattern.compile(
            "^\\s*hur\\s+(\\p{L}+)", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** Finite verbs after "hur" that ask a state or a measure, not a way: "Hur är …", "Hur blir …", "Hur mycket …". */
    private static final Set<String> AUXILIARIES_OF_MEASURE = Set.of("är", "var", "blir", "blev", "mycket", "många",
            "länge", "stor", "ofta", "gammal", "lång", "långt", "hög", "högt");
    /** Prepositions of means (a closed class). */
    private static final Set<String> MEANS_WORDS = Set.of("via", "genom", "per");
    /** Verbs too light to say what is done ("göra", "ha", "vara", "bli", "få"): the sentence need not repeat them. */
    private static final Set<String> LIGHT_VERBS = Set.of("göra", "ha", "vara", "bli", "få");
    private static final Pattern PLACE_QUESTION = Pattern.compile(
            "^\\s*vart?\\s+(\\p{L}+)", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** Verbs that define: the copula and the verbs of meaning. */
    static final Set<String> DEFINING_VERBS = Set.of("är", "innebär", "betyder", "avser", "utgör", "definieras", "kallas");
    /** "Med X menas / avses …": the passive verbs of meaning after the defined word. */
    private static final Set<String> MEANS = Set.of("menas", "avses");
    /**
     * Auxiliaries, modals and the copula: a subject followed by one of them says what it is, may or must, not what it
     * does (a closed class).
     */
    private static final Set<String> AUXILIARIES = Set.of("är", "har", "kan", "ska", "skall", "får", "måste", "bör",
            "blir", "finns", "brukar", "kommer", "vill", "behöver", "heter", "kallas", "gäller", "ingår", "vara");
    /** Personal pronouns that stand for what the sentence before named ("De programmerar …") or for anyone ("man"). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("de", "hen", "han", "hon", "man", "den", "det");
    /** Prepositions and adverbs of place that follow a verb of where ("arbetar i", "skickas hem till"). */
    private static final Set<String> PLACE_WORDS = Set.of("i", "på", "vid", "hos", "till", "inom", "hem", "från",
            "ifrån", "utanför", "utomlands", "mot");
    /** A verb that asks where is read past these (the modal of "Var kan jag hämta …?" is not what is done). */
    private static final Set<String> NOT_THE_VERB = Set.of("kan", "ska", "skall", "får", "måste", "bör", "behöver",
            "jag", "du", "man", "vi", "ni", "det", "de", "inte");

    private AnswerForm() {
    }

    /**
     * A cause given with the conjunction "då" ("since") inside the sentence: "… bör ha god fysik då arbetet kan vara
     * ansträngande". "Då" after the main clause and followed by a clause (a subject, then a finite verb within two
     * words) is the subordinating conjunction; at the start of a sentence or alone ("just då") it is the adverb "then".
     */
    static boolean causalDa(String sentence) {
        List<String> w = words(sentence);
        for (int i = 1; i + 2 < w.size(); i++) {
            if (!w.get(i).equals("då") || WordClasses.isFiniteVerb(w.get(i + 1))) {
                continue;
            }
            for (int j = i + 2; j < w.size() && j <= i + 3; j++) {
                if (WordClasses.isFiniteVerb(w.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    static Form of(String question) {
        String q = question.strip();
        if (DEFINITION_QUESTION.matcher(q).find()) {
            return Form.DEFINITION;
        }
        if (ACTION_QUESTION.matcher(q).find()) {
            return Form.ACTION;
        }
        var means = MEANS_QUESTION.matcher(q);
        if (means.find() && WordClasses.isFiniteVerb(means.group(1)) && !AUXILIARIES_OF_MEASURE.contains(means.group(1).toLowerCase(Locale.ROOT))) {
            return Form.MEANS;
        }
        if (OBJECT_QUESTION.matcher(q).find() && !objectVerb(q).isEmpty()) {
            return Form.OBJECT;
        }
        var place = PLACE_QUESTION.matcher(q);
        if (place.find() && WordClasses.isFiniteVerb(place.group(1))) {
            return Form.PLACE;
        }
        return Form.NONE;
    }

    /**
     * Whether the sentence has the form the question asks for.
     *
     * @param subjectWord whether a word is one of the question's subject words (or a form of one)
     * @param previous the sentence before it in its paragraph ("" for none): a definite noun may name its word again
     */
    static boolean fits(Form form, String question, String sentence, String previous, Predicate<String> subjectWord) {
        List<String> words = words(sentence);
        return switch (form) {
            case DEFINITION -> defines(words, previous, subjectWord);
            case ACTION -> acts(words, previous, subjectWord, ASKS_MAN.matcher(question).find());
            case PLACE -> placed(words, askedVerb(question));
            case MEANS -> words.stream().anyMatch(MEANS_WORDS::contains) || String.join(" ", words).contains("med hjälp av");
            case OBJECT -> hasObject(words, objectVerb(question), particle(question));
            case NONE -> false;
        };
    }

    /**
     * "X är / innebär / betyder …", "X, som är …", "Med X menas …": X a subject word, or a definite noun naming a
     * word of the sentence before again ("… ett uppehållstillståndskort. Kortet är ett bevis …").
     */
    private static boolean defines(List<String> w, String previous, Predicate<String> subjectWord) {
        for (int i = 0; i + 1 < w.size(); i++) {
            boolean names = names(w, i, previous, subjectWord) || genitiveBefore(w, i, subjectWord);
            if (names && DEFINING_VERBS.contains(w.get(i + 1))) {
                return true;
            }
            if (names && i + 2 < w.size() && w.get(i + 1).equals("som") && DEFINING_VERBS.contains(w.get(i + 2))) {
                return true;
            }
            if (w.get(i).equals("med") && names(w, i + 1, previous, subjectWord)) {
                for (int j = i + 2; j < w.size() && j <= i + 5; j++) {
                    if (MEANS.contains(w.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "X:s (viktigaste) uppgift är …": a subject word in the genitive heads the noun phrase whose noun is defined, one
     * or two words before it (an attribute may stand between).
     */
    private static boolean genitiveBefore(List<String> w, int noun, Predicate<String> subjectWord) {
        for (int j = noun - 1; j >= 0 && j >= noun - 2; j--) {
            if (w.get(j).endsWith("s") && subjectWord.test(w.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * X doing something: X (or a pronoun standing for it at the sentence's start) right before a present-tense verb
     * that is no auxiliary, or right after it when something else is put first ("I butiken säljer man …"; "man" only
     * when the question asks what "man" does: "På BVC arbetar man dagtid" says nothing a nurse does).
     */
    private static boolean acts(List<String> w, String previous, Predicate<String> subjectWord, boolean asksMan) {
        for (int i = 0; i + 1 < w.size(); i++) {
            boolean subject = names(w, i, previous, subjectWord) || i == 0 && SUBJECT_PRONOUNS.contains(w.get(i));
            if (subject && action(w.get(i + 1))) {
                return true;
            }
            if (i > 0 && action(w.get(i)) && (names(w, i + 1, previous, subjectWord) || asksMan && w.get(i + 1).equals("man"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean action(String word) {
        return !AUXILIARIES.contains(word) && WordClasses.isPresentVerb(word);
    }

    /** The asked verb followed by a place: "arbetar i stall", "skickas hem till er adress". */
    private static boolean placed(List<String> w, Set<String> verb) {
        if (verb.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.size(); i++) {
            if (!WordClasses.lemmas(w.get(i)).stream().anyMatch(verb::contains)) {
                continue;
            }
            for (int j = i + 1; j < w.size() && j <= i + 3; j++) {
                if (PLACE_WORDS.contains(w.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The base forms of the verb after the modal and pronoun of a "Vad får man …?" question, unless a light verb. */
    static Set<String> objectVerb(String question) {
        Set<String> verb = askedVerb(question);
        return verb.stream().anyMatch(LIGHT_VERBS::contains) ? Set.of() : verb;
    }

    /** The particle or preposition right after the asked verb ("betala för", "ta med"), "" for none. */
    private static String particle(String question) {
        List<String> w = words(question);
        Set<String> verb = askedVerb(question);
        for (int i = 1; i + 1 < w.size(); i++) {
            if (WordClasses.lemmas(w.get(i)).stream().anyMatch(verb::contains)) {
                String next = w.get(i + 1);
                return WordClasses.readings(next).stream().anyMatch(r -> r.tag().equals("PP") || r.tag().equals("AB"))
                        && !NOT_THE_VERB.contains(next) ? next : "";
            }
        }
        return "";
    }

    /** The asked verb (with its particle, if the question has one) followed by what it takes: "betala för hyra …". */
    private static boolean hasObject(List<String> w, Set<String> verb, String particle) {
        for (int i = 0; i < w.size(); i++) {
            if (!WordClasses.lemmas(w.get(i)).stream().anyMatch(verb::contains)) {
                continue;
            }
            int after = i + 1;
            if (!particle.isEmpty()) {
                if (after >= w.size() || !w.get(after).equals(particle)) {
                    continue;
                }
                after++;
            }
            if (after < w.size()) {
                return true;
            }
        }
        return false;
    }

    /** The base forms of the verb a "Var/Vart" question asks about: the first verb past modals and pronouns. */
    static Set<String> askedVerb(String question) {
        List<String> w = words(question);
        for (int i = 1; i < w.size(); i++) {
            if (!NOT_THE_VERB.contains(w.get(i)) && WordClasses.readings(w.get(i)).stream().anyMatch(r -> r.tag().startsWith("VB"))) {
                return Set.copyOf(WordClasses.lemmas(w.get(i)));
            }
        }
        return Set.of();
    }

    /** The word at i is a subject word, or a definite noun that names a word of the sentence before again. */
    private static boolean names(List<String> w, int i, String previous, Predicate<String> subjectWord) {
        if (i >= w.size()) {
            return false;
        }
        return subjectWord.test(w.get(i)) || i == 0 && namesAgainWord(w.get(0), previous);
    }

    /**
     * Whether a sentence opens with a definite noun that names again a word of the sentence before ("… ett avtal som
     * kallas Montrealprotokollet. Avtalet ställer krav …", "… ett uppehållstillståndskort … Kortet är ett bevis …"):
     * Swedish refers back to a thing just named with the definite form of its word or of its compound's last part.
     */
    static boolean namesAgain(String sentence, String previous) {
        List<String> w = words(sentence);
        return !w.isEmpty() && namesAgainWord(w.get(0), previous);
    }

    private static boolean namesAgainWord(String first, String previous) {
        if (previous.isBlank() || !WordClasses.isDefiniteNoun(first)) {
            return false;
        }
        for (String lemma : WordClasses.lemmas(first)) {
            if (lemma.length() < MIN_HEAD) {
                continue;
            }
            for (String p : words(previous)) {
                if (p.endsWith(lemma) || p.endsWith(first)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A compound's last part shorter than this ("ur", "is") matches too many words by chance. */
    private static final int MIN_HEAD = 4;

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")).filter(s -> !s.isEmpty()).toList();
    }
}
