package se.kommunsvar.cli;

import java.nio.file.Path;
import se.kommunsvar.answer.Answerer;
import se.kommunsvar.answer.Conversations;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.FileIngester;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.ingest.crawl.CorpusRebuilder;
import se.kommunsvar.ingest.crawl.IndexWrites;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.PageReaders;

/** Wires the real parts together for the commands. */
final class Components {

    private Components() {
    }

    static FileIngester fileIngester() {
        MunicipalityDirectory directory = MunicipalityDirectory.standard();
        return new FileIngester(PageReaders.standard(directory));
    }

    static CorpusRebuilder rebuilder() {
        MunicipalityDirectory directory = MunicipalityDirectory.standard();
        PageReaders readers = PageReaders.standard(directory);
        return new CorpusRebuilder(new FileIngester(readers), readers, directory);
    }

    static Answerer answerer(PassageIndex index) {
        return new Answerer(index, MunicipalityDirectory.standard(), Conversations.standard());
    }

    /** Opens the index, first building it from the corpus folder when it holds no pages. */
    static PassageIndex openOrBuild(Path indexDir, Path corpusDir) {
        boolean empty = !PassageIndex.hasPages(indexDir);
        PassageIndex index = PassageIndex.open(indexDir);
        if (empty) {
            IngestSummary summary = rebuilder().rebuild(corpusDir, index, new IndexWrites());
            System.err.println("built " + indexDir + " from " + corpusDir + ": " + summary);
        }
        return index;
    }
}
