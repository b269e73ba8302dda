package se.kommunsvar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An editor at work, over HTTP: the calls of the editors' API ({@code /api/admin/…}) with the admin token, each
 * failing with the status and body when the server does not answer as documented.
 */
final class AdminClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    AdminClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** {@code POST /api/admin/reindex {"url"}}: re-fetches one page; returns its outcome ("changed", "new", …) once committed. */
    String reindexPage(String url) throws IOException, InterruptedException {
        JsonNode result = call("POST", "/api/admin/reindex", MAPPER.createObjectNode().put("url", url).toString(), 200)
                .path("result");
        return result.path("outcome").asText();
    }

    /**
     * {@code POST /api/admin/reindex {"url", "municipality"}}: re-fetches one page of a host of no municipality (the
     * bench serves its sites from loopback) as the named municipality's; returns its outcome once committed.
     */
    String reindexPage(String url, String municipality) throws IOException, InterruptedException {
        String body = MAPPER.createObjectNode().put("url", url).put("municipality", municipality).toString();
        return call("POST", "/api/admin/reindex", body, 200).path("result").path("outcome").asText();
    }

    /**
     * {@code POST /api/admin/reindex {"site", "municipality"}} (202) for a site served from a host of no municipality,
     * then {@code GET /api/admin/crawl} until it has ended; its summary.
     */
    String crawlSite(String site, String municipality, Step whileRunning) throws IOException, InterruptedException {
        call("POST", "/api/admin/reindex", MAPPER.createObjectNode().put("site", site).put("municipality", municipality)
                .toString(), 202);
        while (true) {
            whileRunning.run();
            JsonNode crawl = call("GET", "/api/admin/crawl", "", 200).path("crawl");
            if (!crawl.path("running").asBoolean(true)) {
                return crawl.path("summary").asText();
            }
            Thread.sleep(50);
        }
    }

    /** {@code DELETE /api/admin/pages?url=}: removes a page; returns once the removal is committed. */
    void deletePage(String url) throws IOException, InterruptedException {
        call("DELETE", "/api/admin/pages?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8), "", 200);
    }

    /** Work done between two looks at a running crawl. */
    interface Step {
        void run() throws IOException, InterruptedException;
    }

    private JsonNode call(String method, String path, String body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token);
        if (!body.isEmpty()) {
            req.header("Content-Type", "application/json");
        }
        req.method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = client.send(req.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " gave HTTP " + r.statusCode() + ": " + r.body());
        }
        return MAPPER.readTree(r.body());
    }
}
