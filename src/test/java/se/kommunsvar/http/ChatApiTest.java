package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API against the real server on a temporary index of the bundled corpus. */
class ChatApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path indexDir;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(indexDir, Optional.of("test-token"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void governing_parties_of_hedemora_are_answered_with_the_sentence_and_its_page() throws Exception {
        JsonNode a = chat("{\"message\": \"Vilka partier styr i Hedemora?\"}");
        assertTrue(a.get("answered").asBoolean());
        assertTrue(a.get("answer").asText().contains("Socialdemokraterna, Centerpartiet och Vänsterpartiet"));
        JsonNode citation = a.get("citations").get(0);
        assertEquals("https://www.hedemora.se/vision-och-mål/mål-för-kommunen-2021__5168", citation.get("url").asText());
        assertEquals("2021-03-10", citation.get("updated").asText());
        assertEquals("Hedemora", citation.get("municipality").asText());
        assertTrue(a.get("answer").asText().contains("2021-03-10"), "the date is shown in the answer text");
        assertFalse(a.get("conversationId").asText().isEmpty());
    }

    @Test
    void a_question_the_pages_do_not_answer_is_declined_in_swedish_with_no_citation() throws Exception {
        JsonNode a = chat("{\"message\": \"Hur ansöker jag om bygglov i Hallsberg?\"}");
        assertFalse(a.get("answered").asBoolean());
        assertEquals(0, a.get("citations").size());
        assertTrue(a.get("answer").asText().startsWith("Jag hittar inget svar"));
    }

    @Test
    void a_question_of_a_thousand_hyphenated_letters_is_answered_or_declined_never_a_server_error() throws Exception {
        StringBuilder hyphens = new StringBuilder();
        StringBuilder words = new StringBuilder();
        for (int i = 0; hyphens.length() < 998; i++) {
            hyphens.append(hyphens.length() == 0 ? "" : "-").append((char) ('a' + i % 26));
        }
        for (int i = 0; words.length() < 996; i++) {
            words.append((char) ('a' + i / 26 % 26)).append((char) ('a' + i % 26)).append(i % 2 == 0 ? "-" : " ");
        }
        for (String message : new String[] {hyphens.toString(), words.toString().strip()}) {
            HttpResponse<String> r = server.post("/api/chat", "{\"message\": \"" + message + "\"}");
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " " + r.body());
            JsonNode body = JSON.readTree(r.body());
            assertTrue(r.statusCode() == 200 ? body.has("answered") : body.has("error"), r.body());
        }
    }

    @Test
    void an_abstention_may_suggest_up_to_three_related_pages_and_an_answer_suggests_none() throws Exception {
        JsonNode declined = chat("{\"message\": \"Vad var kommunalskatten i Hedemora 1990?\"}");
        assertFalse(declined.get("answered").asBoolean(), declined.toString());
        assertEquals(0, declined.get("citations").size());
        JsonNode related = declined.get("related");
        assertTrue(related.size() >= 1 && related.size() <= 3, declined.toString());
        for (JsonNode page : related) {
            assertTrue(page.get("url").asText().contains("hedemora.se"), page.toString());
            assertFalse(page.get("title").asText().isBlank(), page.toString());
        }
        JsonNode answered = chat("{\"message\": \"Vilka partier styr i Hedemora?\"}");
        assertTrue(answered.get("answered").asBoolean());
        assertEquals(0, answered.get("related").size(), "an answer is never padded with suggestions");
    }

    @Test
    void a_municipality_without_pages_is_declined() throws Exception {
        JsonNode a = chat("{\"message\": \"Vad är kommunalskatten i Kiruna?\"}");
        assertFalse(a.get("answered").asBoolean());
        assertEquals(0, a.get("citations").size());
        assertTrue(a.get("answer").asText().contains("Kiruna"));
    }

    @Test
    void a_follow_up_in_the_same_conversation_keeps_the_subject() throws Exception {
        JsonNode first = chat("{\"message\": \"Vad är Smedjebackens vision?\"}");
        String id = first.get("conversationId").asText();
        JsonNode second = chat("{\"message\": \"Och Hallsbergs?\", \"conversationId\": \"" + id + "\"}");
        assertEquals(id, second.get("conversationId").asText());
        assertTrue(second.get("answered").asBoolean());
        assertTrue(second.get("citations").get(0).get("url").asText().contains("hallsberg.se"));
    }

    @Test
    void the_widget_municipality_restricts_the_answer() throws Exception {
        JsonNode a = chat("{\"message\": \"Vem är kommunstyrelsens ordförande?\", \"municipality\": \"Vallentuna\"}");
        assertTrue(a.get("answered").asBoolean());
        assertTrue(a.get("answer").asText().contains("Johan Skog"));
    }

    @Test
    void bad_requests_get_400_with_an_error_that_says_what_was_wrong() throws Exception {
        assertBadRequest("{\"message\": ", "not valid JSON");
        assertBadRequest("[\"Vilka partier styr?\"]", "JSON object");
        assertBadRequest("\"just a string\"", "JSON object");
        assertBadRequest("{}", "missing");
        assertBadRequest("{\"message\": \"   \"}", "empty");
        assertBadRequest("{\"message\": 42}", "must be a string");
        assertBadRequest("{\"message\": \"" + "a".repeat(5_000) + "\"}", "limit");
        assertBadRequest("", "empty");
    }

    @Test
    void a_50_kb_body_is_refused_without_a_server_error() throws Exception {
        HttpResponse<String> r = server.post("/api/chat", "{\"message\": \"" + "å".repeat(50_000) + "\"}");
        assertTrue(r.statusCode() == 400 || r.statusCode() == 413, "status " + r.statusCode());
        assertTrue(JSON.readTree(r.body()).has("error"));
        assertFalse(r.body().contains("Exception"));
    }

    @Test
    void search_returns_ranked_passages_of_the_municipality() throws Exception {
        HttpResponse<String> r = server.get("/api/search?q=" + URLEncoder.encode("kommunalskatt", StandardCharsets.UTF_8)
                + "&municipality=Hedemora&limit=3");
        assertEquals(200, r.statusCode());
        JsonNode results = JSON.readTree(r.body()).get("results");
        assertTrue(results.size() >= 1 && results.size() <= 3);
        for (JsonNode result : results) {
            assertEquals("Hedemora", result.get("municipality").asText());
        }
        JsonNode top = results.get(0);
        assertTrue((top.get("heading").asText() + top.get("passage").asText()).toLowerCase().contains("kommunalskatt"));
        assertTrue(results.get(0).get("score").asDouble() > 0);
    }

    @Test
    void search_without_q_or_with_a_bad_limit_is_a_400() throws Exception {
        assertEquals(400, server.get("/api/search").statusCode());
        assertEquals(400, server.get("/api/search?q=skatt&limit=abc").statusCode());
        assertEquals(400, server.get("/api/search?q=skatt&limit=0").statusCode());
    }

    @Test
    void health_reports_what_is_indexed() throws Exception {
        JsonNode h = JSON.readTree(server.get("/api/health").body());
        assertEquals(5, h.get("pages").asInt());
        assertEquals(4, h.get("municipalities").asInt());
        assertTrue(h.get("passages").asInt() > 5);
    }

    @Test
    void the_admin_api_refuses_requests_without_the_token() throws Exception {
        assertEquals(401, server.get("/api/admin/pages").statusCode());
        var wrong = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/api/admin/pages")),
                java.util.Map.of("Authorization", "Bearer nope"));
        assertEquals(401, wrong.statusCode());
        var right = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/api/admin/pages")),
                java.util.Map.of("Authorization", "Bearer test-token"));
        assertEquals(200, right.statusCode());
        assertEquals(5, JSON.readTree(right.body()).get("pages").size());
    }

    private static JsonNode chat(String body) throws Exception {
        HttpResponse<String> r = server.post("/api/chat", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = JSON.readTree(r.body());
        assertEquals(a.get("answered").asBoolean(), a.get("citations").size() > 0,
                "answered exactly when there are citations: " + r.body());
        return a;
    }

    private static void assertBadRequest(String body, String messagePart) throws Exception {
        HttpResponse<String> r = server.post("/api/chat", body);
        assertEquals(400, r.statusCode(), body.length() > 80 ? body.substring(0, 80) : body);
        String error = JSON.readTree(r.body()).get("error").asText();
        assertTrue(error.contains(messagePart), error);
    }
}
