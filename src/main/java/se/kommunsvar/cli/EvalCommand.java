package se.kommunsvar.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.kommunsvar.eval.EvalQuestion;
import se.kommunsvar.eval.Evaluation;
import se.kommunsvar.eval.QuestionSet;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.ingest.crawl.IndexWrites;

@Command(name = "eval", description = {
        "Run question sets (TSV: id, conversation, municipality, question, expected, url) and print each miss, "
                + "a line per set and, for several sets, the total.",
        "SET is one of:",
        "  FOLDER               a set folder with questions.tsv and pages/ (pages built into a temporary index)",
        "  QUESTIONS.tsv=INDEX  the questions over an existing index folder",
        "  QUESTIONS.tsv=PAGES  the questions over page files or a corpus folder (built into a temporary index)",
        "  QUESTIONS.tsv        the questions over --index (built from --corpus when empty)",
        "Example: eval -q ../shared/eval/questions.tsv=corpus ../shared/eval/real-dev ../shared/eval/real-dev-2"})
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SET")
    List<String> sets;

    @Option(names = {"-q", "--quiet"}, description = "print only the line per set and the total, not each miss")
    boolean quiet;

    @Mixin
    IndexOptions folders;

    @Override
    public Integer call() throws IOException {
        List<QuestionSet> parsed = new ArrayList<>();
        for (String argument : sets) {
            try {
                parsed.add(QuestionSet.parse(argument));
            } catch (IllegalArgumentException e) {
                System.err.println("eval: " + e.getMessage());
                return 2;
            }
        }
        List<Evaluation.Report> reports = new ArrayList<>();
        for (QuestionSet set : parsed) {
            Evaluation.Report report = run(set);
            if (!quiet) {
                report.failures().forEach(System.out::println);
            }
            reports.add(report);
        }
        reports.forEach(r -> System.out.println(r.summary()));
        if (reports.size() > 1) {
            System.out.println(Evaluation.total(reports));
        }
        return 0;
    }

    private Evaluation.Report run(QuestionSet set) throws IOException {
        List<EvalQuestion> questions = EvalQuestion.read(set.questions());
        if (set.source().isEmpty()) {
            try (PassageIndex index = folders.openForReading()) {
                return evaluate(set, questions, index);
            }
        }
        Path source = set.source().get();
        if (Files.isDirectory(source) && PassageIndex.hasPages(source)) {
            try (PassageIndex index = PassageIndex.openForReading(source)) {
                return evaluate(set, questions, index);
            }
        }
        Path temporary = Files.createTempDirectory("kommunsvar-eval-");
        try {
            try (PassageIndex index = PassageIndex.open(temporary)) {
                IngestSummary summary = Files.isDirectory(source)
                        ? Components.rebuilder().rebuild(source, index, new IndexWrites())
                        : Components.fileIngester().ingest(List.of(source), index);
                System.err.println(set.name() + ": built a temporary index from " + source + ": " + summary);
                return evaluate(set, questions, index);
            }
        } finally {
            deleteTree(temporary);
        }
    }

    private static Evaluation.Report evaluate(QuestionSet set, List<EvalQuestion> questions, PassageIndex index) {
        return new Evaluation(Components.answerer(index)).run(set.name(), questions);
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the temporary index " + folder, e);
        }
    }
}
