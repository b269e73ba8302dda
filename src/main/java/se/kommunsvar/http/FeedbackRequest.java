package se.kommunsvar.http;

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
        JsonNode json = JsonBodies.object(body, mapper, "a JSON object with \"helpful\" (true or false) and \"question\"");
        JsonNode helpful = json.get("helpful");
        if (helpful == null || !helpful.isBoolean()) {
            throw new BadRequestResponse("\"helpful\" must be true or false");
        }
        String question = JsonBodies.optionalText(json, "question", ChatRequest.MAX_MESSAGE_CHARS)
                .orElseThrow(() -> new BadRequestResponse("\"question\" is missing or empty"));
        Optional<String> url = JsonBodies.optionalText(json, "url", ReindexRequest.MAX_ADDRESS_CHARS);
        if (url.isPresent() && !url.get().startsWith("https://") && !url.get().startsWith("http://")) {
            throw new BadRequestResponse("\"url\" must be an http or https address");
        }
        return new FeedbackRequest(helpful.asBoolean(), question, url, JsonBodies.optionalText(json, "municipality", 200));
    }

}
