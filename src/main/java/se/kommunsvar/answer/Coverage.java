package se.kommunsvar.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How much of a question's subject a text covers: the share of the subject words' weight (their rarity) whose
 * terms the text holds. Each distinct text is analyzed once per question.
 */
final class Coverage {

    private final List<Concept> concepts;
    private final double totalWeight;
    private final Function<String, List<String>> analyzer;
    private final Map<String, List<String>> analyzed = new HashMap<>();

    Coverage(List<Concept> concepts, Function<String, List<String>> analyzer) {
        this.concepts = concepts;
        this.analyzer = analyzer;
        this.totalWeight = concepts.stream().mapToDouble(Concept::weight).sum();
    }

    boolean isEmpty() {
        return totalWeight <= 0;
    }

    /** 0 … 1: the weighted share of the subject's words found among the terms. */
    double of(Set<String> terms) {
        if (totalWeight <= 0) {
            return 0;
        }
        double covered = 0;
        for (Concept c : concepts) {
            covered += c.weight() * c.matchIn(terms);
        }
        return covered / totalWeight;
    }

    double of(String text) {
        return of(terms(text));
    }

    /**
     * Whether the text says something beyond the question's own words: at least one of its terms is none of the
     * subject's words (nor their parts, related words or close forms). A table cell "Långfredag" or a line
     * "Biblioteket" only repeats what was asked; quoted alone it answers nothing.
     */
    boolean addsTo(String text) {
        for (String t : terms(text)) {
            Set<String> one = Set.of(t);
            if (concepts.stream().allMatch(c -> c.matchIn(one) == 0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the given subject words (as the question wrote them) is among the terms. */
    boolean coversAnyOf(Set<String> words, Set<String> terms) {
        return concepts.stream().filter(c -> words.contains(c.word())).anyMatch(c -> c.matchIn(terms) > 0);
    }

    /** Whether any of the given words is a subject word of the question. */
    boolean hasAnyOf(Set<String> words) {
        return concepts.stream().anyMatch(c -> words.contains(c.word()));
    }

    /** The analyzed terms of a text, a fresh set each call. */
    Set<String> terms(String text) {
        return new HashSet<>(analyzed.computeIfAbsent(text, t -> List.copyOf(new HashSet<>(analyzer.apply(t)))));
    }
}
