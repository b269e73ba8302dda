package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error the server makes, including those Jetty writes before a request reaches the app, answers
 * {@code {"error": "..."}} with the right status and the security headers (issue 11 §4, issue 13 §9). Sent as raw
 * bytes, since an HTTP client library refuses to send most of these requests.
 */
class JsonErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static EmptyServer server;

    @BeforeAll
    static void start() {
        server = EmptyServer.start(dir, s -> s);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> bad_requests() {
        String longQuery = "a".repeat(9 * 1024);
        return Stream.of(
                Arguments.of(414, "GET /api/search?q=" + longQuery + " HTTP/1.1\r\nHost: x\r\n\r\n"),
                Arguments.of(431, "GET /api/health HTTP/1.1\r\nHost: x\r\nX-Filler: " + "b".repeat(20_000) + "\r\n\r\n"),
                Arguments.of(400, "GARBAGE\r\n\r\n"),
                Arguments.of(400, "GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n"),
                Arguments.of(400, "POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n"),
                Arguments.of(400, "GET /%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n"),
                Arguments.of(505, "GET / HTTP/9.9\r\nHost: x\r\n\r\n"),
                Arguments.of(405, "PUT /api/chat HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
                Arguments.of(405, "DELETE /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                Arguments.of(404, "GET /api/nothing-here HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                Arguments.of(404, "GET /no-such-page.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                Arguments.of(404, "GET /WEB-INF/web.xml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                // over the limit: read to its end, then refused (answering mid-body makes clients see a reset)
                Arguments.of(413, "POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n" + "{".repeat(100_000)),
                // far over it: refused before anything is read
                Arguments.of(413, "POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 5000000\r\n\r\n{"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_requests")
    void every_error_is_json_with_the_security_headers(int status, String request) throws Exception {
        String response = server.raw(request);
        int split = response.indexOf("\r\n\r\n");
        assertTrue(split > 0, "no complete response: " + response);
        String head = response.substring(0, split).toLowerCase(Locale.ROOT);
        String body = response.substring(split + 4);
        assertTrue(head.startsWith("http/1.1 " + status + " "), head);
        assertTrue(head.contains("content-type: application/json"), head);
        for (String header : new String[] {"content-security-policy: ", "x-content-type-options: nosniff",
                "x-frame-options: deny", "referrer-policy: no-referrer"}) {
            assertTrue(head.contains(header), "lacks " + header + ":\n" + head);
        }
        assertFalse(body.contains("<"), body);
        JsonNode json = JSON.readTree(body);
        assertEquals(1, json.size(), body);
        assertTrue(json.path("error").asText().length() > 10, body);
    }

    @Test
    void the_over_long_address_error_says_what_is_too_long_and_does_not_echo_it() throws Exception {
        String response = server.raw("GET /api/search?q=" + "kommunalskatt+".repeat(700) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertTrue(response.startsWith("HTTP/1.1 414 "), response);
        assertTrue(JSON.readTree(body).path("error").asText().contains("too long"), body);
        assertFalse(body.contains("kommunalskatt"), body);
    }

    @Test
    void a_method_not_allowed_names_the_allowed_ones() {
        String response = server.raw("DELETE /api/chat HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 405 "), response);
        assertTrue(response.toLowerCase(Locale.ROOT).contains("\r\nallow: post"), response);
    }
}
