package se.kommunsvar.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.answer.Answer;
import se.kommunsvar.answer.Answerer;
import se.kommunsvar.config.Settings;
import se.kommunsvar.index.CommitPoint;
import se.kommunsvar.index.IndexStats;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.index.PassageSearch;
import se.kommunsvar.index.SearchHit;
import se.kommunsvar.ingest.crawl.CrawlSettings;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.privacy.UnansweredQuestions;

/**
 * Builds the Javalin app: the chat, search and health API, and the web pages from {@code web/}.
 * Errors are JSON ({@code {"error": "..."}}) with a 4xx status for bad input; never a stack trace.
 */
public final class HttpApp {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApp.class);
    /** Largest request body accepted, in bytes. */
    public static final long MAX_REQUEST_BYTES = 64 * 1024;
    /**
     * A connection with no bytes moving for this long is closed (Jetty's default is 30 s). Browsers reopen
     * kept-alive connections as needed; a client that stalls mid-request holds its connection at most this long.
     */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);

    private HttpApp() {
    }

    public static Javalin create(Settings settings, Answerer answerer, PassageIndex index, MunicipalityDirectory directory) {
        return create(settings, answerer, index, directory, CrawlSettings.defaults(settings.allowPrivateHosts()));
    }

    /** The app with the editors' crawls paced by {@code crawl} instead of the polite defaults (benchmarks on loopback). */
    public static Javalin create(Settings settings, Answerer answerer, PassageIndex index, MunicipalityDirectory directory,
                                 CrawlSettings crawl) {
        ObjectMapper mapper = Json.mapper();
        PassageSearch search = new PassageSearch(index);
        AdminAuth auth = new AdminAuth(settings.adminToken());
        // the data folder and sites file belong in Settings; read here until the configuration record takes them
        Editors editors = Editors.open(settings, index, directory, crawl, System.getenv());
        Metrics metrics = new Metrics(index);
        editors.indexEditor().onCrawlEnded(metrics::crawlEnded);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            // Jetty caches header fields per connection and by default matches cached values ignoring case,
            // so on a kept-alive connection "Bearer s3cret-tokeN" was read as an earlier "Bearer s3cret-token".
            // Secrets are case-sensitive: make the cache compare values exactly.
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            hardenJetty(config, settings, mapper);
            if (Files.isDirectory(settings.webDir())) {
                config.staticFiles.add(settings.webDir().toAbsolutePath().toString(), Location.EXTERNAL);
            }
            ClientAddress.register(config, settings.trustedProxies());
            metrics.register(config, auth);
            ApiDocs.register(config);
            WebSecurity.register(config, editors.allowedOrigins());
            RateLimiter.register(config, settings.rateLimit());
            routes(config, settings, answerer, index, directory, search, mapper, editors.unanswered());
            AdminRoutes.register(config, auth, index, directory, editors.indexEditor(), mapper);
            editors.register(config, auth, mapper);
            MunicipalityRoutes.register(config, index);
            ExampleRoutes.register(config, new se.kommunsvar.answer.ExampleQuestions(answerer, index), directory);
        });
    }

    /**
     * What Jetty does before a request reaches a route: its own errors are JSON with the security headers
     * ({@link JsonErrorHandler}); bodies are read whole without holding a thread and under a deadline
     * ({@link BodyDeadlineHandler}); headers must come within a deadline too ({@link HeaderDeadline}); one client
     * address holds at most a few connections ({@link ConnectionsPerClient}); an idle connection is closed after
     * {@link #IDLE_TIMEOUT}.
     */
    private static void hardenJetty(JavalinConfig config, Settings settings, ObjectMapper mapper) {
        ConnectionsPerClient cap = new ConnectionsPerClient(settings.maxConnectionsPerClient());
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new JsonErrorHandler(mapper));
            server.insertHandler(new BodyDeadlineHandler(MAX_REQUEST_BYTES));
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (Connector connector : server.getConnectors()) {
                        connector.addEventListener(cap);
                        connector.addEventListener(new HeaderDeadline(connector.getScheduler()));
                        if (connector instanceof AbstractConnector c) {
                            c.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                        }
                    }
                }
            });
        });
    }

    private static void routes(JavalinConfig config, Settings settings, Answerer answerer, PassageIndex index,
                               MunicipalityDirectory directory, PassageSearch search, ObjectMapper mapper,
                               UnansweredQuestions unanswered) {
        config.routes.post("/api/chat", ctx -> {
            ChatRequest req = ChatRequest.parse(ctx.body(), mapper);
            Answer answer = answerer.answer(req.message(), req.municipality(), req.conversationId());
            LOG.info("chat: {} chars, answered={}", req.message().length(), answer.answered());
            UnansweredRoutes.recordIfUnanswered(unanswered, req, answer, directory);
            ctx.attribute(Metrics.ANSWERED, answer.answered());
            ctx.json(answer);
        });
        config.routes.get("/api/search", ctx -> {
            String q = Optional.ofNullable(ctx.queryParam("q")).map(String::strip).orElse("");
            if (q.isEmpty()) {
                throw new BadRequestResponse("the query parameter \"q\" is missing or empty");
            }
            if (q.length() > ChatRequest.MAX_MESSAGE_CHARS) {
                throw new BadRequestResponse("\"q\" is " + q.length() + " characters long; the limit is "
                        + ChatRequest.MAX_MESSAGE_CHARS);
            }
            int limit = intParam(ctx, "limit", 10);
            Optional<String> municipality = Optional.ofNullable(ctx.queryParam("municipality"))
                    .filter(m -> !m.isBlank())
                    .map(m -> directory.byName(m).map(Municipality::name).orElse(m));
            List<SearchHit> hits = search.search(q, municipality, limit);
            ctx.json(StaffResults.of(index, hits, q, municipality));
        });
        config.routes.get("/api/health", ctx -> {
            IndexStats stats = index.stats();
            Map<String, Object> health = new LinkedHashMap<>();
            health.put("status", "ok");
            health.put("pages", stats.pages());
            health.put("passages", stats.passages());
            health.put("municipalities", stats.municipalities());
            CommitPoint commit = index.lastCommit();
            health.put("indexGeneration", commit.generation());
            health.put("lastCommit", commit.committed().toString());
            ctx.json(health);
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 405) {
                String allowed = e.getDetails().getOrDefault("availableMethods", "");
                ctx.header("Allow", allowed);
                error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path() + "; allowed: " + allowed);
                return;
            }
            error(ctx, e.getStatus(), e.getMessage());
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request to {} failed", ctx.path(), e);
            error(ctx, 500, "internal error; the request was logged");
        });
        config.routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        config.routes.error(413, ctx -> error(ctx, 413, "the request body is larger than " + MAX_REQUEST_BYTES + " bytes"));
    }

    static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1 || n > PassageSearch.MAX_LIMIT) {
                throw new BadRequestResponse("\"" + name + "\" must be between 1 and " + PassageSearch.MAX_LIMIT);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("\"" + name + "\" must be a whole number");
        }
    }

    static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message == null || message.isBlank() ? "request failed" : message));
    }
}
