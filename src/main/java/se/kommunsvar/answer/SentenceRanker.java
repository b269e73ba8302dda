package se.kommunsvar.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Set;
import se.kommunsvar.index.SearchHit;
import se.kommunsvar.parse.Passage;

/**
 * Scores every unit of the retrieved passages (sentences, "Label - value" headings, list runs) against the
 * question: how much of the subject the unit covers, how much its passage covers, whether it carries the kind of
 * answer sought, and whether it is about the asked (or newest) year. Units are cut by {@link Units}, coverage is
 * measured by {@link Coverage}, the chosen unit is quoted by {@link Quoter}.
 *
 * <p>The weights were set on the seed and real-dev sets (steps 1–12 of docs/ANALYSIS.md) and re-measured on all four
 * sets (section "2026-12-06"): the unit's own coverage dominates (0.5) because a sentence that names the subject is
 * the one that answers; its passage's coverage (0.25) breaks ties between pages; the remaining terms are each below
 * 0.1 so that none of them alone can lift a sentence that does not cover the subject over one that does.
 */
final class SentenceRanker {

    /**
     * A sentence that could answer, with what it scored; {@code form}: it has the form the question word asks for
     * ({@link AnswerForm}).
     */
    record Candidate(Passage passage, Unit unit, double score, double sentence, double context, int evidence,
                     boolean form) {
    }

