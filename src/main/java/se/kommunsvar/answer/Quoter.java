package se.kommunsvar.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import se.kommunsvar.parse.Passage;
import se.kommunsvar.parse.Sentences;

/** Chooses the verbatim lines to quote for a chosen unit: the unit, and what it needs around it to be read alone. */
final class Quoter {

    /** A quoted list stops at this many characters: a widget bubble stays readable, real goal lists fit (≈ 500). */
    static final int MAX_LIST_CHARS = 700;
    /** A quoted list stops at this many lines (label and items); municipal goal lists have 3–10 items. */
    static final int MAX_LIST_LINES = 12;
    /** A sentence shorter than this ("Ja.", "Det är 21,16.") is quoted with what follows it, up to 3 sentences. */
    static final int SHORT_SENTENCE = 40;
    static final int MAX_SHORT_LINES = 3;
    /**
     * A sentence that continues the quoted one is quoted with it up to this many characters in all (about three
     * sentences of an authority text): enough for "X. Det innebär att …", short enough for a widget bubble.
     */
    static final int MAX_CONTINUED_CHARS = 400;
    /**
     * Words that open a sentence going on about what the sentence before named: personal and demonstrative pronouns
     * and the adverbs that refer back (Swedish grammar, a closed class): "Det innebär att …", "Då hjälper man …".
     */
    private static final java.util.Set<String> REFERS_BACK = java.util.Set.of("det", "den", "detta", "denna", "dessa",
            "de", "då", "där", "hen", "han", "hon", "man", "dess", "deras", "sådana", "så");

    private final Question question;
    private final Vocabulary vocabulary;
    private final Coverage coverage;

    Quoter(Question question, Vocabulary vocabulary, Coverage coverage) {
        this.question = question;
        this.vocabulary = vocabulary;
        this.coverage = coverage;
    }

