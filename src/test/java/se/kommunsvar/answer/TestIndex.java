package se.kommunsvar.answer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.FileIngester;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.Page;
import se.kommunsvar.parse.Passages;
import se.kommunsvar.parse.TextPageParser;

/** Real temporary indexes for answer tests: of the bundled corpus, or of page texts a test writes itself. */
final class TestIndex {

    private TestIndex() {
    }

    /** An index of {@code corpus/} in {@code folder/index}. */
    static PassageIndex ofCorpus(Path folder) {
        MunicipalityDirectory directory = MunicipalityDirectory.standard();
        PassageIndex index = PassageIndex.open(folder.resolve("index"));
        new FileIngester(new TextPageParser(directory), new HtmlPageParser(directory)).ingest(List.of(Path.of("corpus")), index);
        return index;
    }

    /** An index of plain-text pages ({@code source:} line, then the text), committed once. */
    static PassageIndex ofTexts(Path folder, List<String> pages) {
        PassageIndex index = PassageIndex.open(folder.resolve("index"));
        TextPageParser parser = new TextPageParser(MunicipalityDirectory.standard());
        for (String text : pages) {
            Page page = parser.parse(text);
            index.replacePage(page, Passages.of(page), Instant.now());
        }
        index.commit();
        return index;
    }

    static Answerer answerer(PassageIndex index) {
        return new Answerer(index, MunicipalityDirectory.standard(), Conversations.standard());
    }
}