    static final double SENTENCE = 0.5;
    static final double CONTEXT = 0.25;
    static final double HEADING = 0.1;
    /** Per level of evidence (0, 1, 2): the kind of fact asked for is present. */
    static final double EVIDENCE = 0.08;
    /** A tax-rate question prefers the sentence with the rate figure over "oförändrad" (step 11). */
    static final double RATE_FIGURE = 0.08;
    /** A list run under a heading that names the subject beats a sentence that looks like an enumeration (step 12). */
    static final double RUN = 0.08;
    /** Retrieval rank: a tie-breaker only. */
    static final double RETRIEVAL = 0.05;
    /** A heading that states something ("Vision - Det öppna Hallsberg") is itself the answer. */
    static final double LABEL_HEADING = 0.05;
    /** A passage's first sentence under a heading that names the subject usually defines it. */
    static final double FIRST_SENTENCE = 0.05;
    /** The passage names the asked municipality (pages also quote neighbours). */
    static final double NAMES_PLACE = 0.06;
    /** With no year asked, the unit naming the newest year of its passage (the current figure or holder). */
    static final double NEWEST_YEAR = 0.05;
    /** Of two versions of a page, the more recently updated. */
    static final double NEWEST_PAGE = 0.02;
    /**
     * A question about now ("… nu?", "i dag") and a unit that says it is of now ("under nuvarande mandatperiod"):
     * the unit states the present, where another page's figure is only the newest it knows. Twice NEWEST_YEAR, since
     * a stated present is surer than a newest year (real-dev-2: Karlskoga's seats "nu", 15 on the current page over
     * 11 on a page of 2017; see docs/ANALYSIS.md).
     */
    static final double STATES_NOW = 0.1;
    /**
     * With no year asked, of the pages found the one naming the latest year up to this year (a news item of 2018
     * against the one of the period 2022–2026): the current holder or figure is on the newer page. As NEWEST_YEAR,
     * which does the same inside one passage (real-dev-2: Halmstad's chair; see docs/ANALYSIS.md).
     */
    static final double NEWEST_PAGE_YEAR = 0.05;
    /**
     * For an English question, a page of the municipality's English site: it says the same fact in the resident's
     * language. 0.15 is what the English words' lower coverage costs a sentence (0.075) plus the retrieval share
     * (0.05), rounded up: it chooses between two pages with the fact, not for a page without it (docs/ANALYSIS.md,
     * 2026-12-06 english).
     */
    static final double ENGLISH_PAGE = 0.15;
    /** A municipal site's English part: a path segment "en" or "english" ("trollhattan.se/en/…"). */
    private static final java.util.Set<String> ENGLISH_SEGMENTS = java.util.Set.of("en", "english");
    /** A unit about the asked year; a page titled with it; a unit only about other years. */
    static final double ASKED_YEAR = 0.1;
    static final double TITLE_YEAR = 0.05;
    static final double OTHER_YEAR = -0.1;
    /** A run is the answer only when its label or announcing sentence covers at least half the subject. */
    static final double MIN_RUN_COVERAGE = 0.5;
    /** A table row that names nothing of the subject itself counts its heading's coverage a little less. */
    static final double BARE_ROW = 0.8;
    /**
     * A table's sum row ("SUMMA", "Totalt") adds up the rows above it: a question that does not ask for the total
     * ("totalt", "sammanlagt", "inklusive") asks for the part that the subject names, so of two rows that fit as well
     * the part wins. Above the retrieval share (0.05), which differs between passages of one table cut by size, and
     * below one level of evidence (real-dev-2: Bollnäs's rates, where the sum adds the county council's rate to the
     * municipality's; 0.03 lost to retrieval on one of three questions).
     */
    static final double TOTAL_ROW = 0.06;
    /** A cause question may be answered by the sentence before the cause, which it then quotes too. */
    static final double CAUSE_PREVIOUS = 0.8;
    /**
     * A sentence that refers back ("Det innebär att …", "De kör ut gods …") is read with the sentence before it in
     * its paragraph, at full weight: the pronoun stands for what the sentence before named (0.9 and 1.0 measured,
     * docs/ANALYSIS.md "select").
     */
    static final double CONTINUED = 1.0;
    /**
     * A sentence is read under its heading and page title, which name the topic it leaves unsaid ("Ett annat namn på
     * yrkesrollen …" under "Automationstekniker"), a little below a sentence that covers as much by itself. Only the
     * ranking reads it so; the checks on a general question's sentence still read the sentence alone.
     */
    static final double TOPIC = 0.8;
    /**
     * A sentence of the form the question word asks for ({@link AnswerForm}): "Vad är X?" the sentence defining X,
     * "Vad gör X?" X doing something, "Var arbetar …?" the verb with a place, "Vad får man betala för?" the verb
     * with its object, "Hur ansöker jag?" a means. One level of evidence, as DEFINES was before it: enough to choose
     * between sentences that cover the subject alike, not to lift one that covers less by more than 0.16 (measured,
     * docs/ANALYSIS.md "Question words and answer forms").
     */
    static final double ANSWER_FORM = 0.08;
    /**
     * A verb followed by a place word is weaker evidence than a definition or an action: "i", "på", "till" follow
     * verbs in most sentences. At 0.08 "För frågor om körkort kan du vända dig till …" (the asked verb, another
     * subject) beat the sentence on the asked subject; at 0.04 the form breaks near-ties only (docs/ANALYSIS.md).
     */
    static final double PLACE_FORM = 0.04;

    private final Question question;
    private final Vocabulary vocabulary;
    private final Coverage coverage;
    /** The whole text of a page by address; the answerer reads each page once per question and shares it. */
    private final Function<String, String> pageText;

    /** "Hur många (nya) mandat …": the one or two words after the count word, which name what is counted. */
    private static final Pattern COUNTED = Pattern.compile(
            "(?:hur m[aå]nga|\\bantal(?:et)?)\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?", Pattern.UNICODE_CASE);

    /** The words a count question counts (empty for other questions). */
    private final Set<String> counted;
    /** The form of sentence the question word asks for. */
    private final AnswerForm.Form form;
    /** The parties the question names, if any. */
    private final AskedParties parties;

