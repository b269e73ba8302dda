package se.kommunsvar.http;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kommunsvar.answer.Answerer;
import se.kommunsvar.answer.Conversations;
import se.kommunsvar.config.Settings;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * The real app on an empty index, on a free loopback port: for tests of what the server does before an answer is
 * looked for (errors, limits, hostile clients), which need no corpus and start in a moment.
 */
record EmptyServer(Javalin app, PassageIndex index) implements AutoCloseable {

    static EmptyServer start(Path dir, UnaryOperator<Settings> change) {
        Settings settings = change.apply(new Settings(dir.resolve("index"), dir.resolve("corpus"), dir.resolve("web"),
                0, Optional.of(TestServer.TOKEN), false, List.of()));
        MunicipalityDirectory directory = MunicipalityDirectory.standard();
        PassageIndex index = PassageIndex.open(settings.indexDir());
        Javalin app = HttpApp.create(settings, new Answerer(index, directory, Conversations.standard()), index, directory);
        app.start("127.0.0.1", 0);
        return new EmptyServer(app, index);
    }

    int port() {
        return app.port();
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    /** Sends raw bytes (anything, valid HTTP or not) on a new connection and returns all the server answers. */
    String raw(String request) {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    String raw(byte[] request) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port()), 2000);
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            return readResponse(s.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("raw request to the test server failed", e);
        }
    }

    /** One response: the head up to the blank line, then Content-Length bytes of body (the connection may stay open). */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            String h = head.toString(StandardCharsets.ISO_8859_1);
            if (h.endsWith("\r\n\r\n")) {
                Matcher m = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(h);
                byte[] body = m.find() ? in.readNBytes(Integer.parseInt(m.group(1))) : new byte[0];
                return h + new String(body, StandardCharsets.UTF_8);
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        app.stop();
        index.close();
    }
}
