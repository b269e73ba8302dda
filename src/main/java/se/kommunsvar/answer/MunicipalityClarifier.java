package se.kommunsvar.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.kommunsvar.index.SearchHit;

/**
 * Decides when a question must be asked back ("Vilken kommun gäller det?") instead of answered: no municipality is
 * known (the question names none, the resident chose none, the conversation had none) and the question fits several.
 *
 * <p>A question fits several municipalities when
 * <ul>
 *   <li>the best evidence for it comes from pages of two or more municipalities with close scores
 *       (within {@link #CLOSE} of the best hit), or</li>
 *   <li>it asks for contact details and the best evidence is a municipality's page: every municipality has its own
 *       telephone numbers and addresses, so answering with one would give a resident of another the wrong number.</li>
 * </ul>
 * A question whose best evidence is a page of no municipality (an authority's text) is the same for every resident
 * and is answered.
 */
public final class MunicipalityClarifier {

    /**
     * Hits scoring at least this share of the best hit count as equally good evidence. BM25 scores of the same text
     * differ between two municipalities' pages by length normalisation and repetition, typically by a tenth or two;
     * a gap larger than a fifth means one page is clearly the better evidence.
     */
    static final double CLOSE = 0.8;

    static final String QUESTION_SV = "Vilken kommun gäller det?";
    static final String QUESTION_EN = "Which municipality is it about? (Vilken kommun gäller det?)";

    private final Set<String> withPages;

    /** @param withPages the municipalities that have indexed pages */
    public MunicipalityClarifier(Set<String> withPages) {
        this.withPages = new TreeSet<>(withPages);
    }

    /** The question back, or empty when the question can be answered as asked. */
    public Optional<Clarification> clarify(Question q, List<SearchHit> hits) {
        if (q.municipality().isPresent() || withPages.size() < 2) {
            return Optional.empty();
        }
        if (!hits.isEmpty() && hits.get(0).passage().municipality().isBlank()) {
            return Optional.empty();
        }
        List<String> close = closeMunicipalities(hits);
        if (close.size() >= 2) {
            return Optional.of(ask(q, close));
        }
        if (q.kind() == Kind.CONTACT) {
            return Optional.of(ask(q, List.copyOf(withPages)));
        }
        return Optional.empty();
    }

    /** The municipalities of the hits that score close to the best one, best first. */
    static List<String> closeMunicipalities(List<SearchHit> hits) {
        List<String> out = new ArrayList<>();
        if (hits.isEmpty()) {
            return out;
        }
        double bar = hits.get(0).score() * CLOSE;
        for (SearchHit hit : hits) {
            String m = hit.passage().municipality();
            if (hit.score() >= bar && !m.isBlank() && !out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private static Clarification ask(Question q, List<String> choices) {
        return new Clarification(q.english() ? QUESTION_EN : QUESTION_SV, choices);
    }
}
