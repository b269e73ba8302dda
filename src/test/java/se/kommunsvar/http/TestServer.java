package se.kommunsvar.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kommunsvar.answer.Answerer;
import se.kommunsvar.answer.Conversations;
import se.kommunsvar.config.Settings;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.FileIngester;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.TextPageParser;

/** The real server on a temporary index built from {@code corpus/}, on a free loopback port. */
public final class TestServer implements AutoCloseable {

    private final PassageIndex index;
    private final Javalin app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(PassageIndex index, Javalin app) {
        this.index = index;
        this.app = app;
    }

    public static TestServer start(Path indexDir, Optional<String> adminToken) {
        MunicipalityDirectory directory = MunicipalityDirectory.standard();
        PassageIndex index = PassageIndex.open(indexDir);
        new FileIngester(new TextPageParser(directory), new HtmlPageParser(directory))
                .ingest(List.of(Path.of("corpus")), index);
        Settings settings = new Settings(indexDir, Path.of("corpus"), Path.of("web"), 0, adminToken, true, List.of());
        Answerer answerer = new Answerer(index, directory, Conversations.standard());
        Javalin app = HttpApp.create(settings, answerer, index, directory).start("127.0.0.1", 0);
        return new TestServer(index, app);
    }

    public PassageIndex index() {
        return index;
    }

    public String base() {
        return "http://127.0.0.1:" + app.port();
    }

    public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), Map.of());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), Map.of());
    }

    public HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers)
            throws IOException, InterruptedException {
        headers.forEach(request::header);
        return client.send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        app.stop();
        index.close();
    }

    static Path tempDir() throws IOException {
        return Files.createTempDirectory("kommunsvar-test-");
    }
}
