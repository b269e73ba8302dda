package se.kommunsvar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.answer.Answerer;
import se.kommunsvar.answer.Conversations;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.FileIngester;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.HtmlPageParser;
import se.kommunsvar.parse.TextPageParser;

/**
 * The effectiveness regression: builds temporary indexes from {@code corpus/} and from the real-dev pages,
 * the real-dev-2 and the swequad-train pages, runs each question set, prints the summaries and failures, and
 * fails when a score drops below what was reached (seed set 33/33 with no wrong answer; real-dev at least 90 with
 * none wrong; real-dev-2 and swequad-train at their measured floors, with no more wrong answers than measured).
 */
class EvaluationTest {

    private static final Path SEED_QUESTIONS = Path.of("../shared/eval/questions.tsv");
    private static final Path REAL_DEV = Path.of("../shared/eval/real-dev");
    private static final Path REAL_DEV_2 = Path.of("../shared/eval/real-dev-2");
    private static final Path SWEQUAD_TRAIN = Path.of("../shared/eval/swequad-train");
    /**
     * real-dev-2 floor and wrong ceiling: main after the merges of 2026-12-06 session 2 (docs/ANALYSIS.md), with the
     * one-question entries removed by the audit ("Audit of hand-kept lists, 2026-12-06 session 2").
     */
    private static final int REAL_DEV_2_FLOOR = 198;
    private static final int REAL_DEV_2_MOST_WRONG = 8;
    /** swequad-train floor and wrong ceiling, measured the same way. */
    private static final int SWEQUAD_FLOOR = 734;
    private static final int SWEQUAD_MOST_WRONG = 151;

    /** Sets larger than this print only their summary: hundreds of misses would bury the build log. */
    private static final int PRINTED_FAILURES_UP_TO = 100;

    @TempDir
    Path folder;

    @Test
    void the_seed_questions_are_all_answered_or_declined_correctly() throws IOException {
        Evaluation.Report report = run("seed", List.of(Path.of("corpus")), SEED_QUESTIONS);
        assertEquals(33, report.results().size());
        assertEquals(33, report.score(), report.summary());
        assertEquals(0, report.count(Evaluation.Outcome.WRONG), report.summary());
    }

    @Test
    void the_real_dev_questions_score_at_least_85_percent_with_at_most_3_percent_wrong() throws IOException {
        Evaluation.Report report = run("real-dev", List.of(REAL_DEV.resolve("pages")), REAL_DEV.resolve("questions.tsv"));
        int n = report.results().size();
        assertEquals(98, n);
        // 90: r071 was answered only by the one-question related-terms group "delta, deltog, …, medverkat", r044 only
        // by a name pattern admitting one page's typo ("Ronny NIlsson") (docs/ANALYSIS.md, "Audit of hand-kept lists")
        assertTrue(report.score() >= 90, report.summary());
        assertTrue(report.count(Evaluation.Outcome.WRONG) == 0, report.summary());
        assertTrue(report.score() >= Math.ceil(0.85 * n), report.summary());
        assertTrue(report.count(Evaluation.Outcome.WRONG) <= Math.floor(0.03 * n), report.summary());
    }

    @Test
    void the_real_dev_2_questions_keep_the_reached_floor() throws IOException {
        Evaluation.Report report = run("real-dev-2", List.of(REAL_DEV_2.resolve("pages")), REAL_DEV_2.resolve("questions.tsv"));
        assertEquals(254, report.results().size());
        assertTrue(report.score() >= REAL_DEV_2_FLOOR, report.summary());
        assertTrue(report.count(Evaluation.Outcome.WRONG) <= REAL_DEV_2_MOST_WRONG, report.summary());
    }

    @Test
    void the_swequad_train_questions_keep_the_reached_floor() throws IOException {
        Evaluation.Report report = run("swequad-train", List.of(SWEQUAD_TRAIN.resolve("pages")),
                SWEQUAD_TRAIN.resolve("questions.tsv"));
        assertEquals(962, report.results().size());
        assertTrue(report.score() >= SWEQUAD_FLOOR, report.summary());
        assertTrue(report.count(Evaluation.Outcome.WRONG) <= SWEQUAD_MOST_WRONG, report.summary());
    }

    private Evaluation.Report run(String name, List<Path> pages, Path questions) throws IOException {
        MunicipalityDirectory directory = MunicipalityDirectory.standard();
        try (PassageIndex index = PassageIndex.open(folder.resolve(name))) {
            new FileIngester(new TextPageParser(directory), new HtmlPageParser(directory)).ingest(pages, index);
            Answerer answerer = new Answerer(index, directory, Conversations.standard());
            Evaluation.Report report = new Evaluation(answerer).run(name, EvalQuestion.read(questions));
            if (report.results().size() <= PRINTED_FAILURES_UP_TO) {
                report.failures().forEach(System.out::println);
            }
            System.out.println(report.summary());
            return report;
        }
    }
}
