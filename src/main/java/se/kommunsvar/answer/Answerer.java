package se.kommunsvar.answer;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.kommunsvar.index.IndexedPage;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.index.PassageSearch;
import se.kommunsvar.index.PassageSearch.WeightedTerm;
import se.kommunsvar.index.SearchHit;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.Contact;
import se.kommunsvar.parse.Contacts;
import se.kommunsvar.parse.Passage;

/**
 * Answers a resident's question with the sentences of an indexed page that answer it, verbatim and cited,
 * or says plainly that the pages do not answer it.
 */
public final class Answerer {

    /** Passages read per question. */
    static final int PASSAGES = 20;
    /** How much of the question's subject the answering passage must cover. */
    static final double MIN_CONTEXT_COVERAGE = 0.5;
    /**
     * A question of no checkable kind (Kind.GENERAL) has only its subject to check: the quoted sentence itself must
     * cover a good part of it. Measured 2026-12-06 (docs/ANALYSIS.md, step 6): at 0.4 real-dev-2 loses 7 wrong answers
     * and 1 right one, swequad-train 4 wrong and 1 right, seed and real-dev none; at 0.5 real-dev-2 loses 8 wrong and
     * 2 right, swequad-train 7 wrong but 4 right, and the seed set 1 right.
     */
    static final double MIN_GENERAL_SENTENCE_COVERAGE = 0.4;
    private static final float MIN_TERM_WEIGHT = 0.1f;
    /** The word "parti" in its forms ("partier", "partierna", "partiet"): named parties are what it asks for. */
    private static final Pattern PARTY_WORD = Pattern.compile("parti(?:er|erna|et|ets)?");
    private static final float EXPANSION_WEIGHT = 0.5f;

    private final PassageSearch retrieval;
    private final QuestionReader reader;
    private final Vocabulary vocabulary;
    private final MunicipalityDirectory directory;
    private final Conversations conversations;

    public Answerer(PassageIndex index, MunicipalityDirectory directory, Conversations conversations) {
        this.retrieval = new PassageSearch(index);
        this.directory = directory;
        this.vocabulary = Vocabulary.standard();
        this.reader = new QuestionReader(directory, vocabulary, retrieval::spellChecked);
        this.conversations = conversations;
    }

    /**
     * Answers one message.
     *
     * @param message the resident's question
     * @param siteMunicipality the municipality of the site the widget is on, if any
     * @param conversationId an earlier answer's conversation id, to ask a follow-up
     */
    public Answer answer(String message, Optional<String> siteMunicipality, Optional<String> conversationId) {
        String id = conversationId.filter(c -> c.matches("[0-9a-f]{24}")).orElseGet(Conversations::newId);
        Optional<String> smallTalk = SmallTalk.reply(message);
        if (smallTalk.isPresent()) {
            return new Answer(id, false, smallTalk.get(), List.of(), null, true);
        }
        Question q = reader.read(message);
        Optional<Question> previous = conversations.last(id);
        Optional<Municipality> site = siteMunicipality.flatMap(directory::byName);
        Optional<Municipality> municipality = q.municipality()
                .or(() -> previous.flatMap(Question::municipality).filter(p -> q.followUp() || site.isEmpty()))
                .or(() -> site);
        Question asked = q.withMunicipality(municipality);
        if (asked.elliptic() && previous.isPresent()) {
            asked = asked.withSubjectOf(previous.get());
        }
        asked = FollowUps.partyOfNamedPerson(asked, previous).orElse(asked);
        conversations.remember(id, asked);
        return answer(id, asked);
    }

