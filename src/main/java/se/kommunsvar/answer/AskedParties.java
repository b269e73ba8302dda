package se.kommunsvar.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parties a question is about ("Hur många mandat har S?", "vilka kommunalråd har liberalerna"): a count or a
 * person asked for one party is answered only by a unit that names that party, by name or abbreviation. Pages write
 * "Socialdemokraterna", "(S)" or "S 17"; residents write the name or the capitalised abbreviation.
 */
final class AskedParties {

    /** One party: its name as pages write it, and a pattern for its name or abbreviation. */
    private record Party(String name, Pattern inQuestion, Pattern inText) {
    }

    private final List<Party> asked = new ArrayList<>();

    AskedParties(String question, Vocabulary vocabulary) {
        String lower = question.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : vocabulary.parties().entrySet()) {
            String name = e.getKey();
            String abbr = e.getValue();
            // the name's stem without the plural article ("Socialdemokrat" of "Socialdemokraterna")
            String stem = name.toLowerCase(Locale.ROOT).replaceAll("(?:erna|arna|na|et)$", "");
            Pattern abbreviation = abbr.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d-])" + Pattern.quote(abbr) + "(?![\\p{L}\\d-])");
            boolean named = lower.contains(stem) || abbreviation != null && abbreviation.matcher(question).find();
            if (named) {
                Pattern text = Pattern.compile("(?iu)" + Pattern.quote(stem)
                        + (abbr.isEmpty() ? "" : "|(?-i:(?<![\\p{L}\\d-])" + Pattern.quote(abbr) + "(?![\\p{L}\\d-]))"));
                asked.add(new Party(name, abbreviation, text));
            }
        }
    }

    boolean isEmpty() {
        return asked.isEmpty();
    }

    /** Whether the text names one of the asked parties (true when none is asked). */
    boolean namedIn(String text) {
        return asked.isEmpty() || asked.stream().anyMatch(p -> p.inText().matcher(text).find());
    }
}
