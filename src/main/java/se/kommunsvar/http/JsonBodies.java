package se.kommunsvar.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import java.util.Optional;

/** What every JSON request body shares: it must be one object, and its optional strings have a length limit. */
final class JsonBodies {

    private JsonBodies() {
    }

    /** The body as a JSON object; a 400 that says what to send ({@code expected}) when it is empty or not one. */
    static JsonNode object(String body, ObjectMapper mapper, String expected) {
        if (body == null || body.isBlank()) {
            throw new BadRequestResponse("the request body is empty; send " + expected);
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new BadRequestResponse("the request body must be " + expected);
        }
        return json;
    }

    /** A field that may be absent, null or blank (all empty), else a string of at most {@code maxChars}, stripped. */
    static Optional<String> optionalText(JsonNode json, String field, int maxChars) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new BadRequestResponse("\"" + field + "\" must be a string or null");
        }
        String value = node.asText().strip();
        if (value.length() > maxChars) {
            throw new BadRequestResponse("\"" + field + "\" is " + value.length() + " characters long; the limit is "
                    + maxChars);
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
