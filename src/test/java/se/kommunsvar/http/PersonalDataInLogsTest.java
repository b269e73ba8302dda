package se.kommunsvar.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resident's personal data, however written, reaches neither the log nor the editors' list of unanswered
 * questions (issue 13 §7): the real server, questions sent over HTTP, the log captured while they are answered.
 */
class PersonalDataInLogsTest {

    private static final List<String> SECRETS = List.of("19121212\u20131212", "070.123.45.67", "anna [at] example.se",
            "Storgatan 12B, 776 30");

    @Test
    void personal_data_in_a_question_is_neither_logged_nor_kept(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream err = System.err;
        String unanswered;
        try (EmptyServer server = EmptyServer.start(dir, s -> s)) {
            HttpClient client = HttpClient.newHttpClient();
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                for (String secret : SECRETS) {
                    String body = "{\"message\":\"Jag heter Anna, " + secret.replace("\"", "") + ", vem hämtar soporna?\"}";
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/chat"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode(), r.body());
                    // a broken body with the same data must not be echoed into the log either
                    client.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/chat"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"message\": " + secret)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }
            } finally {
                System.setErr(err);
            }
            unanswered = client.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/admin/unanswered"))
                    .header("Authorization", "Bearer " + TestServer.TOKEN).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("chat: "), "the log was captured: " + logged);
        assertTrue(unanswered.contains("[personnummer]") && unanswered.contains("[telefon]")
                && unanswered.contains("[e-post]") && unanswered.contains("[adress]"), unanswered);
        // times ("2026-12-06T05:10:10.121279Z") are the server's, not the resident's: they may hold "1212" by chance
        String iso = "\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z";
        unanswered = unanswered.replaceAll(iso, "");
        logged = logged.replaceAll(iso, "");
        for (String secret : SECRETS) {
            for (String piece : List.of(secret, secret.replaceAll("\\D", ""), "1212", "45.67", "example.se", "Storgatan")) {
                if (piece.length() >= 4) {
                    assertFalse(unanswered.contains(piece), piece + " kept in " + unanswered);
                    assertFalse(logged.contains(piece), piece + " logged: " + logged);
                }
            }
        }
    }
}
