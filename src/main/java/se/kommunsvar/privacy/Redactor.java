package se.kommunsvar.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from a resident's text before it is kept: e-mail addresses, Swedish personal identity
 * (and co-ordination) numbers and Swedish phone numbers become {@code [e-post]}, {@code [personnummer]} and
 * {@code [telefon]}. Errs on the side of redacting: a number that might be a phone number is one.
 */
public final class Redactor {

    public static final String EMAIL = "[e-post]";
    public static final String PERSONNUMMER = "[personnummer]";
    public static final String PHONE = "[telefon]";

    private static final Pattern EMAIL_PATTERN = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    /** YYMMDD or YYYYMMDD, an optional - or + (or space), and four digits; not inside a longer number. */
    private static final Pattern PERSONNUMMER_PATTERN = Pattern.compile(
            "(?<![\\d-])(?:(?:19|20)\\d{2}|\\d{2})(?:0[1-9]|1[0-2])\\d{2}[-+ ]?\\d{4}(?![\\d-])");
    /** A run of digits with the separators people write in phone numbers; judged by {@link #isPhone}. */
    private static final Pattern NUMBER_RUN = Pattern.compile("(?<![\\w+])(?:\\+|00)?\\(?\\d[\\d ()/-]{5,}\\d(?!\\d)");

    /** The text with every e-mail address, personnummer and phone number replaced by a placeholder. */
    public String redact(String text) {
        String out = EMAIL_PATTERN.matcher(text).replaceAll(Matcher.quoteReplacement(EMAIL));
        out = PERSONNUMMER_PATTERN.matcher(out).replaceAll(Matcher.quoteReplacement(PERSONNUMMER));
        Matcher m = NUMBER_RUN.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(isPhone(m.group()) ? PHONE : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Swedish numbers start with 0 (area code) or +46/0046 and have 7 to 10 digits after the country code or
     * leading zero; a date or a year range starts with another digit and is left alone.
     */
    static boolean isPhone(String run) {
        String digits = run.replaceAll("\\D", "");
        boolean international = run.startsWith("+") || run.startsWith("00");
        if (international) {
            String national = digits.startsWith("00") ? digits.substring(2) : digits;
            return national.length() >= 8 && national.length() <= 13;
        }
        return digits.startsWith("0") && digits.length() >= 8 && digits.length() <= 11;
    }
}
