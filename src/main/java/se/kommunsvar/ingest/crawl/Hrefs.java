package se.kommunsvar.ingest.crawl;

import java.nio.charset.StandardCharsets;

/**
 * Link addresses as a browser sends them. Editors link documents by their file names as written
 * ({@code href="Mål och budget 2024.pdf"}); a browser percent-encodes the spaces and letters outside ASCII in UTF-8
 * (WHATWG URL, path percent-encode set), where {@link java.net.URI} refuses them.
 */
final class Hrefs {

    /** Characters a browser encodes in a path or query besides controls, spaces and non-ASCII. */
    private static final String ENCODED = "\"<>\\^`{|}";

    private Hrefs() {
    }

    /** The address with spaces, quotes, angle brackets and non-ASCII letters percent-encoded; "%" sequences kept. */
    static String encoded(String href) {
        StringBuilder out = new StringBuilder(href.length());
        href.strip().codePoints().forEach(cp -> {
            if (cp <= 0x20 || cp >= 0x7F || ENCODED.indexOf(cp) >= 0) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