    private Answer answer(String id, Question q) {
        if (q.elliptic()) {
            return abstain(id, q, q.english() ? "What would you like to know?" : "Vad vill du veta?");
        }
        if (q.municipality().isPresent() && !retrieval.municipalities().contains(q.municipality().get().name())) {
            return abstain(id, q, noPages(q));
        }
        List<Concept> concepts = concepts(q.subject(), q.english() ? vocabulary.englishOrigins(q.text()) : Map.of());
        List<SearchHit> hits = concepts.isEmpty() ? List.of()
                : retrieval.search(query(concepts), q.municipality().map(Municipality::name), PASSAGES);
        Optional<Clarification> ask = new MunicipalityClarifier(retrieval.municipalities()).clarify(q, hits);
        if (ask.isPresent()) {
            return new Answer(id, false, ask.get().question(), List.of(), ask.get(), false);
        }
        if (concepts.isEmpty()) {
            return abstain(id, q, notAnswered(q));
        }
        Coverage coverage = new Coverage(concepts, retrieval::terms);
        // a page's whole text, read once per question: the ranker dates sentences by it, the election check reads it
        Map<String, String> pages = new java.util.HashMap<>();
        java.util.function.Function<String, String> pageText = url -> pages.computeIfAbsent(url, u -> retrieval
                .passagesOf(u).stream().map(Passage::text).collect(java.util.stream.Collectors.joining("\n")));
        SentenceRanker ranker = new SentenceRanker(q, vocabulary, coverage, pageText);
        // a yes/no question is answered only by a unit that names what it asks about, not only its opening verb
        List<Concept> foci = Polar.isPolar(q.text()) ? Polar.foci(q.subject(), concepts) : List.of();
        Quoter quoter = new Quoter(q, vocabulary, coverage);
        for (SentenceRanker.Candidate c : ranker.ranked(hits)) {
            if (c.context() < MIN_CONTEXT_COVERAGE || q.kind() == Kind.GENERAL && !carriesRest(q, c, concepts, coverage)
                    || Evidence.refersElsewhere(c.unit().text())
                    || !c.unit().isRun() && Evidence.namesListAsItem(q, c.unit().text())
                    || namedOnlyAmongLists(q, c, coverage) || beforeAskedElection(q, c.passage(), pageText)
                    || isPageStamp(c.unit().text(), c.passage())) {
                continue;
            }
            Passage p = c.passage();
            if (!foci.isEmpty() && !namesFocus(foci, c, coverage)) {
                continue;
            }
            List<String> quote = quoter.quote(p, c.unit(), () -> retrieval.following(p));
            // what is quoted under a heading must name the items, not only count them ("Mål: … finns fem mål")
            List<String> stated = c.unit().heading() && quote.size() > 1 ? quote.subList(1, quote.size()) : quote;
            if (!announcesOnly(quote) && !Evidence.countsListOnly(q, String.join(" ", stated))) {
                return withCopies(answered(id, q, c, quote), c.passage(), quote, hits);
            }
        }
        return contactAnswer(id, q, concepts).orElseGet(
                () -> new Answer(id, false, notAnswered(q), List.of(), related(hits, coverage)));
    }

    /**
     * A yes/no question's answer names what it asks about, the focus of one of its clauses ({@link Polar}): in the
     * unit, its heading or page title, or, when the unit refers back ("Den sista delen är borttagen …"), the
     * sentence before it.
     */
    private static boolean namesFocus(List<Concept> foci, SentenceRanker.Candidate c, Coverage coverage) {
        Passage p = c.passage();
        Set<String> terms = coverage.terms(String.join("\n", c.unit().text(), p.heading(), p.title(),
                Quoter.refersBack(c.unit().text()) ? c.unit().previous() : ""));
        return foci.stream().anyMatch(f -> f.matchIn(terms) > 0);
    }

    /**
     * The share of what the heading and title leave unsaid that a sentence must carry to answer a general question
     * although it covers less than {@link #MIN_GENERAL_SENTENCE_COVERAGE} of the whole subject: half of it. Measured
     * 2026-12-06 (docs/ANALYSIS.md, "Wrong answers, 2026-12-06 session 2"): no right answer lost on the four sets,
     * real-dev-2 1 and swequad-train 3 wrong answers turned right.
     */
    static final double MIN_REST_COVERAGE = 0.5;

