package se.kommunsvar.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.BadRequestResponse;
import java.util.Optional;

/** A validated {@code POST /api/chat} body. */
record ChatRequest(String message, Optional<String> municipality, Optional<String> conversationId) {

    /** Longest question accepted, in characters: a resident's question is a sentence or two. */
    static final int MAX_MESSAGE_CHARS = 1000;

    static ChatRequest parse(String body, ObjectMapper mapper) {
        if (body == null || body.isBlank()) {
            throw new BadRequestResponse("the request body is empty; send a JSON object with a \"message\"");
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new BadRequestResponse("the request body must be a JSON object with a \"message\"");
        }
        JsonNode message = json.get("message");
        if (message == null || message.isNull()) {
            throw new BadRequestResponse("\"message\" is missing");
        }
        if (!message.isTextual()) {
            throw new BadRequestResponse("\"message\" must be a string");
        }
        String text = message.asText().strip();
        if (text.isEmpty()) {
            throw new BadRequestResponse("\"message\" is empty");
        }
        if (text.length() > MAX_MESSAGE_CHARS) {
            throw new BadRequestResponse("\"message\" is " + text.length() + " characters long; the limit is "
                    + MAX_MESSAGE_CHARS);
        }
        return new ChatRequest(text, optionalText(json, "municipality"), optionalText(json, "conversationId"));
    }

    private static Optional<String> optionalText(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new BadRequestResponse("\"" + field + "\" must be a string or null");
        }
        String value = node.asText().strip();
        if (value.length() > 200) {
            throw new BadRequestResponse("\"" + field + "\" is too long");
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
