package se.kommunsvar.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years as questions and municipal pages write them: "2024", "2015-2018", "2022–2026". */
final class Years {

    static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private Years() {
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

    static boolean any(String text) {
        return YEAR.matcher(text).find();
    }
}
