package se.kommunsvar.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kommunsvar.index.KommunAnalyzer;
import se.kommunsvar.index.SearchHit;
import se.kommunsvar.parse.Passage;
import se.kommunsvar.parse.Sentences;

/**
 * Scores every sentence of the retrieved passages (and every "Label - value" heading) against the question:
 * how much of the subject the sentence covers, how much its passage covers, whether it carries the kind of
 * answer sought. Picks the best and the sentences it needs around it to be read alone.
 */
final class SentenceRanker {

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    /** A sentence that could answer, with what it scored. */
    record Candidate(Passage passage, Unit unit, double score, double sentence, double context, int evidence) {
    }

    /**
     * A sentence of a passage (line and position in it), or the passage's heading (line -1), or a run of list
     * lines ({@code run} lines from {@code line}, text joined by line breaks, {@code previous} the sentence that
     * announces it).
     */
    record Unit(String text, int line, int index, boolean heading, boolean row, String previous, boolean joinsPrevious,
                int run) {

        Unit(String text, int line, int index, boolean heading, boolean row, String previous, boolean joinsPrevious) {
            this(text, line, index, heading, row, previous, joinsPrevious, 0);
        }

        Unit joiningPrevious() {
            return new Unit(text, line, index, heading, row, previous, true, run);
        }
    }

    /** A run needs at least this many list lines in a row to count as a list. */
    private static final int MIN_RUN = 2;

    private final Question question;
    private final List<Concept> concepts;
    private final Vocabulary vocabulary;
    private final KommunAnalyzer analyzer;
    private final double totalWeight;
    private final Map<String, List<String>> analyzed = new HashMap<>();

    SentenceRanker(Question question, List<Concept> concepts, Vocabulary vocabulary, KommunAnalyzer analyzer) {
        this.question = question;
        this.concepts = concepts;
        this.vocabulary = vocabulary;
        this.analyzer = analyzer;
        this.totalWeight = concepts.stream().mapToDouble(Concept::weight).sum();
    }

    Optional<Candidate> best(List<SearchHit> hits) {
        return ranked(hits).stream().findFirst();
    }

    /** The sentences to quote for a candidate: the sentence, and what it needs around it to be read alone. */
    List<String> quote(Candidate c) {
        return quote(c.passage(), c.unit());
    }

    /**
     * As {@link #quote(Candidate)}, and a list quoted to the end of its passage goes on with the list items that
     * open the page's next passage: a passage is cut by size, so a list can run over into the next one.
     *
     * @param following the page's next passage, looked up only when the list reaches the end of its passage
     */
    List<String> quote(Candidate c, Supplier<Optional<Passage>> following) {
        List<String> out = quote(c.passage(), c.unit());
        boolean listAnswer = question.kind() == Kind.LIST || c.unit().text().strip().endsWith(":");
        if (!listAnswer || c.unit().row() || !reachesEnd(c.passage(), out)) {
            return out;
        }
        Optional<Passage> next = following.get().filter(n -> n.heading().equals(c.passage().heading()));
        int length = out.stream().mapToInt(String::length).sum();
        for (String line : next.map(Passage::lines).orElse(List.of())) {
            if (!isListLine(line) || length >= 700 || out.size() >= 12) {
                break;
            }
            out.add(line);
            length += line.length();
        }
        return out;
    }

    /** The quote ends with the passage's last line, and that line is a list item or announces a list. */
    private static boolean reachesEnd(Passage p, List<String> quoted) {
        String last = p.lines().isEmpty() ? "" : p.lines().get(p.lines().size() - 1).strip();
        String end = quoted.get(quoted.size() - 1).strip();
        return last.endsWith(end) && (end.endsWith(":") || isListLine(end) && quoted.size() > 1);
    }

    /** A line as list items are written: one short statement without closing punctuation ("Att ge alla barn …"). */
    private static boolean isListLine(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= 160 && ".!?".indexOf(s.charAt(s.length() - 1)) < 0
                && Sentences.split(s).size() == 1;
    }

