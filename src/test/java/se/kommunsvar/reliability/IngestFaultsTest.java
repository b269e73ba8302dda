package se.kommunsvar.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.bench.CorpusGenerator;
import se.kommunsvar.index.IndexUnavailableException;
import se.kommunsvar.index.IndexedPage;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.FileIngester;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.TextPageParser;

/**
 * An ingest killed with SIGKILL, and an index folder that cannot be written: the index must stay as last committed,
 * open cleanly, and a re-run must finish the work.
 */
class IngestFaultsTest {

    private static final MunicipalityDirectory DIRECTORY = MunicipalityDirectory.standard();
    private static final int FIRST = 150;
    private static final int ALL = 5000;

    @Test
    void an_ingest_killed_mid_way_leaves_the_last_commit_and_a_rerun_finishes_it(@TempDir Path dir) throws Exception {
        Path all = dir.resolve("all");
        new CorpusGenerator(7, DIRECTORY).generate(ALL, all);
        Path first = dir.resolve("first");
        copyFirst(all.resolve("pages"), first, FIRST);
        Path indexDir = dir.resolve("index");
        Set<String> committed;
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            ingester().ingest(List.of(first), index);
            committed = urls(index);
        }
        assertEquals(FIRST, committed.size());

        Process ingest = startIngest(all.resolve("pages"), indexDir, dir.resolve("ingest.out"));
        Thread.sleep(2500);
        assertTrue(ingest.isAlive(), "the ingest of " + ALL + " pages was still running when killed: "
                + Files.readString(dir.resolve("ingest.out")));
        ingest.destroyForcibly();
        assertTrue(ingest.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, ingest.exitValue(), "killed by SIGKILL");
        assertFalse(Files.readString(dir.resolve("ingest.out")).contains("ingest: new"), "it never finished");

        assertTrue(CheckIndex.Status.class.isInstance(checkIndex(indexDir)) && checkIndex(indexDir).clean,
                "the index is intact after the kill");
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            assertEquals(committed, urls(index), "the index holds exactly the last completed commit");
        }

        Process rerun = startIngest(all.resolve("pages"), indexDir, dir.resolve("rerun.out"));
        assertTrue(rerun.waitFor(5, TimeUnit.MINUTES), "the re-run finishes");
        assertEquals(0, rerun.exitValue(), Files.readString(dir.resolve("rerun.out")));
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            assertEquals(ALL, urls(index).size());
            assertTrue(urls(index).containsAll(committed));
        }
    }

    @Test
    void a_file_where_the_index_folder_should_be_is_a_clear_error_and_is_left_alone(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("index"), "not an index", StandardCharsets.UTF_8);
        IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> PassageIndex.open(notAFolder));
        assertTrue(e.getMessage().contains(notAFolder.toString()), e.getMessage());
        assertEquals("not an index", Files.readString(notAFolder));
    }

    @Test
    void a_read_only_index_folder_is_a_clear_error_and_its_commit_is_untouched(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(3, DIRECTORY).generate(40, corpus);
        Path indexDir = dir.resolve("index");
        Set<String> committed;
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            ingester().ingest(List.of(corpus.resolve("pages")), index);
            committed = urls(index);
        }
        List<String> filesBefore = listing(indexDir);
        Files.setPosixFilePermissions(indexDir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // as root (CI containers) permissions do not stop writes; the file-in-place test covers that case
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(indexDir), "running as root: chmod cannot make a folder read-only");
            IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> PassageIndex.open(indexDir));
            assertTrue(e.getMessage().contains(indexDir.toString()), e.getMessage());
            assertEquals(filesBefore, listing(indexDir));
        } finally {
            Files.setPosixFilePermissions(indexDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            assertEquals(committed, urls(index));
        }
    }

    static FileIngester ingester() {
        return new FileIngester(new TextPageParser(DIRECTORY), new HtmlPageParser(DIRECTORY));
    }

    static Set<String> urls(PassageIndex index) {
        Set<String> out = new HashSet<>();
        for (IndexedPage p : index.pages(Optional.empty())) {
            out.add(p.url());
        }
        return out;
    }

    private static Process startIngest(Path pages, Path indexDir, Path output) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "se.kommunsvar.cli.Main",
                "ingest", pages.toString(), "--index", indexDir.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static CheckIndex.Status checkIndex(Path indexDir) throws IOException {
        try (FSDirectory d = FSDirectory.open(indexDir); CheckIndex check = new CheckIndex(d)) {
            return check.checkIndex();
        }
    }

    private static void copyFirst(Path from, Path to, int n) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(Files::isRegularFile).sorted().limit(n).forEach(files::add);
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
