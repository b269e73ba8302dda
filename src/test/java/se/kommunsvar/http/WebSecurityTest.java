package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebSecurityTest {

    private static final String HOST_SITE = "https://www.hedemora.se";
    private static final String CHAT = "{\"message\":\"Vilka partier styr i Hedemora?\"}";

    @TempDir
    static Path indexDir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(indexDir, Path.of("web"), List.of(HOST_SITE + "/"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/demo/", "/staff/", "/admin/"})
    void pages_are_served_with_a_strict_content_security_policy(String path) {
        HttpResponse<String> page = server.send(server.request(path));
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        for (String directive : List.of("script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'",
                "frame-ancestors 'none'")) {
            assertTrue(csp.contains(directive), () -> path + " lacks " + directive + ": " + csp);
        }
        assertFalse(csp.contains("unsafe"), csp);
        assertEquals(Optional.of("nosniff"), page.headers().firstValue("X-Content-Type-Options"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/demo/", "/staff/", "/admin/"})
    void pages_have_no_inline_scripts_or_styles(String path) {
        String html = server.send(server.request(path)).body();
        assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), path + " has an inline script");
        assertFalse(html.contains("<style"), path + " has an inline style element");
        assertFalse(html.matches("(?s).*\\sstyle=.*"), path + " has a style attribute");
        assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), path + " has an inline event handler");
    }

    @Test
    void the_widget_script_may_be_loaded_by_other_sites() {
        HttpResponse<String> widget = server.send(server.request("/widget.js"));
        assertEquals(200, widget.statusCode());
        assertTrue(widget.headers().firstValue("Content-Type").orElse("").contains("javascript"));
        assertEquals(Optional.of("cross-origin"), widget.headers().firstValue("Cross-Origin-Resource-Policy"));
        assertFalse(widget.body().contains("innerHTML"), "the widget must never insert server text as HTML");
    }

    @Test
    void an_allowed_origin_gets_a_preflight_and_cors_headers_without_credentials() {
        HttpResponse<String> preflight = server.send(server.request("/api/chat")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", HOST_SITE).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));
        assertEquals(204, preflight.statusCode());
        assertEquals(Optional.of(HOST_SITE), preflight.headers().firstValue("Access-Control-Allow-Origin"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Content-Type"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        HttpResponse<String> chat = server.send(server.request("/api/chat").header("Origin", HOST_SITE)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(CHAT)));
        assertEquals(200, chat.statusCode());
        assertEquals(Optional.of(HOST_SITE), chat.headers().firstValue("Access-Control-Allow-Origin"));

        HttpResponse<String> search = server.send(server.request("/api/search?q=partier").header("Origin", HOST_SITE));
        assertEquals(Optional.of(HOST_SITE), search.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void an_origin_not_in_the_configuration_is_refused_with_a_clear_error() {
        HttpResponse<String> chat = server.send(server.request("/api/chat").header("Origin", "https://elsewhere.example")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(CHAT)));
        assertEquals(403, chat.statusCode());
        assertTrue(chat.body().contains("KOMMUNSVAR_ALLOWED_ORIGINS"), chat.body());
        assertTrue(chat.headers().firstValue("Access-Control-Allow-Origin").isEmpty());

        HttpResponse<String> preflight = server.send(server.request("/api/search?q=x")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://elsewhere.example"));
        assertEquals(403, preflight.statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "file://", "chrome-extension://abcdef"})
    void an_opaque_or_non_web_origin_is_foreign_and_refused(String origin) {
        HttpResponse<String> chat = server.send(server.request("/api/chat").header("Origin", origin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(CHAT)));
        assertEquals(403, chat.statusCode(), chat.body());
        assertTrue(chat.body().startsWith("{\"error\":"), chat.body());
        assertTrue(chat.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> preflight = server.send(server.request("/api/chat")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST"));
        assertEquals(403, preflight.statusCode());
    }

    @Test
    void same_origin_and_originless_requests_need_no_cors() {
        HttpResponse<String> same = server.send(server.request("/api/chat").header("Origin", server.base())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(CHAT)));
        assertEquals(200, same.statusCode());
        assertTrue(same.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertEquals(200, server.chat(CHAT).statusCode());
    }

    @Test
    void the_admin_api_never_answers_cross_origin() {
        HttpResponse<String> pages = server.send(server.request("/api/admin/pages").header("Origin", HOST_SITE)
                .header("Authorization", "Bearer " + TestServer.TOKEN));
        assertTrue(pages.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertEquals(Optional.of("no-store"), pages.headers().firstValue("Cache-Control"));
    }

    @Test
    void an_oversized_body_is_refused_and_the_server_keeps_answering() {
        String huge = "{\"message\":\"" + "a".repeat((int) HttpApp.MAX_REQUEST_BYTES + 10) + "\"}";
        HttpResponse<String> refused = server.chat(huge);
        assertEquals(413, refused.statusCode());
        assertEquals(200, server.chat(CHAT).statusCode());
    }

    @Test
    void origins_are_compared_in_normal_form() {
        assertEquals(Optional.of("https://www.hedemora.se"), WebSecurity.normaliseOrigin("HTTPS://WWW.Hedemora.se:443/"));
        assertEquals(Optional.of("http://127.0.0.1:8080"), WebSecurity.normaliseOrigin("http://127.0.0.1:8080"));
        assertEquals(Optional.empty(), WebSecurity.normaliseOrigin("null"));
        assertEquals(Optional.empty(), WebSecurity.normaliseOrigin("file:///tmp/x.html"));
    }
}