    /** Every sentence that could answer, best first (ties keep retrieval order). */
    List<Candidate> ranked(List<SearchHit> hits) {
        List<Candidate> out = new ArrayList<>();
        if (hits.isEmpty() || totalWeight <= 0) {
            return out;
        }
        float top = hits.get(0).score();
        String newest = hits.stream().map(h -> h.passage().updated()).max(String::compareTo).orElse("");
        for (SearchHit hit : hits) {
            Passage p = hit.passage();
            Set<String> headingTerms = terms(p.heading() + " " + p.title());
            Set<String> passageTerms = terms(p.text());
            passageTerms.addAll(headingTerms);
            double retrieval = top > 0 ? hit.score() / top : 0;
            boolean namesPlace = question.municipality().map(m -> mentions(p, m.name())).orElse(false);
            List<Unit> units = units(p);
            if (question.kind() == Kind.LIST) {
                units.addAll(listRuns(p));
            }
            int latest = question.years().isEmpty() ? units.stream().mapToInt(SentenceRanker::unitYear).max().orElse(0) : 0;
            for (Unit u : units) {
                if (u.text().contains("©")) {
                    continue;
                }
                double sentence = sentenceCoverage(p, u);
                double context = coverage(passageTerms);
                double headingCoverage = coverage(headingTerms);
                int evidence = u.run() > 0 ? 2 : Evidence.of(question, u.text(), p.heading() + " " + p.title(), vocabulary);
                if (evidence < Evidence.required(question)) {
                    continue;
                }
                if (question.kind() == Kind.CAUSE && !u.previous().isEmpty()) {
                    double before = 0.8 * coverage(terms(u.previous()));
                    if (before > sentence) {
                        sentence = before;
                        u = u.joiningPrevious();
                    }
                }
                if (sentence == 0 && headingCoverage == 0 || u.run() > 0 && sentence < 0.5) {
                    continue;
                }
                double score = 0.5 * sentence + 0.25 * context + 0.1 * headingCoverage + 0.08 * evidence
                        + 0.08 * Evidence.rateFigure(question, u.text()) + (u.run() > 0 ? 0.08 : 0)
                        + 0.05 * retrieval + (u.heading() && isLabelHeading(u.text()) ? 0.05 : 0)
                        + (u.line() == 0 && u.index() == 0 && u.run() == 0 ? 0.05 * headingCoverage : 0)
                        + (namesPlace ? 0.06 : 0)
                        + years(u.text(), p.title()) + (latest == unitYear(u) && latest > 0 ? 0.05 : 0)
                        + (!newest.isEmpty() && newest.equals(p.updated()) ? 0.02 : 0);
                out.add(new Candidate(p, u, score, sentence, context, evidence));
            }
        }
        out.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    /**
     * How much of the subject the unit covers. A heading is read with the page title it sits under; a table row
     * with its heading, a little less when the row itself names nothing of the subject ("Moderaterna: 7").
     */
    private double sentenceCoverage(Passage p, Unit u) {
        if (u.run() > 0) {
            return runCoverage(p, u);
        }
        Set<String> own = terms(u.text());
        if (u.heading()) {
            own.addAll(terms(p.title()));
            return coverage(own);
        }
        if (!u.row()) {
            return coverage(own);
        }
        boolean namesSubject = coverage(own) > 0;
        own.addAll(terms(p.heading()));
        return coverage(own) * (namesSubject ? 1.0 : 0.8);
    }

    /**
     * How much of the subject a run of list lines is about: what its heading and page title cover, or what the
     * sentence announcing it covers ("Kommunen har antagit fyra mål för …"). The items themselves do not count:
     * they are what is asked, not what it is called.
     */
    private double runCoverage(Passage p, Unit u) {
        return Math.max(labelCoverage(p), coverage(terms(u.previous())));
    }

    private double labelCoverage(Passage p) {
        return coverage(terms(p.heading() + " " + p.title()));
    }

    /**
     * The runs of list lines of a passage: consecutive lines as list items are written (short, one statement, no
     * closing punctuation), at least {@link #MIN_RUN} of them, each with the sentence before it that announces it.
     */
    private static List<Unit> listRuns(Passage p) {
        List<Unit> runs = new ArrayList<>();
        List<String> lines = p.lines();
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && isListLine(lines.get(end))) {
                end++;
            }
            if (end - start >= MIN_RUN) {
                String before = start == 0 ? "" : last(Sentences.split(lines.get(start - 1)));
                runs.add(new Unit(String.join("\n", lines.subList(start, end)), start, 0, false, false, before, false,
                        end - start));
            }
            start = Math.max(end, start + 1);
        }
        return runs;
    }

    private static String last(List<String> sentences) {
        return sentences.isEmpty() ? "" : sentences.get(sentences.size() - 1);
    }

    private double coverage(Set<String> terms) {
        double covered = 0;
        for (Concept c : concepts) {
            covered += c.weight() * c.matchIn(terms);
        }
        return covered / totalWeight;
    }

    private static boolean mentions(Passage p, String name) {
        return p.text().contains(name) || p.heading().contains(name);
    }

    /**
     * A question that names a year prefers the sentence about that year (0.1), else a page titled with it
     * (0.05), and puts back a sentence that speaks only of other years (-0.1).
     */
    private double years(String sentence, String title) {
        if (question.years().isEmpty()) {
            return 0;
        }
        if (question.years().stream().anyMatch(sentence::contains)) {
            return 0.1;
        }
        boolean otherYear = YEAR.matcher(sentence).find();
        return otherYear ? -0.1 : question.years().stream().anyMatch(title::contains) ? 0.05 : 0;
    }

    /**
     * The latest year a row or sentence names (0 if none): when a page lists holders or figures over time and
     * the question names no year, the latest is the current one.
     */
    private static int unitYear(Unit u) {
        Matcher m = YEAR.matcher(u.text());
        int max = 0;
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group()));
        }
        return max;
    }

    /** The analyzed terms of a text, a fresh set each call; each distinct text is analyzed once per question. */
    private Set<String> terms(String text) {
        return new HashSet<>(analyzed.computeIfAbsent(text, t -> List.copyOf(new HashSet<>(analyzer.terms(t)))));
    }

    /**
     * The heading and sentences of a passage. Lines of a table or list ("Vård och omsorg 44 procent", "Samhällsplaneringsnämnden (5 procent)") mean
     * what they mean under their heading, so a row is read together with its passage's heading.
     */
    private static List<Unit> units(Passage p) {
        List<Unit> units = new ArrayList<>();
        boolean caption = !p.lines().isEmpty() && p.lines().get(0).contains("©");
        if (!p.heading().isBlank() && !caption) {
            units.add(new Unit(p.heading(), -1, 0, true, false, "", false));
        }
        String previous = "";
        for (int line = 0; line < p.lines().size(); line++) {
            String text = p.lines().get(line);
            List<String> sentences = Sentences.split(text);
            boolean row = p.lines().size() >= 3 && sentences.size() == 1 && text.length() < 60 && !text.strip().endsWith(".");
            for (int i = 0; i < sentences.size(); i++) {
                units.add(new Unit(sentences.get(i), line, i, false, row, previous, false));
                previous = sentences.get(i);
            }
        }
        return units;
    }

    /** A heading that states something: "Vision - Det öppna Hallsberg", "Värdeord: Glädje, driv och öppenhet". */
    private static boolean isLabelHeading(String heading) {
        return heading.matches("(?s)[^–:-]{2,40}\\s[-–:]\\s.{3,}") || heading.matches("(?s)[^:]{2,40}:\\s.{3,}");
    }

    /** The sentence, with the heading before it when it is a label, and what follows when it only introduces. */
    private List<String> quote(Passage p, Unit u) {
        if (u.run() > 0) {
            return quoteRun(p, u);
        }
        List<String> out = new ArrayList<>();
        List<String> flat = new ArrayList<>();
        int position = -1;
        for (int line = 0; line < p.lines().size(); line++) {
            List<String> sentences = Sentences.split(p.lines().get(line));
            for (int i = 0; i < sentences.size(); i++) {
                if (line == u.line() && i == u.index()) {
                    position = flat.size();
                }
                flat.add(sentences.get(i));
            }
        }
        if (u.heading()) {
            out.add(p.heading());
            if (!flat.isEmpty()) {
                out.add(flat.get(0));
            }
            return out;
        }
        if (u.joinsPrevious() && position > 0) {
            out.add(flat.get(position - 1));
        }
        out.add(u.text());
        int next = position + 1;
        int length = u.text().length();
        boolean introduces = u.text().strip().endsWith(":");
        while (!u.row() && next < flat.size() && (introduces ? length < 700 && out.size() < 12 : length < 40 && out.size() < 3)) {
            out.add(flat.get(next));
            length += flat.get(next).length();
            next++;
        }
        if (question.kind() == Kind.LIST && !introduces) {
            extendToEnumeration(out, flat, next);
        }
        return out;
    }

    /**
     * A run of list lines, introduced by what names it: the sentence announcing it when that is what covers the
     * subject, else its heading (or the page title), as a label ending in ':' so that the items read as a list.
     */
    private List<String> quoteRun(Passage p, Unit u) {
        List<String> out = new ArrayList<>();
        boolean announced = labelCoverage(p) < 0.5 && !u.previous().isEmpty();
        if (announced) {
            out.add(u.previous());
        }
        if (!announced || !u.previous().strip().endsWith(":")) {
            String label = p.heading().isBlank() ? p.title() : p.heading();
            out.add(label.strip().endsWith(":") ? label : label.strip() + ":");
        }
        int length = out.stream().mapToInt(String::length).sum();
        for (String line : p.lines().subList(u.line(), u.line() + u.run())) {
            if (length >= 700 || out.size() >= 12) {
                break;
            }
            out.add(line);
            length += line.length();
        }
        return out;
    }

    /** A list question answered by a sentence that only announces the list ("tre nya mål har tagits fram"): add the list. */
    private void extendToEnumeration(List<String> out, List<String> flat, int next) {
        if (out.stream().anyMatch(s -> Evidence.of(question, s, "", vocabulary) == 2)) {
            return;
        }
        for (int i = next; i < flat.size() && i < next + 2; i++) {
            if (Evidence.of(question, flat.get(i), "", vocabulary) == 2) {
                out.addAll(flat.subList(next, i + 1));
                return;
            }
        }
    }
}
