package se.kommunsvar.answer;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import se.kommunsvar.index.Fields;
import se.kommunsvar.index.IndexedPage;
import se.kommunsvar.index.KommunAnalyzer;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.index.PassageSearch;
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

    private final PassageIndex index;
    private final QuestionReader reader;
    private final Vocabulary vocabulary;
    private final MunicipalityDirectory directory;
    private final Conversations conversations;
    private final DirectSpellChecker spelling = new DirectSpellChecker();

    public Answerer(PassageIndex index, MunicipalityDirectory directory, Conversations conversations) {
        this.index = index;
        this.directory = directory;
        this.vocabulary = Vocabulary.standard();
        this.reader = new QuestionReader(directory, vocabulary);
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
        conversations.remember(id, asked);
        return answer(id, asked);
    }

    private Answer answer(String id, Question q) {
        if (q.elliptic()) {
            return abstain(id, q, q.english() ? "What would you like to know?" : "Vad vill du veta?");
        }
        if (q.municipality().isPresent() && !index.municipalities().contains(q.municipality().get().name())) {
            return abstain(id, q, noPages(q));
        }
        List<Concept> concepts = concepts(q.subject());
        List<SearchHit> hits = concepts.isEmpty() ? List.of() : index.search(query(concepts, q), PASSAGES);
        Optional<Clarification> ask = new MunicipalityClarifier(index.municipalities()).clarify(q, hits);
        if (ask.isPresent()) {
            return new Answer(id, false, ask.get().question(), List.of(), ask.get(), false);
        }
        if (concepts.isEmpty()) {
            return abstain(id, q, notAnswered(q));
        }
        SentenceRanker ranker = new SentenceRanker(q, concepts, vocabulary, index.analyzer());
        Optional<SentenceRanker.Candidate> best = ranker.ranked(hits).stream()
                .filter(c -> c.context() >= MIN_CONTEXT_COVERAGE).findFirst();
        if (best.isEmpty()) {
            return contactAnswer(id, q, concepts).orElseGet(() -> abstain(id, q, notAnswered(q)));
        }
        return answered(id, q, best.get(), ranker.quote(best.get(), () -> nextPassage(best.get().passage())));
    }

    /** The passage that follows this one on its page, if any. */
    private Optional<Passage> nextPassage(Passage p) {
        return index.passagesOf(p.url()).stream().filter(n -> n.ordinal() == p.ordinal() + 1).findFirst();
    }

    /** A contact question the page text does not answer, answered from the contact facts the pages carry. */
    private Optional<Answer> contactAnswer(String id, Question q, List<Concept> concepts) {
        if (q.kind() != Kind.CONTACT || q.municipality().isEmpty()) {
            return Optional.empty();
        }
        List<Concept> whose = concepts.stream().filter(c -> !QuestionReader.isContactWord(c.word())).toList();
        for (IndexedPage page : index.pagesWithContacts(q.municipality().get().name())) {
            for (Contact contact : page.contacts()) {
                boolean fits = whose.isEmpty() ? Contacts.isGeneralService(contact)
                        : whose.stream().allMatch(c -> c.matchIn(Set.copyOf(index.analyzer().terms(contact.label()))) > 0.5);
                if (fits && !(contact.phone().isEmpty() && contact.email().isEmpty())) {
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
            quote = PartyTags.withTags(quote, index.passagesOf(c.passage().url()));
        }
        return answered(id, q, c.passage(), quote);
    }

    /**
     * Joins quoted lines so they read as text: sentences with a space, list items after an introducing colon
     * with semicolons, and a heading or label line with a colon before what it introduces
     * ("Vision - Det öppna Hallsberg: I Hallsbergs kommun är alla välkomna ...").
     */
    static String joinQuote(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean inList = false;
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                boolean ended = ".!?…”\":;".indexOf(last) >= 0;
                out.append(ended ? " " : inList ? "; " : ": ");
            }
            inList |= text.endsWith(":");
            out.append(text);
        }
        return out.toString();
    }

    private Answer answered(String id, Question q, Passage p, String quote) {
        String intro = (q.english() ? "According to " : "Enligt ") + host(p.url()) + " (»" + p.title() + "«"
                + (p.page() > 0 ? (q.english() ? ", p. " : ", s. ") + p.page() : "")
                + (p.updated().isEmpty() ? (q.english() ? ", no date given" : ", sidan anger inget datum")
                : (q.english() ? ", updated " : ", uppdaterad ") + p.updated()) + "): ";
        String passageText = p.heading().isEmpty() ? p.text() : p.heading() + "\n" + p.text();
        Citation citation = new Citation(p.url(), p.title(), p.municipality(), passageText, p.updated(), p.page())
                .withQuote(quote);
        return new Answer(id, true, intro + quote, List.of(citation));
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
        for (IndexedPage page : index.pagesWithContacts(m.name())) {
            contacts.addAll(page.contacts());
        }
        return contacts.stream().filter(Contacts::isGeneralService).findFirst()
                .or(() -> contacts.stream().filter(c -> !c.label().isEmpty() && !c.phone().isEmpty()).findFirst());
    }

    List<Concept> concepts(String subject) {
        KommunAnalyzer analyzer = index.analyzer();
        int n = Math.max(1, index.numDocs());
        List<Concept> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String word : QuestionReader.contentWords(subject.toLowerCase(Locale.ROOT))) {
            if (word.matches("(?:19|20)\\d{2}")) {
                continue; // years choose between pages (SentenceRanker), they are not what the question is about
            }
            List<String> terms = analyzer.terms(word);
            if (terms.isEmpty() || !seen.add(terms.get(0))) {
                continue;
            }
            String term = terms.get(0);
            int df = index.docFreq(Fields.TEXT, term) + index.docFreq(Fields.HEADING, term);
            if (df == 0 && term.length() >= 4 && !term.matches("\\d+")) {
                Optional<String> fixed = correct(term);
                if (fixed.isPresent()) {
                    term = fixed.get();
                    df = index.docFreq(Fields.TEXT, term) + index.docFreq(Fields.HEADING, term);
                }
            }
            List<String> related = new ArrayList<>();
            for (String r : vocabulary.related(word)) {
                for (String w : r.split("\\s+")) {
                    // the related word itself, not its compound parts: "skatteintäkter" must not bring in "skatt"
                    analyzer.terms(w).stream().limit(1).filter(t -> t.length() > 1 || Character.isDigit(t.charAt(0)))
                            .forEach(related::add);
                }
            }
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            out.add(new Concept(word, term, terms.subList(1, terms.size()), related, idf));
        }
        return out;
    }

    private Optional<String> correct(String term) {
        return index.withSearcher(searcher -> {
            SuggestWord[] s = spelling.suggestSimilar(new Term(Fields.TEXT, term), 1, searcher.getIndexReader(),
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return s.length == 0 ? Optional.<String>empty() : Optional.of(s[0].string);
        });
    }

    private static Query query(List<Concept> concepts, Question q) {
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        for (Concept c : concepts) {
            float w = (float) Math.max(0.1, c.weight());
            PassageSearch.addTerm(should, c.term(), w);
            c.parts().forEach(part -> PassageSearch.addTerm(should, part, w * 0.5f));
            c.related().forEach(r -> PassageSearch.addTerm(should, r, w * 0.5f));
        }
        return PassageSearch.within(should.build(), q.municipality().map(Municipality::name));
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
