package se.kommunsvar.ingest.crawl;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One response, after following redirects.
 *
 * @param url the address asked for
 * @param finalUrl the address that answered (the last redirect hop)
 * @param redirects the hops before the final one, in order (empty without redirects)
 * @param status the final HTTP status
 * @param contentType the Content-Type header, or empty
 * @param etag the ETag header, or empty
 * @param lastModified the Last-Modified header, or empty
 * @param body the body (empty for 304 and most errors)
 * @param fetched when the response arrived
 */
public record FetchResult(String url, String finalUrl, List<String> redirects, int status, String contentType,
                          String etag, String lastModified, byte[] body, Instant fetched) {

    public FetchResult {
        redirects = List.copyOf(redirects);
    }

    /** The media type without parameters, lower case ("text/html"), or empty. */
    public String mediaType() {
        return mediaTypeOf(contentType);
    }

    /** The media type of a Content-Type value, without parameters, lower case. */
    static String mediaTypeOf(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset the server declared in Content-Type, or empty. */
    public String charset() {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").replace("'", "").strip();
            }
        }
        return "";
    }

    public Optional<String> redirectedFrom() {
        return redirects.isEmpty() ? Optional.empty() : Optional.of(url);
    }
}
