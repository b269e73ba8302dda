package se.kommunsvar.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import java.util.Optional;

/**
 * A validated {@code POST /api/feedback} body: {@code helpful} (the resident's Ja / Nej), the {@code question} that
 * was answered, and the {@code url} of the answer's first source (absent when the answer quoted no page).
 */
record FeedbackRequest(boolean helpful, String question, Optional<String> url, Optional<String> municipality) {

    static FeedbackRequest parse(String body, ObjectMapper mapper) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new BadRequestResponse("send a JSON object with \"helpful\" (true or false) and \"question\"");
        }
        JsonNode helpful = json.get("helpful");
        if (helpful == null || !helpful.isBoolean()) {
            throw new BadRequestResponse("\"helpful\" must be true or false");
        }
        String question = text(json, "question", ChatRequest.MAX_MESSAGE_CHARS)
                .orElseThrow(() -> new BadRequestResponse("\"question\" is missing or empty"));
        Optional<String> url = text(json, "url", ReindexRequest.MAX_ADDRESS_CHARS);
        if (url.isPresent() && !url.get().startsWith("https://") && !url.get().startsWith("http://")) {
            throw new BadRequestResponse("\"url\" must be an http or https address");
        }
        return new FeedbackRequest(helpful.asBoolean(), question, url, text(json, "municipality", 200));
    }

    private static Optional<String> text(JsonNode json, String field, int max) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new BadRequestResponse("\"" + field + "\" must be a string or null");
        }
        String value = node.asText().strip();
        if (value.length() > max) {
            throw new BadRequestResponse("\"" + field + "\" is " + value.length() + " characters long; the limit is " + max);
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
