package se.kommunsvar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.kommunsvar.cli.Main;
import se.kommunsvar.index.PassageIndex;

/** {@code ingest} of a folder holding a page nested thousands of elements deep: the command ends and indexes it. */
class DeepPageIngestTest {

    @Test
    void a_folder_with_a_deeply_nested_page_ingests_every_page(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("djup.html"), "<html><head><link rel=canonical href='https://www.exempel.se/djup'>"
                + "</head><body><main><h1>Djup sida</h1>" + "<div>".repeat(10_000) + "<font><b>".repeat(3_000)
                + "<p>Återvinningscentralen har öppet alla vardagar.</p></main></body></html>");
        Files.writeString(pages.resolve("vanlig.html"), "<html><head><link rel=canonical href='https://www.exempel.se/vanlig'>"
                + "</head><body><main><h1>Vanlig sida</h1><p>Biblioteket har öppet på lördagar.</p></main></body></html>");
        Path index = dir.resolve("index");

        int code = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new CommandLine(new Main()).execute("ingest", pages.toString(), "--index", index.toString()));

        assertEquals(0, code);
        try (PassageIndex i = PassageIndex.open(index)) {
            assertEquals(Set.of("https://www.exempel.se/djup", "https://www.exempel.se/vanlig"), Set.copyOf(i.urls()));
            String deep = i.passagesOf("https://www.exempel.se/djup").stream().map(p -> p.heading() + " " + p.text())
                    .collect(Collectors.joining(" "));
            assertTrue(deep.contains("Återvinningscentralen har öppet alla vardagar."), deep);
        }
    }
}
