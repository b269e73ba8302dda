package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Residents' chat on the real server: questions back when no municipality is known, small talk, deep links. */
class ResidentsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path indexDir;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(indexDir, Optional.of(TestServer.TOKEN));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_vague_contact_question_is_asked_back_with_the_municipalities_that_have_pages() throws Exception {
        JsonNode a = chat("{\"message\": \"Hur kontaktar jag kommunen?\"}");
        assertFalse(a.get("answered").asBoolean());
        assertEquals(0, a.get("citations").size());
        assertEquals("Vilken kommun gäller det?", a.get("clarify").get("question").asText());
        List<String> choices = texts(a.get("clarify").get("choices"));
        assertTrue(choices.containsAll(List.of("Hedemora", "Smedjebacken")), choices.toString());
        assertFalse(a.get("answer").asText().matches(".*\\d{2,}.*"), "no telephone number in a question back");
    }

    @Test
    void the_chosen_municipality_gets_its_own_contact_details_and_no_other() throws Exception {
        JsonNode back = chat("{\"message\": \"Hur kontaktar jag kommunen?\"}");
        String id = back.get("conversationId").asText();
        JsonNode a = chat("{\"message\": \"Hur kontaktar jag kommunen?\", \"municipality\": \"Hedemora\", "
                + "\"conversationId\": \"" + id + "\"}");
        assertTrue(a.get("answered").asBoolean(), a.toString());
        assertTrue(a.get("clarify") == null || a.get("clarify").isNull());
        for (JsonNode c : a.get("citations")) {
            assertEquals("Hedemora", c.get("municipality").asText());
        }
    }

    @Test
    void a_question_naming_its_municipality_is_answered_without_a_question_back() throws Exception {
        JsonNode a = chat("{\"message\": \"Hur kontaktar jag Smedjebackens kommun?\"}");
        assertTrue(a.get("clarify") == null || a.get("clarify").isNull(), a.toString());
    }

    @Test
    void greetings_and_thanks_get_a_short_reply_and_are_not_listed_as_unanswered() throws Exception {
        for (String said : List.of("hej", "Tack!", "hej då", "God morgon", "hi", "thanks")) {
            JsonNode a = chat("{\"message\": \"" + said + "\"}");
            assertTrue(a.get("smallTalk").asBoolean(), said);
            assertFalse(a.get("answered").asBoolean());
            assertFalse(a.get("answer").asText().startsWith("Jag hittar inget svar"), said);
        }
        HttpResponse<String> list = server.send(server.request("/api/admin/unanswered")
                .header("Authorization", "Bearer " + TestServer.TOKEN).GET());
        assertEquals(200, list.statusCode(), list.body());
        assertFalse(list.body().toLowerCase().contains("god morgon"), list.body());
        assertFalse(list.body().contains("Vilken kommun"), list.body());
    }

    @Test
    void a_question_that_starts_with_a_greeting_is_still_answered() throws Exception {
        JsonNode a = chat("{\"message\": \"Hej, vilka partier styr i Hedemora?\"}");
        assertTrue(a.get("answered").asBoolean(), a.toString());
    }

    @Test
    void a_citation_links_to_the_quoted_words_with_a_text_fragment() throws Exception {
        JsonNode a = chat("{\"message\": \"Vilka partier styr i Hedemora?\"}");
        JsonNode c = a.get("citations").get(0);
        String deep = c.get("deepLink").asText();
        assertTrue(deep.startsWith(c.get("link").asText() + "#:~:text="), deep);
        String directive = deep.substring(deep.indexOf(":~:text=") + ":~:text=".length());
        for (String part : directive.split(",")) {
            String words = URLDecoder.decode(part, StandardCharsets.UTF_8);
            assertTrue(a.get("answer").asText().contains(words), words + " is not the quote's own words");
            assertTrue(c.get("passage").asText().replaceAll("\\s+", " ").contains(words), words);
        }
    }

    @Test
    void example_questions_are_ones_the_pages_answer() throws Exception {
        for (String path : List.of("/api/examples?municipality=Hedemora", "/api/examples")) {
            HttpResponse<String> r = server.get(path);
            assertEquals(200, r.statusCode(), r.body());
            List<String> examples = texts(JSON.readTree(r.body()).get("examples"));
            assertFalse(examples.isEmpty(), path);
            assertTrue(examples.size() <= 3, examples.toString());
            for (String q : examples) {
                JsonNode a = chat(JSON.writeValueAsString(java.util.Map.of("message", q)));
                assertTrue(a.get("answered").asBoolean(), q + " → " + a);
            }
        }
        HttpResponse<String> unknown = server.get("/api/examples?municipality=Ingenstans");
        assertEquals("{\"examples\":[]}", unknown.body());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode chat(String body) throws Exception {
        HttpResponse<String> r = server.post("/api/chat", body);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }
}