    /**
     * A general question's sentence must carry the subject itself ({@link #MIN_GENERAL_SENTENCE_COVERAGE}). A page's
     * heading and title name its topic, so a sentence under them need not repeat it, but it must carry what they do
     * not say: "Vad får man betala för på ett särskilt boende?" under "Särskilt boende" is answered by "Du får betala
     * för hyra, mat och omvårdnad", not by "Plats på särskilt boende är en biståndsbedömd insats", which repeats the
     * title's words and says nothing of paying. So when the heading and title leave part of the subject unsaid, the
     * sentence must carry some of that part, and a sentence that covers less of the whole subject answers when it
     * carries half of that part ({@link #MIN_REST_COVERAGE}) and, read with the heading and title, the usual share.
     */
    private boolean carriesRest(Question q, SentenceRanker.Candidate c, List<Concept> concepts, Coverage coverage) {
        Unit u = c.unit();
        Passage p = c.passage();
        // a yes/no question is checked by its foci (Polar); headings, rows and runs are read with their heading already;
        // a sentence of the form the question word asks for ("via …" for "Hur får man veta …?") carries the part of
        // the question the heading leaves unsaid in that form, not in the question's words
        if (u.heading() || u.row() || u.isRun() || c.form() || Polar.isPolar(q.text())) {
            return c.sentence() >= MIN_GENERAL_SENTENCE_COVERAGE;
        }
        Set<String> topic = coverage.terms(p.heading() + "\n" + p.title());
        List<Concept> rest = concepts.stream().filter(k -> k.matchIn(topic) == 0).toList();
        if (rest.isEmpty() || rest.size() == concepts.size()) {
            return c.sentence() >= MIN_GENERAL_SENTENCE_COVERAGE;
        }
        Set<String> own = coverage.terms(u.text());
        Set<String> read = new HashSet<>(own);
        read.addAll(topic);
        double carried = new Coverage(rest, retrieval::terms).of(own);
        return c.sentence() >= MIN_GENERAL_SENTENCE_COVERAGE && carried > 0
                || carried >= MIN_REST_COVERAGE && coverage.of(read) >= MIN_GENERAL_SENTENCE_COVERAGE;
    }

    /**
     * A list run named by a sentence or heading that names the asked list as one of several ("… är
     * kommunfullmäktiges vision, kärnvärden, uppdrag och mål"; the page title when no sentence announces the run):
     * the run may be any of those lists, so it does not say which goals (see {@link Evidence#namesListAsItem}). The
     * same for a sentence or heading that names nothing asked itself and is read under such a heading or page title
     * (the sub-headings "Vision och kärnvärden – Kommunens vision – Kärnvärden", or the sentence on kärnvärden, under
     * "Vision, kärnvärden, uppdrag och mål").
     */
    private static boolean namedOnlyAmongLists(Question q, SentenceRanker.Candidate c, Coverage coverage) {
        Passage p = c.passage();
        Unit u = c.unit();
        String own = u.isRun() ? u.previous() : u.text();
        if (coverage.of(own) > 0) {
            return u.isRun() && Evidence.namesListAsItem(q, own.toLowerCase(Locale.ROOT));
        }
        String naming = !u.heading() && coverage.of(p.heading()) > 0 ? p.heading() : p.title();
        return Evidence.namesListAsItem(q, naming.toLowerCase(Locale.ROOT));
    }

    /**
     * A line that is nothing but the page's own date ("Sidan uppdaterad:" followed by "2024-01-02") stamps the page;
     * it says nothing about what the page is about, and the answer names the page's date anyway.
     */
    static boolean isPageStamp(String unit, Passage p) {
        return !p.updated().isEmpty() && unit.strip().equals(p.updated());
    }

    /** A page of the period that ended with the election the question asks after (see {@link Years}). */
    private static boolean beforeAskedElection(Question q, Passage p, java.util.function.Function<String, String> pageText) {
        return q.years().size() == 1
                && Years.beforeAskedElection(q.text(), String.join("\n", p.title(), p.heading(), pageText.apply(p.url())));
    }

    /**
     * A quote that ends by announcing what follows ("… under följande öppettider:") without what follows (the
     * passage ends there), or by asking a question (a FAQ's "Hur får jag plats på särskilt boende?" without its
     * answer), gives the resident nothing but the promise of an answer.
     */
    private static boolean announcesOnly(List<String> quote) {
        String last = quote.isEmpty() ? "" : quote.get(quote.size() - 1).strip();
        return last.endsWith(":") || last.endsWith("?");
    }

