package se.kommunsvar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.IngestSummary;

@Command(name = "ingest", description = "Ingest page files or folders (.txt with a source: line, saved .html) into the index.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<String> paths;

    @Option(names = "--index", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index = Main.DEFAULT_INDEX;

    @Option(names = "--allow-private-hosts", description = "let the crawler fetch loopback and private addresses (tests only)")
    boolean allowPrivateHosts;

    @Override
    public Integer call() {
        try (PassageIndex passageIndex = PassageIndex.open(index)) {
            IngestSummary summary = Components.fileIngester().ingest(paths.stream().map(Path::of).toList(), passageIndex);
            System.out.println("ingest: " + summary);
            return summary.indexed() == 0 && summary.failedCount() > 0 ? 1 : 0;
        }
    }
}
