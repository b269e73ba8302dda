package se.kommunsvar.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The API description: the hand-written OpenAPI 3.1 document at {@value #OPENAPI} (resource {@code api/openapi.json},
 * checked against the registered routes by a test) and a readable page at {@value #DOCS}: Swagger UI served from its
 * webjar in this jar, under the pages' Content-Security-Policy (its initializer is {@code api/docs.js}, no inline
 * script).
 */
final class ApiDocs {

    static final String OPENAPI = "/api/openapi.json";
    static final String DOCS = "/api/docs";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    /** The only files served under {@value #DOCS}/: name → (resource, content type). */
    private static final Map<String, String[]> FILES = Map.of(
            "swagger-ui.css", new String[] {WEBJAR + swaggerUiVersion() + "/swagger-ui.css", "text/css; charset=utf-8"},
            "swagger-ui-bundle.js", new String[] {WEBJAR + swaggerUiVersion() + "/swagger-ui-bundle.js",
                    "text/javascript; charset=utf-8"},
            "docs.js", new String[] {"api/docs.js", "text/javascript; charset=utf-8"},
            "docs.css", new String[] {"api/docs.css", "text/css; charset=utf-8"});

    private ApiDocs() {
    }

    static void register(JavalinConfig config) {
        byte[] openapi = resource("api/openapi.json");
        byte[] page = resource("api/docs.html");
        config.routes.get(OPENAPI, ctx -> ctx.contentType("application/json").result(openapi));
        config.routes.get(DOCS, ctx -> asPage(ctx).contentType("text/html; charset=utf-8").result(page));
        config.routes.get(DOCS + "/{file}", ApiDocs::file);
    }

    private static void file(Context ctx) {
        String[] file = FILES.get(ctx.pathParam("file"));
        if (file == null) {
            throw new NotFoundResponse("no such file: " + ctx.path());
        }
        asPage(ctx).contentType(file[1]).header("Cache-Control", "max-age=3600").result(resource(file[0]));
    }

    /** The docs are a page, not an API answer: the pages' CSP (scripts and styles from this server only). */
    private static Context asPage(Context ctx) {
        return ctx.header("Content-Security-Policy", WebSecurity.PAGE_CSP);
    }

    private static String swaggerUiVersion() {
        Properties p = new Properties();
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing from the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
