package se.kommunsvar.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates Swedish municipal pages write, in the forms they write them:
 * "2023-12-18", "12 juni 2015", "den 12 juni 2023", "12 jun 2023".
 */
public final class SwedishDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("mars", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7),
            Map.entry("jul", 7), Map.entry("augusti", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    /** One date as written: ISO, or day + Swedish month name + year. */
    public static final String DATE = "(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})\\s+("
            + "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?\\s+(\\d{4}))";

    private static final Pattern ANY_DATE = Pattern.compile(DATE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern UPDATED = Pattern.compile(
            "(?:senast\\s+)?(?:uppdaterad(?:es|e)?|ändrad(?:es|e)?|granskad)\\s*:?\\s*(?:den\\s+)?" + DATE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern PUBLISHED = Pattern.compile(
            "publicera(?:d|des|t)\\s*:?\\s*(?:den\\s+)?" + DATE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern UPDATED_LABEL = Pattern.compile("\\b(?:uppdaterad(?:es|e)?|ändrad(?:es|e)?|granskad)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern PUBLISHED_LABEL = Pattern.compile("\\bpublicera(?:d|des|t)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern DECISION_WORD = Pattern.compile(
            "\\b(?:antog|antogs|antagen|antaget|antagna|antagits|beslut\\w*|fastställ\\w*|klubba\\w*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?:(?:denna\\s+)?sid(?:a|an)\\s+)?(?:senast\\s+)?(?:uppdaterad\\w*|publicerad\\w*|ändrad\\w*|granskad)"
                    + "(?:\\s+(?:senast\\s+)?(?:uppdaterad\\w*|ändrad\\w*))?",
            Pattern.UNICODE_CASE);

    private SwedishDates() {
    }

    /** Every date in the text, in order of appearance. */
    public static List<LocalDate> all(String text) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = ANY_DATE.matcher(text);
        while (m.find()) {
            toDate(m, 0).ifPresent(dates::add);
        }
        return dates;
    }

    /** The date after an "uppdaterad"-type label ("Senast uppdaterad: 2023-12-18", "Sidan uppdaterades 2023-04-18"). */
    public static Optional<LocalDate> updated(String text) {
        return labelled(UPDATED, text);
    }

    /**
     * The page's own "uppdaterad" date: the labelled date when the page states it (at most twice, always the same);
     * a list that labels each of its items is not a statement about the page.
     */
    public static Optional<LocalDate> pageUpdated(String text) {
        return statedOnce(UPDATED, UPDATED_LABEL, text);
    }

    /** The page's own "publicerad" date, by the same rule as {@link #pageUpdated(String)}. */
    public static Optional<LocalDate> pagePublished(String text) {
        return statedOnce(PUBLISHED, PUBLISHED_LABEL, text);
    }

    /** The date after a "publicerad" label. */
    public static Optional<LocalDate> published(String text) {
        return labelled(PUBLISHED, text);
    }

    /**
     * The date of a decision the text reports: a date in the same sentence as a decision word
     * ("antagna av kommunfullmäktige 2023-11-21", "Den 12 juni 2023 tog kommunfullmäktige beslut").
     */
    public static Optional<LocalDate> decided(String text) {
        for (String sentence : Sentences.split(text)) {
            if (DECISION_WORD.matcher(sentence).find()) {
                List<LocalDate> dates = all(sentence);
                if (!dates.isEmpty()) {
                    return Optional.of(dates.get(0));
                }
            }
        }
        return Optional.empty();
    }

    /** True when the text is nothing but a page-date line, like "Sida uppdaterad 2021-03-10" or an empty "Sidan senast uppdaterad:". */
    public static boolean isDateLine(String line) {
        if (line.length() > 80) {
            return false;
        }
        String rest = ANY_DATE.matcher(line).replaceAll(" ").toLowerCase(Locale.ROOT)
                .replaceAll("[:.,]", " ").replaceAll("\\bden\\b", " ").strip();
        return DATE_LABEL.matcher(rest).matches();
    }

    private static Optional<LocalDate> statedOnce(Pattern dated, Pattern label, String text) {
        Matcher labels = label.matcher(text);
        int count = 0;
        while (labels.find()) {
            count++;
        }
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = dated.matcher(text);
        while (m.find()) {
            toDate(m, 0).ifPresent(dates::add);
        }
        return count <= 2 && dates.stream().distinct().count() == 1 ? Optional.of(dates.get(0)) : Optional.empty();
    }

    private static Optional<LocalDate> labelled(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? toDate(m, 0) : Optional.empty();
    }

    private static Optional<LocalDate> toDate(Matcher m, int offset) {
        try {
            if (m.group(offset + 1) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(offset + 1)),
                        Integer.parseInt(m.group(offset + 2)), Integer.parseInt(m.group(offset + 3))));
            }
            int month = MONTHS.get(m.group(offset + 5).toLowerCase(Locale.ROOT));
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(offset + 6)), month,
                    Integer.parseInt(m.group(offset + 4))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
