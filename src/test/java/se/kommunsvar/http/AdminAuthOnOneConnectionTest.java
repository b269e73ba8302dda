package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each admin request is judged by its own Authorization header, also when a client sends several requests
 * over one kept-alive connection (as browsers and HTTP clients do).
 */
class AdminAuthOnOneConnectionTest {

    @TempDir
    static Path indexDir;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(indexDir, Optional.of("s3cret-token"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_request_without_the_token_after_one_with_it_is_refused() throws Exception {
        for (HttpClient.Version version : HttpClient.Version.values()) {
            HttpClient client = HttpClient.newBuilder().version(version).build();
            assertEquals(200, status(client, "Bearer s3cret-token"), version + " right token");
            assertEquals(401, status(client, null), version + " no token after the right one");
            assertEquals(401, status(client, "Bearer s3cret-tokeN"), version + " wrong token after the right one");
            assertEquals(200, status(client, "Bearer s3cret-token"), version + " right token after a wrong one");
            assertEquals(401, status(client, null), version + " no token again");
        }
    }

    private static int status(HttpClient client, String authorization) throws Exception {
        HttpRequest.Builder b = server.request("/api/admin/pages").GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
