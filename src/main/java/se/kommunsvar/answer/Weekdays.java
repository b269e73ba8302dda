package se.kommunsvar.answer;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays as residents ask and municipal pages write opening hours: a day ("på lördagar", "tisdag"), a span of days
 * ("Måndag–torsdag", "mån-fre", "Måndagar-torsdagar"), "vardagar" (Monday to Friday), "helger" (Saturday and
 * Sunday). A question about one day is not answered by a line about other days ("Fredagar klockan 08.00–15.15" does
 * not answer "… öppet på tisdag?"); a span answers for every day in it. Holidays named after a weekday
 * ("skärtorsdag", "långfredag") are not that weekday.
 */
final class Weekdays {

    private static final String[] DAYS = {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"};
    private static final String[] SHORT = {"mån", "tis", "ons", "tors", "fre", "lör", "sön"};
    private static final String DAY = "(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mån|tis|ons|tors|tor|fre|lör|sön)"
            + "(?:ar(?:na)?|en)?";
    /** A day or a span of days, standing as a word of its own. */
    private static final Pattern DAYS_PATTERN = Pattern.compile(
            "(?<![\\p{L}])" + DAY + "(?:\\s?[-–]\\s?" + DAY + ")?(?![\\p{L}])|(?<![\\p{L}])(vardag\\p{L}*|helg(?:er|erna|en)?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Weekdays() {
    }

    /** The weekdays (1 = Monday … 7 = Sunday) a text names, with the days inside the spans it names. */
    static Set<Integer> of(String text) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = DAYS_PATTERN.matcher(text);
        while (m.find()) {
            if (m.group(3) != null) {
                String w = m.group(3).toLowerCase(Locale.ROOT);
                if (w.startsWith("vardag")) {
                    for (int d = 1; d <= 5; d++) {
                        out.add(d);
                    }
                } else {
                    out.add(6);
                    out.add(7);
                }
                continue;
            }
            int from = day(m.group(1));
            int to = m.group(2) == null ? from : day(m.group(2));
            if (from == 0 || to == 0) {
                continue;
            }
            for (int d = from; ; d = d % 7 + 1) {
                out.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether a unit may answer a question about the asked days: a unit naming weekdays must name an asked one (or a
     * span holding it); a unit that names none may answer. A question naming no day asks nothing of days.
     */
    static boolean fits(String question, String unit) {
        Set<Integer> asked = of(question);
        if (asked.isEmpty()) {
            return true;
        }
        Set<Integer> own = of(unit);
        return own.isEmpty() || own.stream().anyMatch(asked::contains);
    }

    private static int day(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < DAYS.length; i++) {
            if (DAYS[i].equals(w) || SHORT[i].equals(w) || "tor".equals(w) && i == 3) {
                return i + 1;
            }
        }
        return 0;
    }
}
