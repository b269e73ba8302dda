package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnansweredRoutesTest {

    @TempDir
    Path indexDir;
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(indexDir, Path.of("web"), List.of());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode unanswered() throws Exception {
        HttpResponse<String> list = server.send(server.request("/api/admin/unanswered")
                .header("Authorization", "Bearer " + TestServer.TOKEN));
        assertEquals(200, list.statusCode(), list.body());
        return Json.mapper().readTree(list.body()).get("questions");
    }

    @Test
    void an_unanswered_question_is_listed_with_its_personal_data_redacted() throws Exception {
        String question = "Kan jag få bygglov för en friggebod i Hedemora? Mitt personnummer är 19850101-1234, "
                + "ring 070-123 45 67 eller mejla namn@example.se";
        HttpResponse<String> chat = server.chat(Json.mapper().writeValueAsString(java.util.Map.of("message", question)));
        assertFalse(Json.mapper().readTree(chat.body()).get("answered").asBoolean(),
                "precondition: the corpus does not answer this question: " + chat.body());

        JsonNode questions = unanswered();
        assertEquals(1, questions.size(), questions.toString());
        JsonNode q = questions.get(0);
        String text = q.get("question").asText();
        assertTrue(text.contains("[personnummer]") && text.contains("[telefon]") && text.contains("[e-post]"), text);
        assertFalse(text.contains("1234") || text.contains("45 67") || text.contains("example.se"), text);
        assertEquals("Hedemora", q.get("municipality").asText());
        assertEquals(1, q.get("count").asInt());
        assertFalse(server.send(server.request("/api/admin/unanswered").header("Authorization", "Bearer " + TestServer.TOKEN))
                .body().contains("19850101"));
    }

    @Test
    void the_same_question_asked_twice_is_counted_and_answered_questions_are_not_kept() throws Exception {
        server.chat("{\"message\":\"Hur sorterar jag matavfall?\",\"municipality\":\"Hallsberg\"}");
        server.chat("{\"message\":\"hur sorterar jag  MATAVFALL\",\"municipality\":\"Hallsberg\"}");
        HttpResponse<String> answered = server.chat("{\"message\":\"Vilka partier styr i Hedemora?\"}");
        assertTrue(Json.mapper().readTree(answered.body()).get("answered").asBoolean(), answered.body());

        JsonNode questions = unanswered();
        assertEquals(1, questions.size(), questions.toString());
        assertEquals(2, questions.get(0).get("count").asInt());
        assertEquals("Hallsberg", questions.get(0).get("municipality").asText());
    }

    @Test
    void the_list_needs_the_admin_token() {
        assertEquals(401, server.send(server.request("/api/admin/unanswered")).statusCode());
        assertEquals(401, server.send(server.request("/api/admin/unanswered").header("Authorization", "Bearer wrong"))
                .statusCode());
    }

    @Test
    void the_municipalities_with_pages_are_listed_for_the_filters() throws Exception {
        HttpResponse<String> response = server.send(server.request("/api/municipalities"));
        assertEquals(200, response.statusCode());
        JsonNode names = Json.mapper().readTree(response.body()).get("municipalities");
        assertTrue(names.toString().contains("Hedemora"), names.toString());
    }
}
