package se.kommunsvar.municipality;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which kommun the path of an address names, for addresses on hosts that belong to no municipality: a newsroom
 * keeps each organisation under its name ({@code mynewsdesk.com/se/soderkopings_kommun/…}), a joint service or
 * project site under the kommun it serves ({@code rvs112.se/kultur-i-lidkoping/…}), a document archive under a
 * folder per kommun. A name that is also an ordinary word ("Mark", "Vara", "Ale") counts only when written as the
 * organisation ("vara-kommun", "marks_kommun"): paths are full of ordinary words. When the path names two kommuner
 * it names none.
 */
final class PathNames {

    /** Longest kommun name in words ("Upplands Väsby", "Dals-Ed" is two). */
    private static final int MAX_NAME_WORDS = 3;
    private static final Set<String> ORGANISATION_WORDS = Set.of("kommun", "kommuns", "stad", "stads");

    private final Map<String, Municipality> byKey = new HashMap<>();
    private final Set<Municipality> ambiguous;

    PathNames(List<Municipality> all, Set<Municipality> ambiguous) {
        this.ambiguous = Set.copyOf(ambiguous);
        for (Municipality m : all) {
            if (m.isKommun()) {
                String key = NameText.key(m.name());
                byKey.putIfAbsent(key, m);
                byKey.putIfAbsent(key.replace(" ", ""), m);
            }
        }
    }

    Optional<Municipality> owner(String url) {
        List<String> words = pathWords(url);
        Set<Municipality> named = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = 1; n <= MAX_NAME_WORDS && i + n <= words.size(); n++) {
                String phrase = String.join(" ", words.subList(i, i + n));
                boolean organisation = i + n < words.size() && ORGANISATION_WORDS.contains(words.get(i + n));
                lookUp(phrase, organisation).ifPresent(named::add);
            }
        }
        return named.size() == 1 ? named.stream().findFirst() : Optional.empty();
    }

    /** The kommun a phrase names: as written, or in the genitive before "kommun" ("soderkopings kommun"). */
    private Optional<Municipality> lookUp(String phrase, boolean organisation) {
        Municipality m = byKey.get(phrase);
        if (m == null && organisation && phrase.endsWith("s")) {
            m = byKey.get(phrase.substring(0, phrase.length() - 1));
        }
        if (m == null || ambiguous.contains(m) && !organisation) {
            return Optional.empty();
        }
        return Optional.of(m);
    }

    /** The folded words of the address's path, without host, query or fragment. */
    static List<String> pathWords(String url) {
        String s = url == null ? "" : url.strip();
        int scheme = s.indexOf("://");
        s = scheme >= 0 ? s.substring(scheme + 3) : s;
        int slash = s.indexOf('/');
        if (slash < 0) {
            return List.of();
        }
        s = s.substring(slash);
        for (char stop : new char[] {'?', '#'}) {
            int at = s.indexOf(stop);
            s = at >= 0 ? s.substring(0, at) : s;
        }
        try {
            s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // keep the raw path: a stray % is no reason to lose its words
        }
        List<String> words = new ArrayList<>();
        for (String w : NameText.fold(s).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
