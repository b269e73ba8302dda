package se.kommunsvar.http;

import com.fasterxml.jackson.core.JsonProcessingException;
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
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new BadRequestResponse("send a JSON object with \"url\" (one page) or \"site\" (a whole site)");
        }
        Optional<String> url = address(json, "url");
        Optional<String> site = address(json, "site");
        if (url.isPresent() == site.isPresent()) {
            throw new BadRequestResponse("give exactly one of \"url\" (one page) or \"site\" (a whole site)");
        }
        return new ReindexRequest(url, site, name(json, "municipality"));
    }

    private static Optional<String> name(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new BadRequestResponse("\"" + field + "\" must be a string");
        }
        String value = node.asText().strip();
        if (value.length() > MAX_NAME_CHARS) {
            throw new BadRequestResponse("\"" + field + "\" is longer than " + MAX_NAME_CHARS + " characters");
        }
        return Optional.of(value).filter(v -> !v.isEmpty());
    }

    private static Optional<String> address(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new BadRequestResponse("\"" + field + "\" must be a string");
        }
        String value = node.asText().strip();
        if (value.length() > MAX_ADDRESS_CHARS) {
            throw new BadRequestResponse("\"" + field + "\" is longer than " + MAX_ADDRESS_CHARS + " characters");
        }
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
