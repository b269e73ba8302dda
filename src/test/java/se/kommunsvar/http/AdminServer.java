package se.kommunsvar.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.kommunsvar.answer.Answerer;
import se.kommunsvar.answer.Conversations;
import se.kommunsvar.config.Settings;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.municipality.MunicipalityDirectory;

/** The real server on loopback over an index and corpus in a temp folder, for the admin API tests. */
final class AdminServer implements AutoCloseable {

    final PassageIndex index;
    final Path corpusDir;
    private final Javalin app;

    AdminServer(Path dir, Optional<String> token) {
        Map<String, String> env = new HashMap<>();
        token.ifPresent(t -> env.put(Settings.ADMIN_TOKEN_ENV, t));
        corpusDir = dir.resolve("corpus");
        Settings settings = Settings.of(dir.resolve("index"), corpusDir, dir.resolve("web"), 0, true, env);
        index = PassageIndex.open(settings.indexDir());
        MunicipalityDirectory directory = MunicipalityDirectory.standard();
        app = HttpApp.create(settings, new Answerer(index, directory, Conversations.standard()), index, directory);
        app.start("127.0.0.1", 0);
    }

    HttpResponse<String> send(String method, String path, Optional<String> token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        token.ifPresent(t -> r.header("Authorization", "Bearer " + t));
        // A new connection per request: on a kept-alive connection from the JDK client the server was seen judging a
        // request by the Authorization header of an earlier request (reported to the lead, not yet understood).
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        app.stop();
        index.close();
    }
}
