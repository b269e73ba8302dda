package se.kommunsvar.eval;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.kommunsvar.answer.Answer;
import se.kommunsvar.answer.Answerer;
import se.kommunsvar.answer.Citation;

/**
 * Asks every question of a set and judges the answers: answered correctly (the text holds an expected
 * phrase and a citation has the expected address), abstained correctly ("-" rows: no answer, no citation),
 * wrong (answered with the wrong text or page, or answered where it should have abstained), missed.
 */
public final class Evaluation {

    public enum Outcome { CORRECT, ABSTAINED_CORRECTLY, WRONG, MISSED }

    public record Result(EvalQuestion question, Answer answer, Outcome outcome) {
    }

    public record Report(String name, List<Result> results) {

        public long count(Outcome o) {
            return results.stream().filter(r -> r.outcome() == o).count();
        }

        public long score() {
            return count(Outcome.CORRECT) + count(Outcome.ABSTAINED_CORRECTLY);
        }

        public String summary() {
            int n = results.size();
            return String.format(Locale.ROOT, "%s: %d/%d (%.1f %%) — answered correctly %d, abstained correctly %d, "
                            + "wrong %d (%.1f %%), missed %d", name, score(), n, n == 0 ? 0 : 100.0 * score() / n,
                    count(Outcome.CORRECT), count(Outcome.ABSTAINED_CORRECTLY), count(Outcome.WRONG),
                    n == 0 ? 0 : 100.0 * count(Outcome.WRONG) / n, count(Outcome.MISSED));
        }

        /** One line per question that was not right, with what was answered. */
        public List<String> failures() {
            List<String> out = new ArrayList<>();
            for (Result r : results) {
                if (r.outcome() == Outcome.WRONG || r.outcome() == Outcome.MISSED) {
                    String cited = r.answer().citations().stream().map(Citation::url).findFirst().orElse("-");
                    out.add(r.outcome() + " " + r.question().id() + " " + r.question().question()
                            + "\n    expected: " + String.join(" | ", r.question().expected())
                            + (r.question().url().isEmpty() ? "" : " @ " + r.question().url())
                            + "\n    answer:   " + r.answer().answer().replace('\n', ' ')
                            + "\n    cited:    " + cited);
                }
            }
            return out;
        }
    }

    /** The sum over several sets' reports: one line for all of them. */
    public static String total(List<Report> reports) {
        long n = reports.stream().mapToLong(r -> r.results().size()).sum();
        long score = reports.stream().mapToLong(Report::score).sum();
        long wrong = reports.stream().mapToLong(r -> r.count(Outcome.WRONG)).sum();
        long missed = reports.stream().mapToLong(r -> r.count(Outcome.MISSED)).sum();
        return String.format(Locale.ROOT, "total (%d sets): %d/%d (%.1f %%) — wrong %d (%.1f %%), missed %d",
                reports.size(), score, n, n == 0 ? 0 : 100.0 * score / n, wrong, n == 0 ? 0 : 100.0 * wrong / n, missed);
    }

    private final Answerer answerer;

    public Evaluation(Answerer answerer) {
        this.answerer = answerer;
    }

    public Report run(String name, List<EvalQuestion> questions) {
        Map<String, String> conversations = new HashMap<>();
        List<Result> results = new ArrayList<>();
        for (EvalQuestion q : questions) {
            Optional<String> conversation = q.conversation().isEmpty() ? Optional.empty()
                    : Optional.ofNullable(conversations.get(q.conversation()));
            Optional<String> municipality = q.municipality().isEmpty() ? Optional.empty() : Optional.of(q.municipality());
            Answer a = answerer.answer(q.question(), municipality, conversation);
            if (!q.conversation().isEmpty()) {
                conversations.put(q.conversation(), a.conversationId());
            }
            results.add(new Result(q, a, judge(q, a)));
        }
        return new Report(name, results);
    }

    static Outcome judge(EvalQuestion q, Answer a) {
        if (q.expectsAbstention()) {
            return !a.answered() && a.citations().isEmpty() ? Outcome.ABSTAINED_CORRECTLY : Outcome.WRONG;
        }
        if (!a.answered()) {
            return Outcome.MISSED;
        }
        String text = a.answer().toLowerCase(Locale.ROOT);
        boolean words = q.expected().stream().anyMatch(e -> text.contains(e.toLowerCase(Locale.ROOT)));
        boolean page = q.url().isEmpty() || a.citations().stream()
                .anyMatch(c -> sameAddress(c.url(), q.url()));
        return words && page ? Outcome.CORRECT : Outcome.WRONG;
    }

    static boolean sameAddress(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String url) {
        String u;
        try {
            u = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            u = url;
        }
        return u.strip();
    }
}
