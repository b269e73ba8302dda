package se.kommunsvar.municipality;

import java.net.IDN;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Host names out of addresses people and crawlers write, without ever throwing. */
final class HostNames {

    private HostNames() {}

    static Optional<String> host(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String s = stripScheme(url.strip());
        s = cut(s, "/?#\\ ");
        s = s.substring(s.lastIndexOf('@') + 1);
        if (s.startsWith("[")) {
            return Optional.empty();
        }
        s = cut(s, ":");
        s = IDN.toUnicode(percentDecode(s), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        s = NameText.stripSuffix(s, ".");
        return s.contains(".") && s.chars().noneMatch(Character::isWhitespace) ? Optional.of(s) : Optional.empty();
    }

    private static String stripScheme(String s) {
        int colon = s.indexOf("://");
        if (colon > 0 && s.substring(0, colon).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '+'
                || c == '.' || c == '-')) {
            return s.substring(colon + 3);
        }
        return s.startsWith("//") ? s.substring(2) : s;
    }

    private static String cut(String s, String stops) {
        for (int i = 0; i < s.length(); i++) {
            if (stops.indexOf(s.charAt(i)) >= 0) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
