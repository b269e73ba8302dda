package se.kommunsvar.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An answer to one question. {@code answered} is true only with at least one citation; an abstention has
 * none and says so in plain Swedish. An abstention may suggest up to {@link #MAX_RELATED} pages that are about the
 * question's subject ({@code related}); an answer suggests none, so a suggestion is never read as an answer.
 *
 * @param clarify when the question fits several municipalities and none is known: the question back to the resident
 *                and the municipalities to choose from (an abstention then, {@code answered} false); else null
 * @param smallTalk true when the message was a greeting or thanks and the text is a short reply, not an abstention
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(String conversationId, boolean answered, String answer, List<Citation> citations,
                     List<RelatedPage> related, Clarification clarify, boolean smallTalk) {

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
        if (answered && (clarify != null || smallTalk)) {
            throw new IllegalArgumentException("a clarification or a reply to small talk answers nothing");
        }
    }

    public Answer(String conversationId, boolean answered, String answer, List<Citation> citations) {
        this(conversationId, answered, answer, citations, List.of(), null, false);
    }

    /** An answer or abstention; an abstention may suggest related pages. */
    public Answer(String conversationId, boolean answered, String answer, List<Citation> citations,
                  List<RelatedPage> related) {
        this(conversationId, answered, answer, citations, related, null, false);
    }

    /** A question back to the resident, or a reply to small talk. */
    public Answer(String conversationId, boolean answered, String answer, List<Citation> citations,
                  Clarification clarify, boolean smallTalk) {
        this(conversationId, answered, answer, citations, List.of(), clarify, smallTalk);
    }

    /** True when the text is neither an answer nor a question back nor small talk: the pages did not answer. */
    public boolean abstained() {
        return !answered && clarify == null && !smallTalk;
    }
}
