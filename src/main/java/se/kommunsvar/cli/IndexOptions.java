package se.kommunsvar.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.kommunsvar.index.PassageIndex;

/** The {@code --index} and {@code --corpus} folders, shared by the commands that read or build the index. */
final class IndexOptions {

    @Option(names = "--index", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index = Main.DEFAULT_INDEX;

    @Option(names = "--corpus", description = "corpus folder: page files and crawled pages, the source an index "
            + "is built from (default: ${DEFAULT-VALUE})")
    Path corpus = Main.DEFAULT_CORPUS;

    /** Opens the index, first building it from the corpus when it holds no pages. */
    PassageIndex openOrBuild() {
        return Components.openOrBuild(index, corpus);
    }

    /**
     * Opens an index that holds pages for reading only (no write lock: works while a server holds it); an empty
     * one is first built from the corpus, as {@link #openOrBuild()} does.
     */
    PassageIndex openForReading() {
        return PassageIndex.hasPages(index) ? PassageIndex.openForReading(index) : Components.openOrBuild(index, corpus);
    }
}
