package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code curl /metrics} on the real server: the counters move with the requests residents make. */
class MetricsTest {

    private static final String CHAT_OK = "kommunsvar_http_requests_seconds_count{method=\"POST\",route=\"/api/chat\",status=\"200\"}";
    private static final String ANSWERED = "kommunsvar_chat_answers_total{outcome=\"answered\"}";
    private static final String ABSTAINED = "kommunsvar_chat_answers_total{outcome=\"abstained\"}";
    private static final String HELPFUL_NO = "kommunsvar_feedback_total{helpful=\"no\"}";

    @Test
    void the_counters_move_after_a_chat_request_and_only_the_admin_token_reads_them(@TempDir Path dir) throws Exception {
        try (TestServer server = TestServer.start(dir.resolve("index"), UnaryOperator.identity())) {
            assertEquals(401, server.get("/metrics").statusCode(), "metrics are for operators");
            String before = scrape(server);
            assertTrue(value(before, "kommunsvar_index_pages") > 0, "pages in the index are shown");
            assertTrue(value(before, "kommunsvar_index_passages") > value(before, "kommunsvar_index_pages"));

            assertEquals(200, server.chat("{\"message\":\"Vilka partier styr i Hedemora?\"}").statusCode());
            assertEquals(200, server.chat("{\"message\":\"Hur många kameler bor på Mars?\"}").statusCode());
            assertEquals(201, server.post("/api/feedback", "{\"helpful\":false,\"question\":\"Vem styr?\"}").statusCode());
            String after = scrape(server);

            assertEquals(value(before, CHAT_OK) + 2, value(after, CHAT_OK), after);
            assertEquals(value(before, ANSWERED) + 1, value(after, ANSWERED));
            assertEquals(value(before, ABSTAINED) + 1, value(after, ABSTAINED));
            assertEquals(value(before, HELPFUL_NO) + 1, value(after, HELPFUL_NO));
            assertTrue(after.contains("kommunsvar_http_requests_seconds_bucket{method=\"POST\",route=\"/api/chat\""),
                    "latency is a histogram");
            assertTrue(after.contains("route=\"/metrics\""), "routes are the registered patterns");
        }
    }

    @Test
    void refusals_of_the_rate_limit_are_counted_and_health_names_the_index_commit(@TempDir Path dir) throws Exception {
        try (TestServer server = TestServer.start(dir.resolve("index"),
                s -> s.withRateLimit(new se.kommunsvar.config.RateLimit(2, 0.01)))) {
            for (int i = 0; i < 4; i++) {
                server.get("/api/search?q=skatt");
            }
            String metrics = scrape(server);
            assertEquals(2.0, value(metrics, "kommunsvar_rate_limited_total{route=\"/api/search\"}"), metrics);

            JsonNode health = Json.mapper().readTree(server.get("/api/health").body());
            assertTrue(health.get("indexGeneration").asLong() > 0, health.toString());
            assertTrue(health.get("lastCommit").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), health.toString());
            assertEquals(health.get("indexGeneration").asDouble(), value(metrics, "kommunsvar_index_generation"));
        }
    }

    @Test
    void a_site_crawl_is_counted_by_how_it_ended_and_its_pages_by_outcome(@TempDir Path dir) throws Exception {
        try (TestSite site = new TestSite(0);
             TestServer server = TestServer.start(dir.resolve("index"), Path.of("web"), java.util.List.of(), true)) {
            HttpResponse<String> started = server.send(server.request("/api/admin/reindex")
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"site\":\"" + site.start() + "\"}")),
                    Map.of("Authorization", "Bearer " + TestServer.TOKEN));
            assertEquals(202, started.statusCode(), started.body());
            String metrics = scrape(server);
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            while (value(metrics, "kommunsvar_crawls_total{outcome=\"completed\"}") == 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                metrics = scrape(server);
            }
            assertEquals(1.0, value(metrics, "kommunsvar_crawls_total{outcome=\"completed\"}"), metrics);
            assertTrue(value(metrics, "kommunsvar_crawl_pages_total{outcome=\"new\"}") >= TestSite.PAGES.length, metrics);
        }
    }

    private static String scrape(TestServer server) {
        HttpResponse<String> r = server.send(server.request("/metrics").GET(),
                Map.of("Authorization", "Bearer " + TestServer.TOKEN));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        return r.body();
    }

    /** The value of one series in the Prometheus text format; 0 when it has not been created yet. */
    private static double value(String scrape, String series) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).strip());
            }
        }
        return 0;
    }
}
