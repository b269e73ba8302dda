package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.parse.pdf.PlanPdfs;

/**
 * An editor adds a plan PDF served on loopback through the re-index API of the real server; the chat answers the tax
 * question from its budget table, and chat and search both say which page of the PDF the passage is printed on.
 */
class PdfCitationApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Optional<String> TOKEN = Optional.of("editor-token");

    @TempDir
    Path dir;
    HttpServer site;
    String planUrl;

    @BeforeEach
    void startSite() throws IOException {
        byte[] plan = PlanPdfs.budget();
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/download/mal-och-budget-2024.pdf", ex -> {
            try (ex) {
                ex.getResponseHeaders().set("Content-Type", "application/pdf");
                ex.sendResponseHeaders(200, plan.length);
                ex.getResponseBody().write(plan);
            }
        });
        site.start();
        planUrl = "http://127.0.0.1:" + site.getAddress().getPort() + "/download/mal-och-budget-2024.pdf";
    }

    @AfterEach
    void stopSite() {
        site.stop(0);
    }

    @Test
    void a_plan_pdf_reindexed_by_an_editor_is_cited_with_its_page_in_chat_and_search() throws Exception {
        try (AdminServer server = new AdminServer(dir, TOKEN)) {
            var reindex = server.send("POST", "/api/admin/reindex", TOKEN, JSON.writeValueAsString(Map.of("url", planUrl)));
            assertEquals(200, reindex.statusCode(), reindex.body());
            assertEquals("new", JSON.readTree(reindex.body()).get("result").get("outcome").asText(), reindex.body());

            var chat = server.send("POST", "/api/chat", Optional.empty(),
                    JSON.writeValueAsString(Map.of("message", "Vad är skattesatsen 2024 enligt budgeten?")));
            JsonNode answer = JSON.readTree(chat.body());
            assertTrue(answer.get("answered").asBoolean(), chat.body());
            assertTrue(answer.get("answer").asText().contains("22,09"), chat.body());
            JsonNode citation = answer.get("citations").get(0);
            assertEquals(planUrl, citation.get("url").asText());
            assertEquals(4, citation.get("page").asInt(), chat.body());
            assertEquals(planUrl + "#page=4", citation.get("link").asText(), chat.body());

            var search = server.send("GET", "/api/search?q=" + URLEncoder.encode("skattesats 2024", StandardCharsets.UTF_8),
                    Optional.empty(), "");
            JsonNode first = JSON.readTree(search.body()).get("results").get(0);
            assertEquals(4, first.get("page").asInt(), search.body());
            assertEquals(planUrl + "#page=4", first.get("link").asText(), search.body());
        }
    }
}
