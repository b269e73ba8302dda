package se.kommunsvar.answer;

import java.util.List;

/**
 * An answer to one question. {@code answered} is true only with at least one citation; an abstention has
 * none and says so in plain Swedish.
 */
public record Answer(String conversationId, boolean answered, String answer, List<Citation> citations) {

    public Answer {
        citations = List.copyOf(citations);
        if (answered && citations.isEmpty()) {
            throw new IllegalArgumentException("an answer must cite at least one page");
        }
        if (!answered && !citations.isEmpty()) {
            throw new IllegalArgumentException("an abstention cites nothing");
        }
    }
}
