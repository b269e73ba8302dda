package se.kommunsvar.answer;

import java.util.List;

/**
 * An answer to one question. {@code answered} is true only with at least one citation; an abstention has
 * none and says so in plain Swedish. An abstention may suggest up to {@link #MAX_RELATED} pages that are about the
 * question's subject ({@code related}); an answer suggests none, so a suggestion is never read as an answer.
 */
public record Answer(String conversationId, boolean answered, String answer, List<Citation> citations,
                     List<RelatedPage> related) {

    /** Three links fit under an abstention in the widget without hiding the conversation. */
    public static final int MAX_RELATED = 3;

    public Answer {
        citations = List.copyOf(citations);
        related = List.copyOf(related);
        if (answered && citations.isEmpty()) {
            throw new IllegalArgumentException("an answer must cite at least one page");
        }
        if (!answered && !citations.isEmpty()) {
            throw new IllegalArgumentException("an abstention cites nothing");
        }
        if (answered && !related.isEmpty() || related.size() > MAX_RELATED) {
            throw new IllegalArgumentException("only an abstention suggests pages, at most " + MAX_RELATED);
        }
    }

    public Answer(String conversationId, boolean answered, String answer, List<Citation> citations) {
        this(conversationId, answered, answer, citations, List.of());
    }
}
