package se.kommunsvar.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import java.util.Optional;

/** A validated {@code POST /api/chat} body. */
record ChatRequest(String message, Optional<String> municipality, Optional<String> conversationId) {

    /** Longest question accepted, in characters: a resident's question is a sentence or two. */
    static final int MAX_MESSAGE_CHARS = 1000;
    /** Longest municipality name or conversation id: names are under 30 characters, ids are UUIDs (36). */
    static final int MAX_FIELD_CHARS = 200;

    static ChatRequest parse(String body, ObjectMapper mapper) {
        JsonNode json = JsonBodies.object(body, mapper, "a JSON object with a \"message\"");
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
        return new ChatRequest(text, JsonBodies.optionalText(json, "municipality", MAX_FIELD_CHARS),
                JsonBodies.optionalText(json, "conversationId", MAX_FIELD_CHARS));
    }

}
