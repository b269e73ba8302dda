package se.kommunsvar.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Security headers for every response and cross-origin rules for the public API.
 *
 * <p>Pages get a strict Content-Security-Policy (scripts and styles only from this server, nothing inline, no
 * framing); API responses get {@code default-src 'none'} and are not cached. Only {@code /api/chat},
 * {@code /api/feedback}, {@code /api/examples} and {@code /api/search} answer cross-origin, and only to the origins in {@link se.kommunsvar.config.Settings#allowedOrigins()};
 * a request from any other foreign origin is refused with 403, and so is one whose origin is opaque ({@code Origin: null},
 * sent by sandboxed frames and {@code file:} pages). No credentials are ever allowed cross-origin.
 */
final class WebSecurity {

    static final String PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    static final Set<String> CROSS_ORIGIN_PATHS = Set.of("/api/chat", "/api/search", "/api/feedback", "/api/examples");

    private final Set<String> allowedOrigins;

    private WebSecurity(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.stream().map(WebSecurity::normaliseOrigin).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    static void register(JavalinConfig config, List<String> allowedOrigins) {
        WebSecurity security = new WebSecurity(allowedOrigins);
        config.routes.before(security::headers);
        for (String path : CROSS_ORIGIN_PATHS) {
            config.routes.before(path, security::crossOrigin);
            config.routes.options(path, ctx -> ctx.status(204));
        }
    }

    private void headers(Context ctx) {
        boolean api = ctx.path().startsWith("/api/");
        (api ? API_HEADERS : PAGE_HEADERS).forEach(ctx::header);
        if (ctx.path().equals("/widget.js")) {
            // the widget is loaded by other sites' pages
            ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
        }
    }

    /** The headers of every page. */
    static final Map<String, String> PAGE_HEADERS = common(PAGE_CSP);
    /**
     * The headers of every API answer, and of every error the server writes (errors are JSON too, see
     * {@link JsonErrorHandler}): nothing may be loaded or framed, nothing cached.
     */
    static final Map<String, String> API_HEADERS = withNoStore(common(API_CSP));

    private static Map<String, String> common(String csp) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", csp);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        return Collections.unmodifiableMap(h);
    }

    private static Map<String, String> withNoStore(Map<String, String> headers) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put("Cache-Control", "no-store");
        return Collections.unmodifiableMap(h);
    }

    private void crossOrigin(Context ctx) {
        ctx.header("Vary", "Origin");
        String header = ctx.header("Origin");
        if (header == null) {
            return;
        }
        Optional<String> origin = normaliseOrigin(header);
        if (origin.isEmpty()) {
            // "null" (sandboxed frames, file: pages, cross-site redirects) or anything that is not an http(s)
            // origin is a page we cannot name, so it is foreign: it may not use the API
            throw new ForbiddenResponse("a page with an opaque or non-http(s) origin may not use this API");
        }
        if (sameOrigin(ctx, origin.get())) {
            return;
        }
        if (!allowedOrigins.contains(origin.get())) {
            throw new ForbiddenResponse("the origin " + origin.get() + " may not use this API; the server's "
                    + "KOMMUNSVAR_ALLOWED_ORIGINS lists the sites that may");
        }
        ctx.header("Access-Control-Allow-Origin", origin.get());
        if (ctx.method() == HandlerType.OPTIONS) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "Content-Type");
            ctx.header("Access-Control-Max-Age", "600");
        }
    }

    /** Browsers send Origin on same-origin POSTs too; those need no CORS. Compared by host and port. */
    private static boolean sameOrigin(Context ctx, String origin) {
        String host = Optional.ofNullable(ctx.header("Host")).orElse("").toLowerCase(Locale.ROOT);
        URI uri = URI.create(origin);
        String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        return host.equals(originHost) || host.equals(originHost + ":" + defaultPort(uri.getScheme()));
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    /** {@code scheme://host[:port]} in lower case, or empty when the text is not an http(s) origin. */
    static Optional<String> normaliseOrigin(String text) {
        try {
            URI uri = URI.create(text.strip());
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            String port = uri.getPort() < 0 || uri.getPort() == defaultPort(scheme) ? "" : ":" + uri.getPort();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
