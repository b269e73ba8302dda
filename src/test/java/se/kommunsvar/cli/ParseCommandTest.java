package se.kommunsvar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.kommunsvar.parse.pdf.PlanPdfs;

/** {@code parse} through the real command line: plain main text, JSON facts, gzipped files, one output file per input. */
class ParseCommandTest {

    private static final String PAGE = "<html><head><title>Bygglov - Hedemora kommun</title>"
            + "<link rel=canonical href='https://www.hedemora.se/bygglov'>"
            + "<meta name='DC.Date.Modified' content='2024-05-02'></head><body>"
            + "<nav><ul><li><a href=/a>Start</a><li><a href=/b>Bo och bygga</a><li><a href=/c>Skola</a></ul></nav>"
            + "<main><h1>Bygglov</h1><p>Du behöver bygglov för att bygga ett nytt hus.</p>"
            + "<h2>Handläggningstid</h2><p>Handläggningstiden är tio veckor.</p></main>"
            + "<footer><p>Hedemora kommun, 776 81 Hedemora</p></footer></body></html>";

    @TempDir
    Path dir;

    @Test
    void gzipped_and_plain_files_each_get_their_own_text_file_without_title_or_frame() throws IOException {
        Path plain = Files.writeString(dir.resolve("bygglov.html"), PAGE);
        Path gz = dir.resolve("a1b2.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out");

        assertEquals(0, new CommandLine(new Main()).execute("parse", plain.toString(), gz.toString(), "--out", out.toString()));

        String text = Files.readString(out.resolve("a1b2.txt"));
        assertEquals(text, Files.readString(out.resolve("bygglov.txt")));
        assertEquals("Du behöver bygglov för att bygga ett nytt hus.\nHandläggningstid\nHandläggningstiden är tio veckor.\n", text);
    }

    @Test
    void json_gives_title_dates_municipality_headings_and_passages() throws IOException {
        Path page = Files.writeString(dir.resolve("bygglov.htm"), PAGE);
        Path out = dir.resolve("out");

        assertEquals(0, new CommandLine(new Main()).execute("parse", "--json", page.toString(), "--out", out.toString()));

        JsonNode json = new ObjectMapper().readTree(out.resolve("bygglov.json").toFile());
        assertEquals("Bygglov", json.get("title").asText());
        assertEquals("https://www.hedemora.se/bygglov", json.get("url").asText());
        assertEquals("Hedemora", json.get("municipality").asText());
        assertEquals("2024-05-02", json.get("updated").asText());
        assertEquals("Handläggningstid", json.get("headings").get(1).asText());
        assertTrue(json.get("passages").toString().contains("Handläggningstiden är tio veckor."));
        assertFalse(json.toString().contains("776 81"), "the footer is not read as content");
    }

    @Test
    void an_unreadable_input_is_reported_and_the_others_still_parsed() throws IOException {
        Path good = Files.writeString(dir.resolve("good.html"), PAGE);
        Path empty = Files.createFile(dir.resolve("empty.html"));
        Path out = dir.resolve("out");

        assertEquals(1, new CommandLine(new Main()).execute("parse", empty.toString(), good.toString(), "--out", out.toString()));

        assertTrue(Files.exists(out.resolve("good.txt")));
        assertFalse(Files.exists(out.resolve("empty.txt")));
    }

    @Test
    void an_address_is_fetched_through_the_address_guard(@TempDir Path out) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/bygglov", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/bygglov";
            assertEquals(1, new CommandLine(new Main()).execute("parse", url, "--out", out.toString()),
                    "a loopback address is refused by default");
            assertEquals(0, new CommandLine(new Main()).execute("parse", url, "--allow-private-hosts", "--out", out.toString()));
            assertTrue(Files.readString(out.resolve("bygglov.txt")).contains("Handläggningstiden är tio veckor."));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void a_pdf_and_a_text_page_are_read_through_their_formats_readers() throws IOException {
        Path pdf = Files.write(dir.resolve("Mål och budget 2024.pdf"), PlanPdfs.budget());
        Path gzPdf = dir.resolve("plan.pdf.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzPdf))) {
            out.write(PlanPdfs.budget());
        }
        Path txt = Files.writeString(dir.resolve("sophamtning.txt"),
                "source: https://www.hedemora.se/sophamtning\ntitle: Sophämtning\n\nSoporna hämtas varannan vecka.\n");
        Path out = dir.resolve("out");

        assertEquals(0, new CommandLine(new Main()).execute("parse", "--json", pdf.toString(), gzPdf.toString(),
                txt.toString(), "--out", out.toString()));

        JsonNode plan = new ObjectMapper().readTree(out.resolve("Mål och budget 2024.json").toFile());
        assertEquals("Mål och budget 2024", plan.get("title").asText());
        assertEquals("2023-11-27", plan.get("decided").asText());
        assertTrue(plan.get("text").asText().contains("Skattesats 2024: 22,09"), plan.get("text").asText());
        assertFalse(plan.get("text").asText().contains("Investeringar . . ."), "the contents page is not content");
        assertEquals(plan.get("passages"), new ObjectMapper().readTree(out.resolve("plan.json").toFile()).get("passages"));
        JsonNode text = new ObjectMapper().readTree(out.resolve("sophamtning.json").toFile());
        assertEquals("https://www.hedemora.se/sophamtning", text.get("url").asText());
        assertTrue(text.get("text").asText().contains("Soporna hämtas varannan vecka."));
    }

    @Test
    void a_pdf_address_is_fetched_and_read_as_a_pdf(@TempDir Path out) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/download/18.1a2b/plan.pdf", exchange -> {
            byte[] body = PlanPdfs.budget();
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/download/18.1a2b/plan.pdf";
            assertEquals(0, new CommandLine(new Main()).execute("parse", url, "--allow-private-hosts", "--out", out.toString()));
            assertTrue(Files.readString(out.resolve("plan.txt")).contains("Skattesats 2024: 22,09"));
        } finally {
            server.stop(0);
        }
    }
}
