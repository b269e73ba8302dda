package se.kommunsvar.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.kommunsvar.answer.Answerer;
import se.kommunsvar.answer.Conversations;
import se.kommunsvar.config.Settings;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.FileIngester;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.TextPageParser;
import se.kommunsvar.store.Store;

/** The real server on a temp index built from {@code corpus/}, listening on a free loopback port. */
public final class TestServer implements AutoCloseable {

    public static final String TOKEN = "test-admin-token";

    private final PassageIndex index;
    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path corpus;
    private final Settings settings;

    private TestServer(PassageIndex index, Javalin app, Settings settings) {
        this.index = index;
        this.app = app;
        this.corpus = settings.corpusDir();
        this.settings = settings;
    }

    /**
     * The tests of one class share a server and one client address, so the per-client rate limit would make them
     * depend on how fast the machine runs them (ChatApiTest's 13 tests met a 429); the tests of the limit set their
     * own ({@code RateLimiterTest}, {@code ReverseProxyTest}, {@code MetricsTest}).
     */
    private static final se.kommunsvar.config.RateLimit UNLIMITED = se.kommunsvar.config.RateLimit.OFF;

    /** Starts the server with the bundled corpus, the pages of {@code webDir} and the given allowed origins. */
    public static TestServer start(Path indexDir, Path webDir, List<String> allowedOrigins) {
        return start(indexDir, webDir, allowedOrigins, false);
    }

    /** As above; {@code allowPrivateHosts} lets editors re-index pages served by the test on loopback. */
    public static TestServer start(Path indexDir, Path webDir, List<String> allowedOrigins, boolean allowPrivateHosts) {
        return start(new Settings(indexDir, corpusCopy(indexDir), webDir, 0, Optional.of(TOKEN), allowPrivateHosts,
                allowedOrigins).withRateLimit(UNLIMITED));
    }

    /** Starts the server with the bundled corpus and the given admin token (empty: admin API disabled). */
    public static TestServer start(Path indexDir, Optional<String> adminToken) {
        return start(new Settings(indexDir, corpusCopy(indexDir), Path.of("web"), 0, adminToken, false, List.of())
                .withRateLimit(UNLIMITED));
    }

    /** Starts the server with the bundled corpus and the default settings changed by {@code adjust}. */
    public static TestServer start(Path indexDir, java.util.function.UnaryOperator<Settings> adjust) {
        return start(adjust.apply(new Settings(indexDir, corpusCopy(indexDir), Path.of("web"), 0, Optional.of(TOKEN),
                false, List.of()).withRateLimit(UNLIMITED)));
    }

    /**
     * A private copy of the bundled pages beside the index: editors' actions in a test write fetched pages into
     * the server's corpus folder, and must not leave them in the repository's {@code corpus/} for later tests.
     */
    private static Path corpusCopy(Path indexDir) {
        Path copy = indexDir.resolveSibling(indexDir.getFileName() + "-corpus");
        try (Stream<Path> pages = Files.list(Path.of("corpus"))) {
            Files.createDirectories(copy);
            for (Path page : pages.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(page, copy.resolve(page.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy corpus/ for the test server", e);
        }
        return copy;
    }

    private static TestServer start(Settings settings) {
        MunicipalityDirectory directory = MunicipalityDirectory.standard();
        PassageIndex index = PassageIndex.open(settings.indexDir());
        new FileIngester(new TextPageParser(directory), new HtmlPageParser(directory))
                .ingest(List.of(settings.corpusDir()), index);
        Answerer answerer = new Answerer(index, directory, Conversations.standard());
        Javalin app = HttpApp.create(settings, answerer, index, directory).start("127.0.0.1", 0);
        return new TestServer(index, app, settings);
    }

    public PassageIndex index() {
        return index;
    }

    /** The running app (for tests that read its registered routes). */
    public Javalin app() {
        return app;
    }

    public String base() {
        return "http://127.0.0.1:" + app.port();
    }

    public int port() {
        return app.port();
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path));
    }

    /** Sends a request; transport failures become unchecked, as a test cannot go on after them. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("request to the test server failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        return send(request);
    }

    public HttpResponse<String> chat(String json) {
        return post("/api/chat", json);
    }

    public HttpResponse<String> post(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** Stops the server and starts it again on the same index, corpus and data folder (a restart). */
    public TestServer restart() {
        app.stop();
        index.close();
        return start(settings);
    }

    @Override
    public void close() {
        app.stop();
        index.close();
        delete(corpus);
        delete(Store.folderFor(settings.indexDir(), Map.of()));
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the test folder " + folder, e);
        }
    }
}
