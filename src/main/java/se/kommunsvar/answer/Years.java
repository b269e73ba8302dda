package se.kommunsvar.answer;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years as questions and municipal pages write them: "2024", a span "2015-2018" or "2022–2026" (a mandate period or
 * a plan's period, which holds every year in it), "år 2035".
 */
final class Years {

    static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    /** A span of two four-digit years joined by a dash (with or without spaces), not a date "2022-10-24". */
    private static final Pattern SPAN = Pattern.compile("\\b((?:19|20)\\d{2})\\s?[-–—]\\s?((?:19|20)\\d{2})\\b(?!-\\d)");
    /** A span longer than this is two separate years ("1992 – 2024" as the ends of a series), not a period. */
    private static final int MAX_SPAN = 12;
    /** A Swedish mandate period: four years (elections every fourth September). */
    private static final int MANDATE_PERIOD = 4;

    /** "efter valet 2022", "efter valen 2018", "efter 2022 års val": the mandate period that the election opened. */
    private static final Pattern AFTER_ELECTION = Pattern.compile(
            "efter\\s+(?:valet|valen)\\s+((?:19|20)\\d{2})\\b|efter\\s+((?:19|20)\\d{2})\\s+[aå]rs\\s+val",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Words with which Swedish marks the present: "nu", "idag"/"i dag", "nuvarande", "för närvarande", "numera", "fortfarande" (still). A question asking about now, and a sentence saying it is of now, both use them.
     */
    private static final Pattern NOW = Pattern.compile(
            "(?<![\\p{L}\\d])(?:nu|idag|i\\s+dag|nuvarande|för närvarande|numera|fortfarande)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Years() {
    }

    /**
     * A Swedish yes/no question puts the finite verb first ("Gäller det …?", "Ingår målet …?"); a question with an
     * interrogative word ("vad", "vem", "hur", "när", "var", "varför", "vilken" …) anywhere asks for a fact instead
     * ("Och hur många är de nu?", "Om jag …, hur mycket …?"). "Var" (was) opening a yes/no question is read as "var"
     * (where) too: the rule then does not apply, which keeps it on the safe side.
     */
    private static final Pattern INTERROGATIVE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:vad|vem|vems|vilk\\p{L}*|hur|när|var|vart|varifrån|varför|how|what|who|which|when|where|why)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether a question asks whether something holds now ("Gäller det kokningsrekommendation just nu?", "Ingår målet
     * fortfarande?"): a yes/no question (ends with '?', opens with no interrogative word) with a word of the present.
     * Only a sentence that itself speaks of the present can answer it; one that shares its words ("Om du driver en
     * livsmedelsverksamhet måste du följa kokningsrekommendationen") says nothing of now.
     */
    static boolean asksIfNow(String question) {
        String q = question.strip();
        return q.endsWith("?") && !INTERROGATIVE.matcher(q).find() && ofNow(q);
    }

    /** Whether a text speaks of the present ("nu", "i dag", "nuvarande mandatperiod"). */
    static boolean ofNow(String text) {
        return NOW.matcher(text).find();
    }

    /**
     * Whether a page speaks of the period before the election a question asks after: the question says "efter valet
     * Y", and the page names a period that ends with Y ("Politisk ledning 2019-2022", "mandatperioden 2018–2022") and
     * no later year. Swedish elections are held in September of the last year of a period, so such a page names the
     * offices held before the election, not after it.
     */
    static boolean beforeAskedElection(String question, String page) {
        Matcher q = AFTER_ELECTION.matcher(question);
        if (!q.find()) {
            return false;
        }
        int election = Integer.parseInt(q.group(1) != null ? q.group(1) : q.group(2));
        if (latest(page) > election) {
            return false;
        }
        Matcher s = SPAN.matcher(page);
        while (s.find()) {
            if (Integer.parseInt(s.group(2)) == election && Integer.parseInt(s.group(1)) < election) {
                return true;
            }
        }
        return false;
    }

    /** Every year the text names, with the years inside the spans it names. */
    static Set<Integer> of(String text) {
        Set<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(Integer.parseInt(m.group()));
        }
        Matcher s = SPAN.matcher(text);
        while (s.find()) {
            int from = Integer.parseInt(s.group(1));
            int to = Integer.parseInt(s.group(2));
            if (to > from && to - from <= MAX_SPAN) {
                for (int y = from; y <= to; y++) {
                    years.add(y);
                }
            }
        }
        return years;
    }

    /** The latest year a text names (0 if none). */
    static int latest(String text) {
        Matcher m = YEAR.matcher(text);
        int max = 0;
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group()));
        }
        return max;
    }

    /** The latest year a text names that is not after {@code cap} (a plan's "2050" is no date of writing). */
    static int latestUpTo(String text, int cap) {
        Matcher m = YEAR.matcher(text);
        int max = 0;
        while (m.find()) {
            int y = Integer.parseInt(m.group());
            if (y <= cap) {
                max = Math.max(max, y);
            }
        }
        return max;
    }

    static boolean any(String text) {
        return YEAR.matcher(text).find();
    }

    /**
     * Whether a unit may answer a question about the asked years: a unit that names years must name an asked one;
     * a unit that names none is read in its passage (heading, page title, the passage's text), which must name an
     * asked year. A unit with no year in sight cannot say which year its fact is for, so it does not answer a
     * question about one year.
     */
    static boolean fits(Set<Integer> asked, String unit, String passage, Supplier<String> page) {
        if (asked.isEmpty()) {
            return true;
        }
        Set<Integer> own = of(unit);
        if (!own.isEmpty()) {
            return own.stream().anyMatch(asked::contains);
        }
        if (of(passage).stream().anyMatch(asked::contains)) {
            return true;
        }
        Set<Integer> whole = of(page.get());
        return !whole.isEmpty() && period(whole) && whole.stream().anyMatch(asked::contains);
    }

    /**
     * Whether the years of a page lie within one mandate period (4 years): such a page is dated by them ("Under
     * innevarande mandatperiod, 2015-2018, …"); a page whose years span decades (a table of rates since 1981) dates
     * none of its sentences.
     */
    private static boolean period(Set<Integer> years) {
        return years.stream().mapToInt(Integer::intValue).max().orElse(0)
                - years.stream().mapToInt(Integer::intValue).min().orElse(0) <= MANDATE_PERIOD;
    }
}
