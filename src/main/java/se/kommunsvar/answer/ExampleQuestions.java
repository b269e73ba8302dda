package se.kommunsvar.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import se.kommunsvar.index.IndexedPage;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.parse.Passage;

/**
 * Example questions for the empty chat that the loaded pages really answer: candidates are built from general
 * question templates over the titles and headings of a municipality's pages, each is asked through the
 * {@link Answerer}, and only those it answers with a citation are kept. Nothing is hard-coded but the templates.
 */
public final class ExampleQuestions {

    /** How many examples the chat shows. */
    public static final int COUNT = 3;
    /** Candidates tried per request at most: each is a full answer (a search and a ranking), so the cost is bounded. */
    static final int MAX_TRIES = 24;
    /** Headings longer than this many words read badly inside a question. */
    static final int MAX_HEADING_WORDS = 6;

    /** General Swedish question forms; %1$s is a heading or title, %2$s the municipality. */
    private static final List<String> TEMPLATES = List.of("Vad gäller för %1$s i %2$s?", "Vad är %1$s i %2$s?");
    private static final String CONTACT = "Hur kontaktar jag kommunen i %s?";

    private final Answerer answerer;
    private final PassageIndex index;
    /** Per municipality ("" for all): the examples found, for the index size in {@link #cachedFor}. */
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();
    private volatile String cachedFor = "";

    public ExampleQuestions(Answerer answerer, PassageIndex index) {
        this.answerer = answerer;
        this.index = index;
    }

    /** Up to {@link #COUNT} questions the pages of this municipality (or of any, when empty) answer. */
    public List<String> examples(Optional<String> municipality) {
        if (municipality.isPresent() && !index.municipalities().contains(municipality.get())) {
            return List.of(); // and nothing cached for names no page has
        }
        String generation = index.numDocs() + "/" + index.urls().size();
        if (!generation.equals(cachedFor)) { // pages changed: examples found before may no longer be answered
            cache.clear();
            cachedFor = generation;
        }
        return cache.computeIfAbsent(municipality.orElse(""), k -> find(municipality));
    }

    private List<String> find(Optional<String> municipality) {
        List<String> names = municipality.map(List::of).orElseGet(() -> List.copyOf(new TreeSet<>(index.municipalities())));
        List<String> out = new ArrayList<>();
        int tries = 0;
        for (String candidate : candidates(names)) {
            if (out.size() >= COUNT || tries++ >= MAX_TRIES) {
                break;
            }
            Answer a = answerer.answer(candidate, Optional.empty(), Optional.empty());
            if (a.answered()) {
                out.add(candidate);
            }
        }
        return List.copyOf(out);
    }

    /** Candidates in turn over the municipalities, so that examples for all come from several. */
    private List<String> candidates(List<String> names) {
        List<List<String>> per = new ArrayList<>();
        for (String name : names) {
            List<String> mine = new ArrayList<>();
            mine.add(String.format(CONTACT, name));
            for (String template : TEMPLATES) { // every heading once before any twice
                for (String heading : headings(name)) {
                    mine.add(String.format(template, heading, name));
                }
            }
            per.add(mine);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; per.stream().anyMatch(l -> !l.isEmpty()) && out.size() < MAX_TRIES * 2; i++) {
            for (List<String> mine : per) {
                if (!mine.isEmpty()) {
                    out.add(mine.remove(0));
                }
            }
        }
        return out;
    }

    /** Titles and headings of a municipality's pages, short enough to read inside a question, in page order. */
    private Set<String> headings(String municipality) {
        Set<String> out = new LinkedHashSet<>();
        for (IndexedPage page : index.pages(Optional.of(municipality))) {
            add(out, page.title());
            for (Passage p : index.passagesOf(page.url())) {
                add(out, p.heading());
            }
        }
        return out;
    }

    private static void add(Set<String> out, String heading) {
        String h = heading == null ? "" : heading.strip();
        int words = h.isEmpty() ? 0 : h.split("\\s+").length;
        if (words == 0 || words > MAX_HEADING_WORDS || h.endsWith("?")) {
            return;
        }
        // a heading starts with a capital by convention; inside a question only names keep it ("Mål" → "mål")
        boolean name = h.length() > 1 && Character.isUpperCase(h.charAt(1));
        out.add(name ? h : Character.toLowerCase(h.charAt(0)) + h.substring(1));
    }
}
