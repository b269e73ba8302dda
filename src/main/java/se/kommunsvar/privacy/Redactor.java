package se.kommunsvar.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from a resident's text before it is kept: e-mail addresses, Swedish personal identity
 * (and co-ordination) numbers, Swedish phone numbers and street addresses become {@code [e-post]},
 * {@code [personnummer]}, {@code [telefon]} and {@code [adress]}. Errs on the side of redacting: a number that might
 * be a phone number is one.
 *
 * <p>The text is first put in one written form ({@link Normaliser}: NFKC, dashes, spaces, digits of any script), and
 * the result is all that is returned: the original spelling is kept nowhere. Every pattern is bounded or possessive
 * and anchored so that matching is linear in the text (tested on 50 kB of hostile input).
 */
public final class Redactor {

    public static final String EMAIL = "[e-post]";
    public static final String PERSONNUMMER = "[personnummer]";
    public static final String PHONE = "[telefon]";
    public static final String ADDRESS = "[adress]";

    /** "@" as people write it to fool harvesters: [at], (at), {at}, <at>, [snabel-a], or a lone "at". */
    private static final String AT = "(?: ?@ ?| ?[\\[({<] ?(?i:at|snabel-?a|@) ?[\\])}>] ?| (?i:at) )";
    /** "." likewise: [dot], (punkt), " dot ". */
    private static final String DOT = "(?:\\.| ?[\\[({<] ?(?i:dot|punkt) ?[\\])}>] ?| (?i:dot|punkt) )";
    /**
     * Local part (from where a run of its characters starts), "@", then domain labels each followed by a dot (and more name after it), then the top-level
     * domain. Possessive quantifiers: nothing is ever given back, so the scan is linear.
     */
    private static final Pattern EMAIL_PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}+" + AT + "(?:[\\p{L}\\p{N}-]{1,63}+" + DOT + "(?=[\\p{L}\\p{N}]))++"
                    + "\\p{L}{2,63}+(?![\\p{L}\\p{N}-])");

    /** A word and a house number: "Storgatan 12"; judged a street by {@link #STREET_ENDINGS}. */
    private static final Pattern STREET_AND_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{L}{3,40}+) (\\d{1,4}+)(?![\\d,.:]\\d)");
    /**
     * What may follow the number of an address: an entrance letter ("12B", "12 B"), a flat ("lgh 1102"), a postcode
     * ("776 30", "SE-776 30") and a town ("Hedemora"). Read only from where the number ends, at most this far.
     */
    private static final Pattern ADDRESS_TAIL = Pattern.compile(
            "(?: ?[A-Za-z](?![\\p{L}\\p{N}]))?(?:,? (?i:lgh|lägenhet) \\d{1,5}+)?"
                    + "(?:,? (?:SE-?)?\\d{3} ?\\d{2}(?!\\d)(?: \\p{Lu}\\p{L}{1,30}+)?)?");
    private static final int ADDRESS_TAIL_CHARS = 60;
    /**
     * The generic last part of Swedish street names (Storgatan, Kungsvägen, Stureplan, Skolgången): a word that ends
     * so and has more before it, followed by a number, is a street and a house number. The bare words ("vägen 5",
     * "väg 70", a road number) are not, and neither are units after the number ("gatan 5 km" never matches since a
     * bare word is not a street).
     */
    static final Set<String> STREET_ENDINGS = Set.of("gatan", "vägen", "gränd", "gränden", "stigen", "backen",
            "backe", "torget", "torg", "platsen", "plan", "allén", "allé", "alle", "leden", "gången", "slingan",
            "svängen", "ringen", "kroken", "liden", "höjden", "kajen", "stranden", "esplanaden", "promenaden");

    /** The text in normal form with every e-mail address, personnummer, phone number and street address replaced. */
    public String redact(String text) {
        String out = Normaliser.normalise(text);
        out = EMAIL_PATTERN.matcher(out).replaceAll(Matcher.quoteReplacement(EMAIL));
        out = addresses(out);
        return NumberRuns.redact(out);
    }

    private static String addresses(String text) {
        Matcher m = STREET_AND_NUMBER.matcher(text);
        Matcher tail = ADDRESS_TAIL.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        while (m.find(from)) {
            if (!isStreet(m.group(1))) {
                from = m.start(2);
                continue;
            }
            tail.region(m.end(), Math.min(text.length(), m.end() + ADDRESS_TAIL_CHARS));
            int end = tail.lookingAt() ? tail.end() : m.end();
            out.append(text, copied, m.start()).append(ADDRESS);
            copied = end;
            from = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    static boolean isStreet(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String ending : STREET_ENDINGS) {
            if (w.length() > ending.length() && w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
