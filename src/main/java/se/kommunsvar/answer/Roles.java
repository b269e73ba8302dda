package se.kommunsvar.answer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offices a person question asks about, as Swedish municipal pages name them: a title (ordförande, kommunalråd,
 * oppositionsråd, kommundirektör) of an organ (kommunfullmäktige, kommunstyrelsen, a nämnd). "Vem är
 * kommunstyrelsens ordförande?" is not answered by "Kommunfullmäktiges ordförande är …" nor by a sentence about
 * the kommunalråd: the sentence must name the asked title, and when it ties that title to an organ, the asked one.
 */
final class Roles {

    /** Titles a resident asks for by name; "KSO" is what pages write as "kommunstyrelsens ordförande". */
    private static final Pattern TITLE = Pattern.compile(
            "ordforande|kommun(?:al)?rad|oppositionsrad|kommundirektor|\\bkso\\b|ks-ordf");
    /**
     * An organ's title before a title: in the genitive ("kommunstyrelsens (nya) ordförande"), or as a label in a list of
     * offices, where the genitive is often left out ("Kommunstyrelsen ordförande: …", "Kommunfullmäktige ordförande").
     */
    private static final Pattern ORGAN_BEFORE = Pattern.compile(
            "\\b(\\p{L}*(?:fullmaktige|styrelse|namnd)\\p{L}*?)s?\\s+(?:\\p{L}+\\s+)?(?:\\p{L}+\\s+)?ordforande");
    /** A title with its organ after it ("ordförande i kommunfullmäktige", "ordförande för byggnadsnämnden"). */
    private static final Pattern ORGAN_AFTER = Pattern.compile(
            "ordforande\\s+(?:(?:i|for)\\s+)?(\\p{L}*(?:fullmaktige|styrelse|namnd)\\p{L}*)");

    private Roles() {
    }

    /**
     * A vice chair ("vice ordförande", "1:e vice ordförande", "förste vice ordförande", also as "vise" is often misspelt) is another office than the
     * chair: read as one word so that it does not count as "ordförande".
     */
    private static final Pattern VICE = Pattern.compile("vi[cs]e\\s*-?\\s*ordforande");

    /** The rank of a vice chair: the first ("1:e", "förste", "första") and the second ("2:e", "andre", "andra"). */
    private static final Pattern FIRST_VICE = Pattern.compile("(?:\\b1\\s*:\\s*[ae]|\\bforst[ae])\\s+vi[cs]e");
    private static final Pattern SECOND_VICE = Pattern.compile("(?:\\b2\\s*:\\s*[ae]|\\bandr[ae])\\s+vi[cs]e");

    /** Which vice chairs the text names by rank: "1", "2", both or none. */
    static Set<String> viceRanks(String text) {
        String folded = fold(text);
        Set<String> out = new HashSet<>();
        if (FIRST_VICE.matcher(folded).find()) {
            out.add("1");
        }
        if (SECOND_VICE.matcher(folded).find()) {
            out.add("2");
        }
        return out;
    }

    /** The titles the text names, folded ("ordforande", "kommunalrad", "viceordforande"). */
    static Set<String> titles(String text) {
        Set<String> out = new HashSet<>();
        String folded = fold(text);
        if (VICE.matcher(folded).find()) {
            out.add("viceordforande");
        }
        Matcher m = TITLE.matcher(VICE.matcher(folded).replaceAll("viceordf"));
        while (m.find()) {
            String t = m.group();
            // "kommunråd" is the same office as "kommunalråd" (both forms are in use on municipal pages)
            out.add(t.equals("kso") || t.equals("ks-ordf") ? "ordforande" : t.equals("kommunrad") ? "kommunalrad" : t);
        }
        return out;
    }

    /** The organs whose chair the text names: "fullmaktige", "styrelse", or a nämnd's name. */
    static Set<String> chairedOrgans(String text) {
        String folded = VICE.matcher(fold(text)).replaceAll("viceordf");
        Set<String> out = new HashSet<>();
        for (Pattern p : new Pattern[] {ORGAN_BEFORE, ORGAN_AFTER}) {
            Matcher m = p.matcher(folded);
            while (m.find()) {
                out.add(organ(m.group(1)));
            }
        }
        if (folded.matches("(?s).*(?:\\bkso\\b|ks-ordf).*")) {
            out.add("styrelse");
        }
        return out;
    }

    /**
     * Whether the sentence (read with its heading) names the office asked: every asked title, and, when both the
     * question and the sentence tie "ordförande" to organs, a common organ. A sentence that names an office itself
     * speaks of that office: "X blir 1:e vice ordförande" under the heading "Y blir kommunstyrelsens ordförande" is
     * about the vice chair, so the heading's titles count only for a sentence that names none.
     */
    static boolean fits(String question, String sentence, String heading) {
        Set<String> asked = titles(question);
        if (asked.isEmpty()) {
            return true;
        }
        Set<String> own = titles(sentence);
        Set<String> named = own.isEmpty() ? titles(sentence + " " + heading) : own;
        if (!named.containsAll(asked)) {
            return false;
        }
        // the first and the second vice chair are two offices: a sentence naming only the other rank is not the asked one
        Set<String> askedRanks = viceRanks(question);
        Set<String> namedRanks = viceRanks(sentence);
        if (!askedRanks.isEmpty() && !namedRanks.isEmpty() && namedRanks.stream().noneMatch(askedRanks::contains)) {
            return false;
        }
        Set<String> askedOrgans = chairedOrgans(question);
        Set<String> namedOrgans = chairedOrgans(sentence);
        return askedOrgans.isEmpty() || namedOrgans.isEmpty() || namedOrgans.stream().anyMatch(askedOrgans::contains);
    }

    private static String organ(String word) {
        if (word.contains("fullmaktige")) {
            return "fullmaktige";
        }
        if (word.contains("styrelse")) {
            return "styrelse";
        }
        return word.replaceAll("(?:en|s)$", "");
    }

    private static String fold(String s) {
        return QuestionReader.fold(s.toLowerCase(Locale.ROOT));
    }
}
