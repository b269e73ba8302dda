package se.kommunsvar.answer;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Months as questions and municipal pages write them: a month's name ("i juli", "3 mars"), or a day and month in
 * figures as Swedish writes them, day first ("Lördag 02/03", "29/3"). A question about one month ("Har biblioteket
 * öppet på söndagar i juli?") is not answered by a table row or sentence dated in another month ("Söndag 03/03:
 * Stängt"): the opening hours of a week in March say nothing of July.
 */
final class Months {

    private static final String[] NAMES = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
            "september", "oktober", "november", "december"};
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}])(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "02/03", "29/3": day and month; not a fraction of a year ("2/3 av"), which has no leading zero and a word. */
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d/])([0-3]?\\d)/([01]?\\d)(?![\\d/])");

    private Months() {
    }

    /** The months (1–12) a question names by name. */
    static Set<Integer> asked(String question) {
        return named(question);
    }

    /**
     * Whether a unit may answer a question about the asked months: a unit that is dated (a month's name, a day and
     * month in figures) must be dated in an asked month; an undated unit may answer.
     */
    static boolean fits(Set<Integer> asked, String unit) {
        if (asked.isEmpty()) {
            return true;
        }
        Set<Integer> own = named(unit);
        Matcher m = DAY_MONTH.matcher(unit);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                own.add(month);
            }
        }
        return own.isEmpty() || own.stream().anyMatch(asked::contains);
    }

    private static Set<Integer> named(String text) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            for (int i = 0; i < NAMES.length; i++) {
                if (NAMES[i].equals(name)) {
                    out.add(i + 1);
                }
            }
        }
        return out;
    }
}
