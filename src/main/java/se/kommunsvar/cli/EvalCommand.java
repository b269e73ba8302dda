package se.kommunsvar.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.kommunsvar.eval.EvalQuestion;
import se.kommunsvar.eval.Evaluation;
import se.kommunsvar.index.PassageIndex;

@Command(name = "eval", description = "Run a question set (TSV: id, conversation, municipality, question, expected, url) "
        + "and print each miss and the totals.")
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.tsv")
    Path file;

    @Mixin
    IndexOptions folders;

    @Override
    public Integer call() throws Exception {
        try (PassageIndex passageIndex = folders.openForReading()) {
            Evaluation.Report report = new Evaluation(Components.answerer(passageIndex))
                    .run(file.toString(), EvalQuestion.read(file));
            report.failures().forEach(System.out::println);
            System.out.println(report.summary());
            return 0;
        }
    }
}
