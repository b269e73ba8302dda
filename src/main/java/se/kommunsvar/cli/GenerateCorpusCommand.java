package se.kommunsvar.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.kommunsvar.bench.CorpusGenerator;
import se.kommunsvar.municipality.MunicipalityDirectory;

@Command(name = "generate-corpus", description = "Write an invented national-scale corpus (HTML pages for all 290 "
        + "kommuner plus a question mix) for benchmarks; the same seed and size give the same files.")
final class GenerateCorpusCommand implements Callable<Integer> {

    @Option(names = "--pages", required = true, description = "number of pages in total")
    int pages;

    @Option(names = "--seed", description = "seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--out", required = true, description = "output folder; pages go to OUT/pages, questions to OUT/questions.tsv")
    Path out;

    @Override
    public Integer call() {
        if (pages < 1) {
            throw new IllegalArgumentException("--pages must be at least 1");
        }
        long t0 = System.nanoTime();
        CorpusGenerator.Summary s = new CorpusGenerator(seed, MunicipalityDirectory.standard()).generate(pages, out);
        System.out.printf("generated %d pages (%d MB) and %d questions in %.1f s under %s%n", s.pages(),
                s.bytes() / 1_000_000, s.questions(), (System.nanoTime() - t0) / 1e9, out);
        return 0;
    }
}