    /**
     * The pages an abstention suggests: the best-ranked distinct pages whose passage covers the subject as much as an
     * answering passage must ({@link #MIN_CONTEXT_COVERAGE}), so they are about what was asked even though no
     * sentence on them passed the type and time checks.
     */
    private static List<RelatedPage> related(List<SearchHit> hits, Coverage coverage) {
        List<RelatedPage> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SearchHit hit : hits) {
            Passage p = hit.passage();
            if (out.size() >= Answer.MAX_RELATED) {
                break;
            }
            if (!seen.contains(p.url()) && coverage.of(p.heading() + "\n" + p.title() + "\n" + p.text()) >= MIN_CONTEXT_COVERAGE) {
                seen.add(p.url());
                out.add(new RelatedPage(p.url(), p.title().isBlank() ? host(p.url()) : p.title()));
            }
        }
        return out;
    }

    /** A contact question the page text does not answer, answered from the contact facts the pages carry. */
    private Optional<Answer> contactAnswer(String id, Question q, List<Concept> concepts) {
        if (q.kind() != Kind.CONTACT || q.municipality().isEmpty()) {
            return Optional.empty();
        }
        List<Concept> whose = concepts.stream().filter(c -> !QuestionReader.isContactWord(c.word())).toList();
        for (IndexedPage page : retrieval.pagesWithContacts(q.municipality().get().name())) {
            for (Contact contact : page.contacts()) {
                boolean fits = whose.isEmpty() ? Contacts.isGeneralService(contact)
                        : whose.stream().allMatch(c -> c.matchIn(Set.copyOf(retrieval.terms(contact.label()))) > 0.5);
                // the channel asked for: "What is the phone number …" is not answered by an e-mail address
                if (fits && Evidence.contactFits(q, contact.describe()) > 0) {
                    Passage p = new Passage(page.url(), page.title(), page.municipality(), "", List.of(contact.describe()),
                            page.updated(), 0);
                    return Optional.of(answered(id, q, p, contact.describe()));
                }
            }
        }
        return Optional.empty();
    }

    private Answer answered(String id, Question q, SentenceRanker.Candidate c, List<String> sentences) {
        String quote = joinQuote(sentences);
        if (q.kind() == Kind.PERSON) {
            quote = PartyTags.withTags(quote, retrieval.passagesOf(c.passage().url()));
        }
        return answered(id, q, c.passage(), quote + yearNote(q, c.passage(), quote));
    }

    /**
     * Other pages cited beside the quoted one at most: authorities and municipalities publish one text on several
     * pages (a service page, its print version, the same guidance under two sections), and the resident or the staff
     * member reading out the answer should see every page that says it. Three keep the widget's source list short.
     */
    static final int MAX_COPIES = 3;

    /**
     * The answer citing, after the quoted page, the other retrieved pages of the same publisher (same municipality,
     * or none) whose passage carries every quoted line word for word: a copy says exactly what was quoted, so
     * citing it adds a source without adding a claim. A passage that only shares words is never a copy.
     */
    private static Answer withCopies(Answer answer, Passage quoted, List<String> lines, List<SearchHit> hits) {
        List<String> wanted = lines.stream().map(Answerer::spaced).filter(l -> !l.isEmpty()).toList();
        if (wanted.isEmpty()) {
            return answer;
        }
        List<Citation> citations = new ArrayList<>(answer.citations());
        Set<String> cited = new HashSet<>();
        cited.add(quoted.url());
        for (SearchHit hit : hits) {
            Passage p = hit.passage();
            if (citations.size() > MAX_COPIES || cited.contains(p.url()) || !p.municipality().equals(quoted.municipality())) {
                continue;
            }
            String text = spaced(p.heading() + "\n" + p.text());
            if (wanted.stream().allMatch(text::contains)) {
                cited.add(p.url());
                citations.add(citation(p, String.join(" ", lines)));
            }
        }
        return citations.size() == answer.citations().size() ? answer
                : new Answer(answer.conversationId(), true, answer.answer(), citations);
    }

    /** Text with every run of white space one space, so line breaks of two copies do not tell them apart. */
    private static String spaced(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }

    /** Kinds whose answer is a figure that holds for one year (a count, a share, a price, a tax rate). */
    private static final Set<Kind> FIGURES = Set.of(Kind.NUMBER, Kind.SHARE, Kind.PRICE, Kind.TAX);

    /**
     * With no year asked, a figure is the newest the pages give, and the answer says which year it is for: when the
     * quote names no year but its heading or page title does ("Skattesats 2024"), that year is said after the quote.
     */
    static String yearNote(Question q, Passage p, String quote) {
        if (!FIGURES.contains(q.kind()) || !q.years().isEmpty() || Years.any(quote)) {
            return "";
        }
        int year = Years.latest(p.heading() + " " + p.title());
        if (year == 0) {
            return "";
        }
        return q.english() ? " (The figure is for " + year + ".)" : " (Uppgiften gäller " + year + ".)";
    }

    /**
     * Joins quoted lines so they read as text: sentences with a space, list items after an introducing colon
     * with semicolons, and a heading or label line with a colon before what it introduces
     * ("Vision - Det öppna Hallsberg: I Hallsbergs kommun är alla välkomna ...").
     */
    static String joinQuote(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean inList = false;
        String previous = "";
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                boolean ended = ".!?…”\":;".indexOf(last) >= 0;
                // two tagged names in a row ("Hans Ahlgren (L)", "Camilla Ifvarsson (L)") are items, not label and value
                boolean items = Quoter.TAG_AT_END.matcher(previous).find() && Quoter.TAG_AT_END.matcher(text).find();
                out.append(ended ? " " : inList || items ? "; " : ": ");
            }
            inList |= text.endsWith(":");
            out.append(text);
            previous = text;
        }
        return out.toString();
    }

    private Answer answered(String id, Question q, Passage p, String quote) {
        String intro = (q.english() ? "According to " : "Enligt ") + host(p.url()) + " (»" + p.title() + "«"
                + (p.page() > 0 ? (q.english() ? ", p. " : ", s. ") + p.page() : "")
                + (p.updated().isEmpty() ? (q.english() ? ", no date given" : ", sidan anger inget datum")
                : (q.english() ? ", updated " : ", uppdaterad ") + p.updated()) + "): ";
        return new Answer(id, true, intro + quote, List.of(citation(p, quote)));
    }

    /** The citation of a passage, its heading before its text, deep-linked to the quoted words. */
    private static Citation citation(Passage p, String quote) {
        String passageText = p.heading().isEmpty() ? p.text() : p.heading() + "\n" + p.text();
        return new Citation(p.url(), p.title(), p.municipality(), passageText, p.updated(), p.page()).withQuote(quote);
    }

    private Answer abstain(String id, Question q, String text) {
        return new Answer(id, false, text, List.of());
    }

    private String notAnswered(Question q) {
        String where = q.municipality().map(m -> MunicipalityDirectory.genitive(m) + " sidor")
                .orElse("de kommunala sidor jag har tillgång till");
        String text = "Jag hittar inget svar på den frågan i " + where + ".";
        Optional<Contact> contact = q.municipality().flatMap(this::contactOf);
        if (contact.isPresent()) {
            text += " Du kan fråga " + contact.get().describe() + ".";
        } else if (q.municipality().isPresent()) {
            text += " Kontakta kommunen direkt för att få svar.";
        }
        if (q.english()) {
            text += " (I cannot find an answer to that in the pages I have.)";
        }
        return text;
    }

    private String noPages(Question q) {
        Municipality m = q.municipality().orElseThrow();
        String text = "Jag har inga sidor från " + m.official() + " och kan därför inte svara på frågan.";
        return q.english() ? text + " (I have no pages from " + m.official() + ".)" : text;
    }

    private Optional<Contact> contactOf(Municipality m) {
        List<Contact> contacts = new ArrayList<>();
        for (IndexedPage page : retrieval.pagesWithContacts(m.name())) {
            contacts.addAll(page.contacts());
        }
        return contacts.stream().filter(Contacts::isGeneralService).findFirst()
                .or(() -> contacts.stream().filter(c -> Contacts.namesOrganisation(c) && !c.phone().isEmpty()).findFirst());
    }

    List<Concept> concepts(String subject) {
        return concepts(subject, Map.of());
    }

    /** The subject's concepts; {@code origins}: the English words a translated word came from, searched beside it. */
    List<Concept> concepts(String subject, Map<String, List<String>> origins) {
        int n = retrieval.passageCount();
        List<Concept> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String word : QuestionReader.contentWords(subject.toLowerCase(Locale.ROOT))) {
            if (word.matches("(?:19|20)\\d{2}")) {
                continue; // years choose between pages (SentenceRanker), they are not what the question is about
            }
            List<String> terms = retrieval.terms(word);
            if (terms.isEmpty() || !seen.add(terms.get(0))) {
                continue;
            }
            String term = terms.get(0);
            int df = retrieval.documentFrequency(term);
            List<String> compounds = List.of();
            if (df == 0 && term.length() >= 4 && !term.matches("\\d+")) {
                Optional<String> fixed = retrieval.spelling(term);
                // another inflection of the word ("skogsmaskin" → "skogsmaskinern") is the word; a suggestion that is
                // not ("fardig" → "fardvag") is taken only when the pages hold no compound that begins with the word
                boolean inflected = fixed.isPresent() && Concept.sharesStem(term, fixed.get());
                compounds = inflected ? List.of() : compoundsBeginningWith(word, term);
                if (fixed.isPresent() && compounds.isEmpty()) {
                    term = fixed.get();
                    df = retrieval.documentFrequency(term);
                }
            }
            List<String> related = new ArrayList<>(compounds);
            for (String r : vocabulary.related(word)) {
                for (String w : r.split("\\s+")) {
                    // the related word itself, not its compound parts: "skatteintäkter" must not bring in "skatt"
                    retrieval.terms(w).stream().limit(1).filter(t -> t.length() > 1 || Character.isDigit(t.charAt(0)))
                            .forEach(related::add);
                }
            }
            // "parti"/"partier" is answered by naming parties: each party's name stands for the word, as a related word
            if (PARTY_WORD.matcher(word).matches()) {
                for (String party : vocabulary.parties().keySet()) {
                    retrieval.terms(party).stream().limit(1).filter(t -> !related.contains(t)).forEach(related::add);
                }
            }
            // the English words a translated word came from are the resident's own words, not a synonym: on a
            // municipality's English page they say what was asked (docs/ANALYSIS.md, 2026-12-06 english)
            for (String en : origins.getOrDefault(word, List.of())) {
                retrieval.terms(en).stream().limit(1).filter(t -> !related.contains(t) && !t.equals(terms.get(0)))
                        .filter(t -> retrieval.documentFrequency(t) > 0).forEach(related::add);
            }
            List<String> synonyms = new ArrayList<>();
            // thesaurus synonyms only for a word the pages do not use, and only those the pages do: expanding a word
            // the pages hold added wrong answers on all four sets (docs/ANALYSIS.md, 2026-12-06)
            List<String> expansions = new ArrayList<>();
            if (df == 0) {
                expansions.addAll(vocabulary.synonyms(word));
            }
            for (String syn : expansions) {
                retrieval.terms(syn).stream().limit(1).filter(t -> !related.contains(t) && !t.equals(terms.get(0)))
                        .filter(t -> !synonyms.contains(t) && retrieval.documentFrequency(t) > 0).forEach(synonyms::add);
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            out.add(new Concept(word, term, terms.subList(1, terms.size()), related, synonyms, idf));
        }
        return out;
    }

    /**
     * The pages' compounds that begin with a word the pages never use alone: "färdig" is not on the page, "färdiglagad"
     * is. Swedish writes a modifier and its noun as one word, so the asked word often stands first in the page's
     * compound, which then names a kind of what was asked. Only for a word the dictionary lets begin a compound (not
     * a misspelling: that goes to the spelling suggestion) and only compounds the index holds, so no new word enters
     * the search; parts of at least {@link #MIN_COMPOUND_REST} letters, at most {@link #MAX_COMPOUNDS} of them, the
     * most frequent first.
     */
    private List<String> compoundsBeginningWith(String word, String term) {
        if (!PassageSearch.beginsCompound(word)) {
            return List.of();
        }
        return retrieval.termsBeginningWith(term, MIN_COMPOUND_REST, MAX_COMPOUNDS);
    }

    /** The rest of a compound after the asked word: a Swedish part has at least three letters (SwedishLexicon.MIN_PART). */
    private static final int MIN_COMPOUND_REST = 3;
    /** Compounds searched per word: a few, so a short common word cannot flood the query. */
    private static final int MAX_COMPOUNDS = 5;

    /**
     * The search terms of the subject: each word's term at its rarity (at least 0.1, so a word every passage holds
     * still counts a little), its compound parts and related words at half of it: they widen the search without
     * outranking the word the resident used.
     */
    private static List<WeightedTerm> query(List<Concept> concepts) {
        List<WeightedTerm> terms = new ArrayList<>();
        for (Concept c : concepts) {
            float w = (float) Math.max(MIN_TERM_WEIGHT, c.weight());
            terms.add(new WeightedTerm(c.term(), w));
            c.parts().forEach(part -> terms.add(new WeightedTerm(part, w * EXPANSION_WEIGHT)));
            c.related().forEach(r -> terms.add(new WeightedTerm(r, w * EXPANSION_WEIGHT)));
            c.synonyms().forEach(r -> terms.add(new WeightedTerm(r, w * Vocabulary.SYNONYM_WEIGHT)));
        }
        return terms;
    }

    static String host(String url) {
        try {
            String host = URI.create(url.replace(" ", "%20")).getHost();
            if (host == null) {
                return url;
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
