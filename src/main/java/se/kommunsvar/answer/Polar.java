package se.kommunsvar.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Yes/no questions. Swedish asks one by putting the finite verb first ("Behöver jag anmäla ett attefallshus?",
 * "Får man grilla …?", "Är biblioteket öppet …?") and uses no interrogative word. That opening verb is mostly an
 * auxiliary or modal (behöver, får, kan, måste, ska, är, har): it says how the question is asked, not what it is
 * about. What the answer must speak of is the rest: the action and the thing it is done to.
 *
 * <p>After the verb comes its subject, then the rest of the verb phrase, and the main clause ends with what the
 * question is about: the object or complement ("… anmäla ett <b>attefallshus</b>", "… följa
 * <b>kokningsrekommendationen</b>", "Får man <b>boendeparkering</b> om man bor …"). A condition follows in a
 * subordinate clause ("om man bor …", "när det är eldningsförbud", "innan jag fått startbesked"). A sentence that
 * shares the opening verb and the action but not that last word ("För att anmäla i e-tjänsten behöver du …" for the
 * attefallshus question) merely shares words: it cannot say yes or no about the thing asked. So the quoted unit, read
 * with its heading and page title (which name the topic a sentence leaves unsaid), must name the last subject word of
 * the main clause or of a subordinate clause ({@link #foci}).
 */
final class Polar {

    /** An interrogative word anywhere makes it a question for something, not a yes/no question. */
    private static final Pattern INTERROGATIVE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:vad|vem|vems|vilk\\p{L}*|hur|när|var|vart|varifrån|varför|how|what|who|which|when|where|why)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Polar() {
    }

    /** Whether the question is a yes/no question: it ends with '?', opens with a verb, and has no interrogative word. */
    static boolean isPolar(String question) {
        String q = question.strip();
        return q.endsWith("?") && !INTERROGATIVE.matcher(q).find() && !openingWord(q).isEmpty();
    }

    /** The first word of the question, lower case ("behöver"); a leading "och" (a follow-up) is skipped. */
    static String openingWord(String question) {
        String[] words = question.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int i = 0;
        while (i < words.length && (words[i].isEmpty() || words[i].equals("och"))) {
            i++;
        }
        return i < words.length ? words[i] : "";
    }

    /**
     * Where a clause ends: a comma, or a subordinating conjunction (när, innan, eftersom, medan, för att, så
     * att, trots att, ifall), or "om" before a subject pronoun or a possessive ("om man bor", "om mitt bygglov
     * avslås"). "om" before a noun is the preposition ("ansökan om förskola", "målet om 40 000 invånare") and does
     * not end it.
     */
    private static final Pattern CLAUSE_END = Pattern.compile(
            ",|(?<![\\p{L}])(?:när|innan|eftersom|medan|ifall|(?:för|så|trots) att|om (?:jag|du|man|vi|ni|han|hon|den|det|de|"
                    + "min|mitt|mina|din|ditt|dina|vår|vårt|våra|er|ert|era|hans|hennes|deras))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The foci of a yes/no question: of each clause, its last subject word that is one of the question's concepts
     * (not the opening verb, not a word of the present such as "fortfarande", which {@link Years#asksIfNow} checks).
     * Swedish puts the new information of a clause last (end focus, "slutfokus"): "Behöver jag anmäla ett
     * <b>attefallshus</b>?", "Får jag börja <b>bygga</b> innan jag fått <b>startbesked</b>?".
     */
    static List<Concept> foci(String subject, List<Concept> concepts) {
        String lower = subject.toLowerCase(Locale.ROOT);
        String verb = openingWord(subject);
        List<Concept> out = new ArrayList<>();
        Matcher end = CLAUSE_END.matcher(lower);
        int from = 0;
        while (from <= lower.length()) {
            int to = end.find() ? end.start() : lower.length();
            focus(lower.substring(from, to), verb, from == 0, concepts).ifPresent(out::add);
            if (to == lower.length()) {
                break;
            }
            from = end.end();
        }
        return out;
    }

    private static Optional<Concept> focus(String clause, String verb, boolean first, List<Concept> concepts) {
        List<String> words = QuestionReader.contentWords(clause);
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            if (first && i == 0 && w.equals(verb) || Years.ofNow(w)) {
                continue;
            }
            Optional<Concept> c = concepts.stream().filter(k -> k.word().equals(w)).findFirst();
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }
}
