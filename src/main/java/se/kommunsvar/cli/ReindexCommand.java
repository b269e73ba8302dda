package se.kommunsvar.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.ingest.crawl.IndexWrites;
import se.kommunsvar.store.PageDecisions;
import se.kommunsvar.store.Store;

@Command(name = "reindex", description = "Rebuild the index from the corpus (page files and crawled pages) without the "
        + "network: built in a sibling folder, then swapped in. A running server is re-indexed through its admin API instead.")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    IndexOptions folders;

    @Override
    public Integer call() throws IOException {
        Path target = folders.index.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            PassageIndex.open(target).close(); // refuses with a clear message while a server holds the index
        }
        Path building = target.resolveSibling(target.getFileName() + ".building");
        Path old = target.resolveSibling(target.getFileName() + ".old");
        deleteTree(building);
        deleteTree(old);
        IngestSummary summary;
        Path data = Store.folderFor(target, System.getenv());
        try (PassageIndex fresh = PassageIndex.open(building);
             Store store = Files.isDirectory(data) ? Store.open(data) : Store.inMemory()) {
            // the editors' removals and municipality corrections hold for a rebuild from the command line too
            fresh.rules(new PageDecisions(store, Clock.systemUTC()));
            summary = Components.rebuilder().rebuild(folders.corpus, fresh, new IndexWrites());
        }
        if (Files.isDirectory(target)) {
            Files.move(target, old);
        }
        Files.move(building, target);
        deleteTree(old);
        System.out.println("reindex: " + summary);
        return summary.indexed() == 0 && summary.failedCount() > 0 ? 1 : 0;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
