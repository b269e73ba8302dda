package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Residents' Ja / Nej through the real server, the editors' view of it and both CSV exports. */
class FeedbackApiTest {

    private static final Map<String, String> ADMIN = Map.of("Authorization", "Bearer " + TestServer.TOKEN);

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

    private String anIndexedPage() throws Exception {
        JsonNode pages = Json.mapper().readTree(server.send(server.request("/api/admin/pages"), ADMIN).body()).get("pages");
        return pages.get(0).get("url").asText();
    }

    private JsonNode feedback() throws Exception {
        HttpResponse<String> r = server.send(server.request("/api/admin/feedback"), ADMIN);
        assertEquals(200, r.statusCode(), r.body());
        return Json.mapper().readTree(r.body()).get("pages");
    }

    @Test
    void a_no_is_kept_redacted_under_its_page_and_survives_a_restart() throws Exception {
        String page = anIndexedPage();
        String body = Json.mapper().writeValueAsString(Map.of("helpful", false, "url", page,
                "question", "Vem styr? Ring mig på 070-123 45 67"));
        HttpResponse<String> given = server.post("/api/feedback", body);
        assertEquals(201, given.statusCode(), given.body());
        server.post("/api/feedback", Json.mapper().writeValueAsString(Map.of("helpful", true, "url", page, "question", "Vem styr?")));

        server = server.restart();

        JsonNode pages = feedback();
        assertEquals(1, pages.size(), pages.toString());
        assertEquals(page, pages.get(0).get("url").asText());
        assertEquals(1, pages.get(0).get("yes").asInt());
        assertEquals(1, pages.get(0).get("no").asInt());
        String question = pages.get(0).get("questions").get(0).get("question").asText();
        assertEquals("Vem styr? Ring mig på [telefon]", question);
        assertFalse(pages.get(0).get("title").asText().isEmpty(), "the title comes from the index");
    }

    @Test
    void bad_feedback_gets_a_json_error_and_nothing_is_stored() throws Exception {
        for (String bad : List.of("", "[]", "{\"helpful\":\"nej\",\"question\":\"x\"}", "{\"helpful\":false}",
                "{\"helpful\":false,\"question\":\"x\",\"url\":\"javascript:alert(1)\"}",
                "{\"helpful\":false,\"question\":\"x\",\"url\":\"https://nowhere.example/not-indexed\"}",
                "{\"helpful\":false,\"question\":\"" + "x".repeat(1001) + "\"}", "{not json")) {
            HttpResponse<String> r = server.post("/api/feedback", bad);
            assertEquals(400, r.statusCode(), bad + " -> " + r.body());
            assertTrue(Json.mapper().readTree(r.body()).get("error").isTextual(), r.body());
        }
        assertEquals(0, feedback().size());
    }

    @Test
    void the_editors_views_and_exports_need_the_token() {
        for (String path : List.of("/api/admin/feedback", "/api/admin/feedback.csv", "/api/admin/unanswered.csv")) {
            assertEquals(401, server.get(path).statusCode(), path);
        }
    }

    @Test
    void the_csv_exports_quote_every_cell_and_defuse_formulas() throws Exception {
        String page = anIndexedPage();
        server.post("/api/feedback", Json.mapper().writeValueAsString(Map.of("helpful", false, "url", page,
                "question", "=HYPERLINK(\"http://evil.example\",\"klicka\")")));
        server.chat(Json.mapper().writeValueAsString(Map.of("message", "+46 eller @kommunen, vad kostar en friggebod i Hedemora?")));

        HttpResponse<String> csv = server.send(server.request("/api/admin/feedback.csv"), ADMIN);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(Csv.BOM + "\"Sida\",\"Titel\",\"Kommun\",\"Ja\",\"Nej\",\"Fråga som inte fick svar\",\"Antal\",\"Senast\"",
                lines[0]);
        assertTrue(lines[1].contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klicka\"\")\","), lines[1]);

        String unanswered = server.send(server.request("/api/admin/unanswered.csv"), ADMIN).body();
        assertTrue(unanswered.contains("\"'+46 eller @kommunen"), unanswered);
    }

    @Test
    void csv_cells_are_defused_for_every_formula_start() {
        assertEquals("\"'=1+1\"", Csv.cell("=1+1"));
        assertEquals("\"'-2\"", Csv.cell("-2"));
        assertEquals("\"'@SUM(A1)\"", Csv.cell("@SUM(A1)"));
        assertEquals("\"'\tx\"", Csv.cell("\tx"));
        assertEquals("\"a \"\"b\"\", c\"", Csv.cell("a \"b\", c"));
        assertEquals("\"Hedemora\"", Csv.cell("Hedemora"));
    }
}
