package se.kommunsvar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.kommunsvar.index.IndexUnavailableException;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.crawl.CorpusRebuilder;
import se.kommunsvar.ingest.crawl.IndexWrites;
import se.kommunsvar.ingest.IngestSummary;

class CommandLineTest {

    @Test
    void every_subcommand_answers_help() {
        CommandLine line = Main.commandLine();
        for (String name : line.getSubcommands().keySet()) {
            StringWriter out = new StringWriter();
            CommandLine fresh = Main.commandLine();
            fresh.setOut(new PrintWriter(out));
            assertEquals(0, fresh.execute(name, "--help"), name);
            assertTrue(out.toString().contains("Usage: kommunsvar " + name), out.toString());
        }
    }

    @Test
    void ask_works_while_a_server_holds_the_index_and_the_index_opened_for_reading_refuses_writes(@TempDir Path dir) {
        Path indexDir = dir.resolve("index");
        try (PassageIndex held = PassageIndex.open(indexDir)) {
            IngestSummary built = Components.rebuilder().rebuild(Path.of("corpus"), held, new IndexWrites());
            assertEquals(0, built.failedCount(), "the corpus's README.md is no failed page: " + built);
            assertTrue(built.skippedCount() >= 1, built.toString());
            // the server's writer holds the lock: a second writer is refused...
            assertThrows(IndexUnavailableException.class, () -> PassageIndex.open(indexDir));
            // ...but asking needs none
            PrintStream stdout = System.out;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = Main.commandLine().execute("ask", "Vilka partier styr i Hedemora?", "--index", indexDir.toString());
            } finally {
                System.setOut(stdout);
            }
            assertEquals(0, code);
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("källa:"), printed.toString(StandardCharsets.UTF_8));
            printed.reset();
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                code = Main.commandLine().execute("eval", "../shared/eval/questions.tsv", "--index", indexDir.toString());
            } finally {
                System.setOut(stdout);
            }
            assertEquals(0, code, "eval reads beside the server too");
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("answered correctly"), printed.toString(StandardCharsets.UTF_8));
            try (PassageIndex reading = PassageIndex.openForReading(indexDir)) {
                assertTrue(reading.stats().pages() > 0);
                assertThrows(IndexUnavailableException.class, () -> reading.deletePage("https://example.se/"));
            }
        }
    }

    @Test
    void a_busy_port_is_reported_before_the_index_is_built(@TempDir Path dir) throws Exception {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(0));
            StringWriter err = new StringWriter();
            CommandLine line = Main.commandLine();
            line.setErr(new PrintWriter(err));
            line.setExecutionExceptionHandler((e, cmd, parsed) -> {
                cmd.getErr().println("error: " + e.getMessage());
                return 1;
            });
            Path indexDir = dir.resolve("index");
            int code = line.execute("serve", "--port", String.valueOf(busy.getLocalPort()), "--index", indexDir.toString());
            assertEquals(1, code);
            assertTrue(err.toString().contains("port " + busy.getLocalPort() + " is in use"), err.toString());
            assertFalse(Files.exists(indexDir) && !List.of(indexDir.toFile().list()).isEmpty(), "no index was built");
        }
    }
}
