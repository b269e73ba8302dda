package se.kommunsvar.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Option(names = "--index", description = "index folder (default: ${DEFAULT-VALUE})")
    Path index = Main.DEFAULT_INDEX;

    @Option(names = "--corpus", description = "corpus folder used when the index is empty (default: ${DEFAULT-VALUE})")
    Path corpus = Main.DEFAULT_CORPUS;

    @Override
    public Integer call() throws Exception {
        try (PassageIndex passageIndex = Components.openOrBuild(index, corpus)) {
            Evaluation.Report report = new Evaluation(Components.answerer(passageIndex))
                    .run(file.toString(), EvalQuestion.read(file));
            report.failures().forEach(System.out::println);
            System.out.println(report.summary());
            return 0;
        }
    }
}