    SentenceRanker(Question question, Vocabulary vocabulary, Coverage coverage, Function<String, String> pageText) {
        Set<String> words = new java.util.HashSet<>();
        Matcher m = COUNTED.matcher(question.subject().toLowerCase(java.util.Locale.ROOT));
        if (question.kind() == Kind.NUMBER && m.find()) {
            for (int g = 1; g <= 2; g++) {
                // a word in -s after the count word is a passive verb ("Hur många antogs …"), not what is counted
                if (m.group(g) != null && !m.group(g).endsWith("s")) {
                    words.add(m.group(g));
                }
            }
        }
        this.counted = words;
        this.form = AnswerForm.of(question.text());
        this.parties = new AskedParties(question.text(), vocabulary);
        this.pageText = pageText;
        this.question = question;
        this.vocabulary = vocabulary;
        this.coverage = coverage;
    }

    /** Every unit that could answer, best first (ties keep retrieval order). */
    List<Candidate> ranked(List<SearchHit> hits) {
        List<Candidate> out = new ArrayList<>();
        if (hits.isEmpty() || coverage.isEmpty()) {
            return out;
        }
        // the years of the question's text (with the years inside a span it names) and those a follow-up carries over
        Set<Integer> asked = new java.util.TreeSet<>(Years.of(question.text()));
        question.years().forEach(y -> asked.add(Integer.parseInt(y)));
        float top = hits.get(0).score();
        // "newest" compares dates: a page that gives a date is not newer than one that gives none, so the bonus needs
        // two dated pages (a 2017-dated page outranked an undated current one: real-dev-2, Karlskoga's seats "nu")
        List<String> dates = hits.stream().map(h -> h.passage().updated()).filter(d -> !d.isEmpty()).distinct().toList();
        Map<String, Integer> pageYears = new java.util.HashMap<>();
        if (asked.isEmpty()) {
            int thisYear = java.time.Year.now().getValue();
            hits.forEach(h -> pageYears.computeIfAbsent(h.passage().url(), url -> Years.latestUpTo(
                    String.join("\n", h.passage().title(), url, h.passage().updated(), pageText.apply(url)), thisYear)));
        }
        // as with dates, a page naming no year is of no known age: a year is newest only against another page's year
        pageYears.values().removeIf(y -> y == 0);
        int newestPageYear = pageYears.values().stream().distinct().count() < 2 ? 0
                : pageYears.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Set<Integer> askedMonths = Months.asked(question.text());
        boolean yesNoNow = Years.asksIfNow(question.text());
        boolean asksNow = asked.isEmpty() && Years.ofNow(question.text());
        String newest = dates.size() < 2 ? "" : dates.stream().max(String::compareTo).orElse("");

        for (SearchHit hit : hits) {
            Passage p = hit.passage();
            Set<String> headingTerms = coverage.terms(p.heading() + " " + p.title());
            Set<String> passageTerms = coverage.terms(p.text());
            passageTerms.addAll(headingTerms);
            double retrieval = top > 0 ? hit.score() / top : 0;
            boolean namesPlace = question.municipality().map(m -> mentions(p, m.name())).orElse(false);
            List<Unit> units = Units.of(p);
            if (question.kind() == Kind.LIST) {
                units.addAll(Units.listRuns(p));
            }
            int latest = question.years().isEmpty() ? units.stream().mapToInt(u -> Years.latest(u.text())).max().orElse(0) : 0;
            double context = coverage.of(passageTerms);
            // a unit without a year is dated by its passage, its page's title and address ("nyheter-2021/…") and
            // the page's own date: a news item's facts are of the year it was written
            String passageText = String.join("\n", p.heading(), p.title(), p.text(), p.url(), p.updated());
            double headingCoverage = coverage.of(headingTerms);
            for (Unit u : units) {
                if (u.text().contains("©")) {
                    continue;
                }
                double sentence = sentenceCoverage(p, u);
                int evidence = u.isRun() ? 2 : Evidence.of(question, u.text(), p.heading() + " " + p.title(), vocabulary);
                if (yesNoNow && !Years.ofNow(u.text() + "\n" + p.heading())) {
                    continue;
                }
                if (evidence < Evidence.required(question) || !Years.fits(asked, dated(u), passageText, () -> pageText.apply(p.url()))
                        || !Months.fits(askedMonths, dated(u))
                        || !u.isRun() && !u.row() && !Polarity.agrees(question.text(), u.text() + " " + u.previous())
                        || !u.isRun() && !u.heading() && !coverage.addsTo(u.text()) || !holdsRole(p, u) || !countsAsked(p, u) || !ofAskedParty(p, u)) {
                    continue;
                }
                if (question.kind() == Kind.CAUSE && !u.previous().isEmpty()) {
                    double before = CAUSE_PREVIOUS * coverage.of(u.previous());
                    if (before > sentence) {
                        sentence = before;
                        u = u.joiningPrevious();
                    }
                }
                if (question.kind() != Kind.CAUSE && !u.row() && !u.heading() && !u.isRun() && u.index() > 0
                        && (Quoter.refersBack(u.text()) || AnswerForm.namesAgain(u.text(), u.previous()))) {
                    Set<String> pair = coverage.terms(u.previous());
                    pair.addAll(coverage.terms(u.text()));
                    double together = CONTINUED * coverage.of(pair);
                    if (together > sentence) {
                        sentence = together;
                        u = u.joiningPrevious();
                    }
                }
                if (sentence == 0 && headingCoverage == 0 || u.isRun() && sentence < MIN_RUN_COVERAGE) {
                    continue;
                }
                double read = sentence;
                // a list line (a name and its years) is an item, not a sentence that leaves its topic unsaid: read under
                // its heading, the item that happens to open a passage (whose heading is then the page title) outranked
                // the newest item (real-dev: Eda's chairs since 1971; no set lost or gained anything else)
                if (!u.isRun() && !u.heading() && !u.row() && !Units.isListLine(u.text())) {
                    Set<String> topical = coverage.terms(u.text());
                    topical.addAll(headingTerms);
                    read = Math.max(sentence, TOPIC * coverage.of(topical));
                }
                boolean fits = fitsForm(u);
                if (fits) {
                    // a sentence of the asked form that leaves its topic to the heading or title ("Du får betala för
                    // hyra, mat och omvårdnad." on "Särskilt boende") covers the subject as read there, also for the
                    // general question's own-coverage check (docs/ANALYSIS.md "Question words and answer forms")
                    sentence = Math.max(sentence, read);
                }
                int year = Years.latest(u.text());
                double score = SENTENCE * read + CONTEXT * context + HEADING * headingCoverage
                        + EVIDENCE * evidence + RATE_FIGURE * Evidence.rateFigure(question, u.text())
                        + (u.isRun() ? RUN : 0) + RETRIEVAL * retrieval
                        + (u.heading() && Units.isLabelHeading(u.text()) ? LABEL_HEADING : 0)
                        - (u.row() && TableRows.isTotal(u.text()) && !TableRows.asksTotal(question.text()) ? TOTAL_ROW : 0)
                        + (u.line() == 0 && u.index() == 0 && !u.isRun() ? FIRST_SENTENCE * headingCoverage : 0)
                        + (namesPlace ? NAMES_PLACE : 0) + (fits ? formWeight() : 0)
                        + years(u.text(), p.title()) + (latest == year && latest > 0 ? NEWEST_YEAR : 0)
                        + (!newest.isEmpty() && newest.equals(p.updated()) ? NEWEST_PAGE : 0)
                        + (asksNow && Years.ofNow(u.text()) ? STATES_NOW : 0)
                        + (newestPageYear > 0 && Integer.valueOf(newestPageYear).equals(pageYears.get(p.url())) ? NEWEST_PAGE_YEAR : 0)
                        + (question.english() && isEnglishPage(p.url()) ? ENGLISH_PAGE : 0);
                out.add(new Candidate(p, u, score, sentence, context, evidence, fits));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    static boolean isEnglishPage(String url) {
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
        for (String segment : path.split("/")) {
            if (ENGLISH_SEGMENTS.contains(segment.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How much of the subject the unit covers. A heading is read with the page title it sits under; a table row
     * with its heading, a little less when the row itself names nothing of the subject ("Moderaterna: 7"); a run by
     * what names it: its heading and page title, or the sentence announcing it ("Kommunen har antagit fyra mål för
     * …"), not by its items, which are what is asked, not what it is called.
     */
    private double sentenceCoverage(Passage p, Unit u) {
        if (u.isRun()) {
            return Math.max(coverage.of(p.heading() + " " + p.title()), coverage.of(u.previous()));
        }
        Set<String> own = coverage.terms(u.text());
        if (u.heading()) {
            own.addAll(coverage.terms(p.title()));
            return coverage.of(own);
        }
        if (!u.row()) {
            return coverage.of(own);
        }
        boolean namesSubject = coverage.of(own) > 0;
        own.addAll(coverage.terms(p.heading()));
        // a table row ("Tisdag 27/02: 10.00 - 19.00") means what it means on its page, under the page's title
        if (TableRows.isLabelled(u.text())) {
            own.addAll(coverage.terms(p.title()));
        }
        return coverage.of(own) * (namesSubject ? 1.0 : BARE_ROW);
    }

    /**
     * A count, share or person asked for one party ("Hur många mandat har S?") is answered by a unit that names
     * that party (a row read with its heading); a party question (which parties govern) lists parties by nature.
     */
    private boolean ofAskedParty(Passage p, Unit u) {
        if (parties.isEmpty() || question.kind() == Kind.PARTIES) {
            return true;
        }
        return parties.namedIn(u.text() + (u.row() || u.heading() ? " " + p.heading() : ""));
    }

    /**
     * A count question names what it counts ("Hur många mandat …", "Antal invånare"): a figure of something else
     * ("13 ledamöter", "åtta särskilda boenden") does not answer it, so the unit (a row with its heading) must name
     * the counted word. Measured on all four sets, see docs/ANALYSIS.md.
     */
    private boolean countsAsked(Passage p, Unit u) {
        if (counted.isEmpty() || !coverage.hasAnyOf(counted)) {
            return true;
        }
        String text = u.text() + (u.row() || u.heading() ? " " + p.heading() : "");
        return coverage.coversAnyOf(counted, coverage.terms(text));
    }

    /**
     * A person question's office must be the one the unit names (see {@link Roles}); a table row ("2015-2018 Hans
     * Nilsson (HEL)") is read with its whole passage, where the line announcing the table names the office.
     */
    private boolean holdsRole(Passage p, Unit u) {
        if (question.kind() != Kind.PERSON) {
            return true;
        }
        String context = p.heading() + " " + p.title() + (u.row() ? " " + p.text() : "");
        return Roles.fits(question.text(), u.text(), context);
    }

    /**
     * The text whose years must be the asked ones: the unit's own, except when the question asks for a date or
     * years ("Vilka år gällde budgeten som presenterades 2017?"): then the answer names other years by nature, and
     * the asked year only places its page or passage.
     */
    private String dated(Unit u) {
        return question.kind() == Kind.DATE ? "" : u.text();
    }

    /** The unit is a sentence of the form the question word asks for ({@link AnswerForm}). */
    private boolean fitsForm(Unit u) {
        if (form == AnswerForm.Form.NONE || u.isRun() || u.heading()) {
            return false;
        }
        return AnswerForm.fits(form, question.text(), u.text(), u.previous(), w -> coverage.of(w) > 0);
    }

    /** The weight of the asked form: a place is half of it (see {@link #PLACE_FORM}). */
    private double formWeight() {
        return form == AnswerForm.Form.PLACE ? PLACE_FORM : ANSWER_FORM;
    }

    private static boolean mentions(Passage p, String name) {
        return p.text().contains(name) || p.heading().contains(name);
    }

    /** A question that names a year prefers the unit about that year, else a page titled with it. */
    private double years(String sentence, String title) {
        if (question.years().isEmpty()) {
            return 0;
        }
        if (question.years().stream().anyMatch(sentence::contains)) {
            return ASKED_YEAR;
        }
        return Years.any(sentence) ? OTHER_YEAR : question.years().stream().anyMatch(title::contains) ? TITLE_YEAR : 0;
    }
}
