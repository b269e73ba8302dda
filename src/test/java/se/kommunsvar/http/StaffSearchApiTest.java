package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/search} for contact-center staff, on the real server. */
class StaffSearchApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path indexDir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(indexDir, Optional.empty());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode search(String query) throws Exception {
        HttpResponse<String> r = server.get("/api/search?" + query);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void contact_words_with_a_municipality_give_its_contact_card_first() throws Exception {
        for (String word : new String[] {"telefon", "kundtj%C3%A4nst", "v%C3%A4xel"}) {
            JsonNode body = search("q=" + word + "&municipality=Hedemora");
            JsonNode card = body.get("contacts").get(0);
            assertEquals("0225-34 000", card.get("phone").asText(), word);
            assertTrue(card.get("url").asText().contains("hedemora.se"), word);
        }
        assertEquals(0, search("q=telefon").get("contacts").size(), "no card without a municipality");
        assertEquals(0, search("q=vision&municipality=Hedemora").get("contacts").size(), "no card for other searches");
    }

    @Test
    void results_are_one_per_page_above_the_relevance_bar_with_the_matching_sentence_and_a_deep_link() throws Exception {
        JsonNode results = search("q=partier+styr&limit=50").get("results");
        double best = results.get(0).get("score").asDouble();
        Set<String> pages = new HashSet<>();
        for (JsonNode r : results) {
            assertTrue(pages.add(r.get("url").asText()), "one result per page");
            assertTrue(r.get("score").asDouble() >= best * StaffResults.TAIL);
            assertTrue(r.get("passage").asText().contains(r.get("sentence").asText()));
            assertTrue(r.get("deepLink").asText().startsWith(r.get("link").asText()));
        }
        assertTrue(results.get(0).get("sentence").asText().contains("styr"), results.get(0).toString());
        assertTrue(results.size() < server.index().stats().passages(), "the tail is cut");
    }
}
