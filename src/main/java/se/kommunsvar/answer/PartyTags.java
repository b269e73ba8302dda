package se.kommunsvar.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kommunsvar.parse.Passage;

/**
 * Municipal pages name politicians with a party tag, "Hanna Andersson (M)", but often not in the sentence
 * that states the role ("... heter Hanna Andersson och representerar Moderaterna"). An answer about a person
 * adds the tagged form the same page gives, so a resident sees the party the page states.
 */
final class PartyTags {

    private static final Pattern NAME = Pattern.compile(
            "\\b[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\\s+[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\\b");

    private PartyTags() {
    }

    /** The quote, followed by "(Name (X))" for each name in it that the page tags with a party elsewhere. */
    static String withTags(String quote, List<Passage> page) {
        Set<String> tagged = new LinkedHashSet<>();
        Matcher m = NAME.matcher(quote);
        while (m.find()) {
            String name = m.group();
            if (quote.startsWith(" (", m.end())) {
                continue;
            }
            Pattern tag = Pattern.compile(Pattern.quote(name) + "\\s*\\(([A-ZÅÄÖ]{1,4})\\)");
            for (Passage p : page) {
                Matcher t = tag.matcher(p.text());
                if (t.find()) {
                    tagged.add(name + " (" + t.group(1) + ")");
                    break;
                }
            }
        }
        return tagged.isEmpty() ? quote : quote + " (" + String.join(", ", tagged) + ")";
    }
}
