package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI document served at /api/openapi.json is valid and describes exactly the server's routes. */
class ApiDescriptionTest {

    /** Route kinds that are operations; before/after filters are not. */
    private static final Set<HandlerType> OPERATIONS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE, HandlerType.OPTIONS, HandlerType.HEAD);

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir.resolve("index"), UnaryOperator.identity());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void the_document_is_valid_openapi_3_1_and_describes_every_registered_route_and_no_other() {
        HttpResponse<String> r = server.get("/api/openapi.json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, options);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), "invalid: " + parsed.getMessages());
        OpenAPI api = parsed.getOpenAPI();
        assertEquals(SpecVersion.V31, api.getSpecVersion());

        Set<String> registered = new TreeSet<>();
        for (ParsedEndpoint e : server.app().unsafe.internalRouter.allHttpHandlers()) {
            if (OPERATIONS.contains(e.endpoint.method)) {
                registered.add(e.endpoint.method.name() + " " + e.endpoint.path);
            }
        }
        Set<String> described = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(m -> described.add(m.name().toUpperCase(Locale.ROOT) + " " + path)));
        assertFalse(registered.isEmpty());
        Set<String> undescribed = new TreeSet<>(registered);
        undescribed.removeAll(described);
        Set<String> missing = new TreeSet<>(described);
        missing.removeAll(registered);
        assertTrue(undescribed.isEmpty(), "routes the document does not describe: " + undescribed);
        assertTrue(missing.isEmpty(), "described routes the server does not have: " + missing);
        for (PathItem item : api.getPaths().values()) {
            item.readOperations().forEach(op -> assertFalse(op.getResponses().isEmpty(), op.getOperationId()));
        }
    }

    @Test
    void the_readable_page_is_served_from_the_jar_under_the_pages_csp_without_inline_script() {
        HttpResponse<String> page = server.get("/api/docs");
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertEquals(WebSecurity.PAGE_CSP, csp);
        assertFalse(csp.contains("unsafe-inline"));
        assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script: " + page.body());
        for (String file : new String[] {"swagger-ui.css", "swagger-ui-bundle.js", "docs.js", "docs.css"}) {
            HttpResponse<String> asset = server.get("/api/docs/" + file);
            assertEquals(200, asset.statusCode(), file);
            assertTrue(page.body().contains("/api/docs/" + file), file);
        }
        assertEquals(404, server.get("/api/docs/index.html").statusCode(), "only the listed files are served");
        assertEquals(404, server.get("/api/docs/..%2F..%2Fpom.properties").statusCode());
    }
}