    /**
     * The lines to quote; a list quoted to the end of its passage goes on with the list items that open the page's
     * next passage: a passage is cut by size, so a list can run over into the next one.
     *
     * @param following the page's next passage, looked up only when the list reaches the end of its passage
     */
    List<String> quote(Passage p, Unit u, Supplier<Optional<Passage>> following) {
        List<String> out = quote(p, u);
        boolean listAnswer = question.kind() == Kind.LIST || announcesList(p, u);
        if (!listAnswer || u.row() && !announcesList(p, u) || !reachesEnd(p, out)) {
            return out;
        }
        Optional<Passage> next = following.get().filter(n -> n.heading().equals(p.heading()));
        int length = out.stream().mapToInt(String::length).sum();
        for (String line : next.map(Passage::lines).orElse(List.of())) {
            if (!Units.isListLine(line) || length >= MAX_LIST_CHARS || out.size() >= MAX_LIST_LINES) {
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
        return last.endsWith(end) && (end.endsWith(":") || Units.isListLine(end) && quoted.size() > 1
                || quoted.size() == 1 && unpunctuated(end));
    }

    /**
     * The unit announces a list: it ends with a colon, or it ends its line without closing punctuation and what follows
     * is list lines or the passage's end ("Tillsammans med ansökan ska du skicka in" above the items): a page's
     * bullet list loses its colon when the page is read as text, so the clause left open is what announces it.
     */
    static boolean announcesList(Passage p, Unit u) {
        String text = u.text().strip();
        if (text.endsWith(":")) {
            return true;
        }
        // a short unpunctuated line is read as a table row, unless it ends open: no row ends on a verb or particle
        if (u.row() && !endsOpen(text) || u.heading() || u.isRun() || !unpunctuated(text) || u.line() < 0
                || u.line() >= p.lines().size()) {
            return false;
        }
        List<String> sentences = Sentences.split(p.lines().get(u.line()));
        if (u.index() != sentences.size() - 1) {
            return false;
        }
        return u.line() + 1 == p.lines().size() || Units.isListLine(p.lines().get(u.line() + 1)) || endsOpen(text);
    }

    /** Closing words of a clause that names examples of what follows ("… till exempel", "… bland annat", "… följande"). */
    private static final java.util.regex.Pattern NAMES_WHAT_FOLLOWS = java.util.regex.Pattern.compile(
            "(?:till exempel|bland annat|exempelvis|följande|nedan|så här)$", java.util.regex.Pattern.UNICODE_CASE);

    /**
     * A clause that ends where its object should be: on a verb, a preposition or a verb particle ("ska du lämna in",
     * "ska du också skicka med", "kan du bland annat se"), or on words that name what follows ("till exempel"). Read
     * with the Swedish part-of-speech dictionary ({@link WordClasses}); a line that ends on a noun ("Fyll i en
     * ansökan") is a heading, not an open clause.
     */
    static boolean endsOpen(String sentence) {
        String s = sentence.strip().toLowerCase(java.util.Locale.ROOT);
        if (NAMES_WHAT_FOLLOWS.matcher(s).find()) {
            return true;
        }
        String[] words = s.split("[^\\p{L}]+");
        if (words.length < 2) {
            return false;
        }
        return WordClasses.readings(words[words.length - 1]).stream().map(WordClasses.Reading::tag)
                .anyMatch(t -> t.startsWith("VB") || t.equals("PP") || t.equals("AB"));
    }

    /** A sentence left open: no closing punctuation (".", "!", "?", ";", ")" or a quote mark). */
    private static boolean unpunctuated(String sentence) {
        String s = sentence.strip();
        return !s.isEmpty() && Character.isLetter(s.charAt(s.length() - 1));
    }

    /** The sentence, with the heading before it when it is a label, and what follows when it only introduces. */
    List<String> quote(Passage p, Unit u) {
        if (u.isRun()) {
            return quoteRun(p, u);
        }
        List<String> out = new ArrayList<>();
        List<String> flat = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        int position = -1;
        for (int line = 0; line < p.lines().size(); line++) {
            List<String> sentences = Sentences.split(p.lines().get(line));
            for (int i = 0; i < sentences.size(); i++) {
                if (line == u.line() && i == u.index()) {
                    position = flat.size();
                }
                flat.add(sentences.get(i));
                lineOf.add(line);
            }
        }
        if (u.heading()) {
            out.add(p.heading());
            if (question.kind() == Kind.LIST && itemsUnderListHeading(p, u)) {
                out.addAll(itemLines(p));
                return out;
            }
            if (!flat.isEmpty()) {
                out.add(flat.get(0));
            }
            return out;
        }
        if (u.joinsPrevious() && position > 0) {
            out.add(flat.get(position - 1));
        }
        if (u.row() && TableRows.needsCaption(u.text(), p.heading())) {
            out.add(p.heading());
        }
        out.add(u.text());
        int next = position + 1;
        int length = u.text().length();
        boolean introduces = announcesList(p, u);
        while (!u.row() && !introduces && next < flat.size() && lineOf.get(next) == lineOf.get(position)
                && continues(flat.get(next), flat.get(next - 1)) && !opensMore(flat.get(next))
                && length + flat.get(next).length() <= MAX_CONTINUED_CHARS) {
            out.add(flat.get(next));
            length += flat.get(next).length();
            next++;
        }
        while ((!u.row() || introduces) && next < flat.size() && (introduces ? length < MAX_LIST_CHARS && out.size() < MAX_LIST_LINES
                : length < SHORT_SENTENCE && out.size() < MAX_SHORT_LINES)) {
            out.add(flat.get(next));
            length += flat.get(next).length();
            next++;
        }
        if (question.kind() == Kind.LIST && !introduces) {
            if (itemsUnderListHeading(p, u)) {
                return itemLines(p);
            }
            extendToEnumeration(out, flat, next);
        }
        if (out.size() == 1) {
            extendToSameTag(out, p, u);
        }
        return out;
    }

    /**
     * A list written as one sentence per line under a heading that names it ("Kommunens fem mål", then "Inflyttningen
     * ska öka varje år." on one line, "Varje individ …" on the next): the passage's lines are its items (a numbered
     * list whose numbers the page markup held), and "Vilka mål …?" asks for all of them, not for the one line that
     * shares most words. Holds when the heading names the subject and every line of the passage is one sentence.
     */
    private boolean itemsUnderListHeading(Passage p, Unit u) {
        if (u.row() || coverage.of(p.heading()) == 0 || p.lines().size() < Units.MIN_RUN) {
            return false;
        }
        return p.lines().stream().allMatch(l -> !l.isBlank() && l.strip().length() <= Units.MAX_LIST_LINE
                && Sentences.split(l).size() == 1);
    }

    /** The passage's lines as list items, within the list limits. */
    private static List<String> itemLines(Passage p) {
        List<String> out = new ArrayList<>();
        int length = 0;
        for (String line : p.lines()) {
            if (out.size() >= MAX_LIST_LINES || length >= MAX_LIST_CHARS) {
                break;
            }
            out.add(line.strip());
            length += line.length();
        }
        return out;
    }

    /** A list line ending with a tag in brackets: "Hans Ahlgren (L)", "Eva Ek (S), ordförande" not (the tag is inside). */
    static final java.util.regex.Pattern TAG_AT_END = java.util.regex.Pattern.compile("\\(([^()\\s]{1,12})\\)\\s*$");

    /**
     * "Vilka …" asks for all: a list line answering it with a person and a party tag ("Hans Ahlgren (L)") goes on with
     * the lines right after it that carry the same tag ("Camilla Ifvarsson (L)"), since a list of people is written
     * grouped by party; one line of the group answered only part of the question (real-dev-2: Täby's kommunalråd).
     */
    private void extendToSameTag(List<String> out, Passage p, Unit u) {
        String q = question.text().strip().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher tag = TAG_AT_END.matcher(u.text());
        if (!q.startsWith("vilka ") || u.heading() || !Units.isListLine(u.text()) || !tag.find()) {
            return;
        }
        String own = "(" + tag.group(1) + ")";
        for (int line = u.line() + 1; line < p.lines().size() && out.size() < MAX_LIST_LINES; line++) {
            String next = p.lines().get(line).strip();
            java.util.regex.Matcher t = TAG_AT_END.matcher(next);
            if (!Units.isListLine(next) || !t.find() || !own.equals("(" + t.group(1) + ")")) {
                break;
            }
            out.add(next);
        }
    }

    /**
     * Whether a sentence goes on about what the quoted one named, so that the two answer together: it opens with a
     * word that refers back ("Det innebär att …") or names part of the asked subject ("Kortet innehåller …" after a
     * sentence about the card). A sentence that introduces the asked thing is often followed by the one saying what
     * it is or does (measured on all four sets, docs/ANALYSIS.md 2026-12-06 "select").
     */
    private boolean continues(String sentence, String before) {
        return refersBack(sentence) || coverage.of(sentence) > 0
                || AnswerForm.namesAgain(sentence, before);
    }

    /**
     * A sentence that announces what follows ("… fördelade så här:") or asks a question opens something the quote
     * would not hold; continuing into it left quotes that end in a promise, which are then refused as answers
     * (real-dev: "I Fagersta består kommunfullmäktige av 35 ledamöter." was continued into "… så här:" and lost).
     */
    private static boolean opensMore(String sentence) {
        String s = sentence.strip();
        return s.endsWith(":") || s.endsWith("?");
    }

    /** Whether the sentence opens with a word that refers back to the sentence before it ("Det innebär att …"). */
    static boolean refersBack(String sentence) {
        String first = sentence.strip().split("[\\s,]+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return REFERS_BACK.contains(first);
    }

    /**
     * A run of list lines, introduced by what names it: the sentence announcing it when that is what covers the
     * subject, else its heading (or the page title), as a label ending in ':' so that the items read as a list.
     */
    private List<String> quoteRun(Passage p, Unit u) {
        List<String> out = new ArrayList<>();
        boolean announced = coverage.of(p.heading() + " " + p.title()) < 0.5 && !u.previous().isEmpty();
        if (announced) {
            out.add(u.previous());
        }
        if (!announced || !u.previous().strip().endsWith(":")) {
            String label = p.heading().isBlank() ? p.title() : p.heading();
            out.add(label.strip().endsWith(":") ? label : label.strip() + ":");
        }
        int length = out.stream().mapToInt(String::length).sum();
        for (String line : p.lines().subList(u.line(), u.line() + u.run())) {
            if (length >= MAX_LIST_CHARS || out.size() >= MAX_LIST_LINES) {
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
