package se.kommunsvar.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A validated {@code POST /api/admin/reindex} body: exactly one of {@code url} (one page) or {@code site} (a crawl),
 * and optionally {@code municipality}, whose site it is (given to pages of a host that belongs to no municipality).
 */
record ReindexRequest(Optional<String> url, Optional<String> site, Optional<String> municipality) {

    static final int MAX_ADDRESS_CHARS = 2000;
    /** Longer than any municipality's or region's name written out ("Region Västernorrland", "Upplands Väsby kommun"). */
    static final int MAX_NAME_CHARS = 100;

    static ReindexRequest parse(String body, ObjectMapper mapper) {
        JsonNode json = JsonBodies.object(body, mapper, "a JSON object with \"url\" (one page) or \"site\" (a whole site)");
        Optional<String> url = address(json, "url");
        Optional<String> site = address(json, "site");
        if (url.isPresent() == site.isPresent()) {
            throw new BadRequestResponse("give exactly one of \"url\" (one page) or \"site\" (a whole site)");
        }
        return new ReindexRequest(url, site, JsonBodies.optionalText(json, "municipality", MAX_NAME_CHARS));
    }


    private static Optional<String> address(JsonNode json, String field) {
        Optional<String> text = JsonBodies.optionalText(json, field, MAX_ADDRESS_CHARS);
        if (text.isEmpty()) {
            return text;
        }
        String value = text.get();
        try {
            URI uri = URI.create(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(value);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BadRequestResponse("\"" + field + "\" must be an http(s) address, was: " + value);
    }
}
