package se.kommunsvar.answer;

import java.util.regex.Pattern;

/**
 * Whether a sentence says what a negated question asks. "Vilka behöver inte betala avgift?" and "När behöver barnet
 * inte uppehållstillstånd?" ask for the exception; a sentence that negates nothing ("Alla som har plats betalar en
 * avgift") states the rule, however many of the question's words it shares. Swedish marks the exception with a
 * negation word (inte, ej, aldrig, ingen …), "utan" or "undantag"; the question's own "inte" is a stop word and
 * counts for nothing in coverage, so it is checked here.
 */
final class Polarity {

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:inte|ej|icke|aldrig|ingen|inget|inga|utan|undantag\\p{L}*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Polarity() {
    }

    /** False when the question is negated and the text negates nothing. */
    static boolean agrees(String question, String text) {
        return !NEGATION.matcher(question).find() || NEGATION.matcher(text).find();
    }
}
