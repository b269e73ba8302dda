package se.kommunsvar.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds personnummer and phone numbers however their digits are grouped: {@code 19121212-1212},
 * {@code 12 12 12-12 12}, {@code 121212 - 1212}, {@code 070.123.45.67}, {@code +46 (0)70-123 45 67}.
 *
 * <p>A hand-written scan (linear, no backtracking) collects runs of digit groups joined by short separators
 * (at most {@link #MAX_SEPARATOR} of space, {@code - . / + ( )}); within a run, the longest stretch of groups whose
 * digits make a personnummer or a phone number is replaced, left to right. A stretch is judged by its digits:
 * 10 or 12 digits with a real month and day (or a co-ordination number's day + 60) are a personnummer; a leading
 * 0 and 8–11 digits, or {@code +}/{@code 00} and 8–13 digits, a Swedish phone number. Clock times and dates
 * ({@code 08.00-16.00}, {@code 01.05.2024}) that would otherwise look like phone numbers are left alone, as are
 * years, amounts and organisation numbers (month 20 or more).
 */
final class NumberRuns {

    /** Separators are short: "-", " - ", ") ". A longer gap ends the run. */
    static final int MAX_SEPARATOR = 3;
    /** Groups looked at together: "+46 (0)70 123 45 67" is six; more is never one number. */
    static final int MAX_GROUPS = 8;
    /** The shortest Swedish number: an area code and a five-digit subscriber number, "0225-340 00" style less one. */
    static final int MIN_DIGITS = 8;
    /** Digits looked at together: a personnummer has 12, an international number at most 15 with "00". */
    static final int MAX_DIGITS = 15;

    /** Clock times and time spans: 08.00, 8:30-17.00. */
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[.:]\\d{2}(?: ?- ?\\d{1,2}[.:]\\d{2})?");
    /** A personnummer as the Tax Agency writes it: 6 or 8 digits, "-" (or "+" at 100 years), 4 digits. */
    private static final Pattern PNR_SHAPE = Pattern.compile("(?:\\d{2})?\\d{6}[-+]\\d{4}");
    /** Dates written with dots or slashes: 01.05.2024, 1/5/24. */
    private static final Pattern DATE = Pattern.compile("\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");

    private NumberRuns() {
    }

    /** One group of digits at [start, end) in the text. */
    private record Group(int start, int end) {
    }

    static String redact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (!startsRun(text, i)) {
                i++;
                continue;
            }
            List<Group> run = new ArrayList<>();
            int end = scanRun(text, i, run);
            int g = 0;
            while (g < run.size()) {
                Optional<Replacement> found = longestAt(text, run, g);
                if (found.isEmpty()) {
                    g++;
                    continue;
                }
                Replacement r = found.get();
                out.append(text, copied, r.start()).append(r.placeholder());
                copied = r.end();
                g = r.nextGroup();
            }
            i = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** A run starts at a digit not inside a word or a longer number. */
    private static boolean startsRun(String text, int i) {
        if (!isDigit(text.charAt(i))) {
            return false;
        }
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    /** Collects the digit groups of the run starting at {@code i}; returns where the run ends. */
    private static int scanRun(String text, int i, List<Group> run) {
        int pos = i;
        while (true) {
            int start = pos;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
            run.add(new Group(start, pos));
            int sep = pos;
            while (sep < text.length() && sep - pos < MAX_SEPARATOR && isSeparator(text.charAt(sep))) {
                sep++;
            }
            if (sep == pos || sep >= text.length() || !isDigit(text.charAt(sep))) {
                return pos;
            }
            pos = sep;
        }
    }

    private record Replacement(int start, int end, String placeholder, int nextGroup) {
    }

    /** The longest stretch of groups from {@code first} that is a personnummer or phone number. */
    private static Optional<Replacement> longestAt(String text, List<Group> run, int first) {
        Optional<Replacement> best = Optional.empty();
        StringBuilder digits = new StringBuilder();
        for (int last = first; last < run.size() && last - first < MAX_GROUPS; last++) {
            Group g = run.get(last);
            digits.append(text, g.start(), g.end());
            if (digits.length() > MAX_DIGITS) {
                break;
            }
            if (digits.length() < MIN_DIGITS) {
                continue;
            }
            int start = prefixStart(text, run.get(first).start(), g.end());
            int end = suffixEnd(text, start, g.end());
            Optional<String> kind = judge(text.substring(start, end), digits.toString(), text.charAt(start) == '+');
            if (kind.isPresent()) {
                best = Optional.of(new Replacement(start, end, kind.get(), last + 1));
            }
        }
        return best;
    }

    /**
     * Includes a "+" written just before the first digit ("+46"), and a "(" when the stretch closes it ("(08) 123").
     */
    private static int prefixStart(String text, int start, int end) {
        int s = start;
        if (s > 0 && text.charAt(s - 1) == '(' && balance(text, s, end) < 0) {
            s--;
        }
        if (s > 0 && text.charAt(s - 1) == '+') {
            s--;
        }
        return s;
    }

    /** Includes a ")" just after the last digit when the stretch opened it. */
    private static int suffixEnd(String text, int start, int end) {
        return end < text.length() && text.charAt(end) == ')' && balance(text, start, end) > 0 ? end + 1 : end;
    }

    /** Opening minus closing parentheses in [start, end). */
    private static int balance(String text, int start, int end) {
        int b = 0;
        for (int i = start; i < end; i++) {
            b += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return b;
    }

    /** Personnummer, phone number, or neither, for a written stretch and its digits. */
    static Optional<String> judge(String written, String digits, boolean plus) {
        boolean pnrShape = PNR_SHAPE.matcher(written).matches();
        if (pnrShape && isPersonnummer(digits)) {
            return Optional.of(Redactor.PERSONNUMMER);
        }
        if (isPhone(digits, plus) && !TIME.matcher(written).matches() && !DATE.matcher(written).matches()) {
            return Optional.of(Redactor.PHONE);
        }
        if (isPersonnummer(digits)) {
            return Optional.of(Redactor.PERSONNUMMER);
        }
        return Optional.empty();
    }

    /** 10 digits (YYMMDDNNNN) or 12 (CCYYMMDDNNNN, century 18–20) with a real month and a day or day + 60. */
    static boolean isPersonnummer(String digits) {
        String d;
        if (digits.length() == 12) {
            int century = Integer.parseInt(digits.substring(0, 2));
            if (century < 18 || century > 20) {
                return false;
            }
            d = digits.substring(2);
        } else if (digits.length() == 10) {
            d = digits;
        } else {
            return false;
        }
        int month = Integer.parseInt(d.substring(2, 4));
        int day = Integer.parseInt(d.substring(4, 6));
        return month >= 1 && month <= 12 && (day >= 1 && day <= 31 || day >= 61 && day <= 91);
    }

    /**
     * Swedish numbers: a leading 0 (area or mobile code) and 8 to 11 digits in all, or +/00 and a country code
     * with 8 to 13 digits after it.
     */
    static boolean isPhone(String digits, boolean plus) {
        if (plus || digits.startsWith("00")) {
            String international = digits.startsWith("00") ? digits.substring(2) : digits;
            return international.length() >= 8 && international.length() <= 13;
        }
        return digits.startsWith("0") && digits.length() >= 8 && digits.length() <= 11;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '/' || c == '+' || c == '(' || c == ')';
    }
}
