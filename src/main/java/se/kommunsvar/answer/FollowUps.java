package se.kommunsvar.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Follow-ups that lean on the person the previous answer named. "Vem är kommunstyrelsens ordförande?" is answered by
 * the sentence naming the holder, which carries the holder's party (a tag "(S)" or ", SD," beside the name, see
 * {@link PartyTags}); "Vilket parti tillhör hon?" then asks for exactly that sentence again, so it is answered as the
 * previous question was.
 */
final class FollowUps {

    /** A third-person pronoun for a person: the one the previous answer named. */
    private static final Pattern PERSON_PRONOUN = Pattern.compile("\\b(?:hon|han|hen|she|he)\\b", Pattern.UNICODE_CASE);
    private static final Pattern PARTY = Pattern.compile("\\bparti(?:et)?\\b|\\bparty\\b", Pattern.UNICODE_CASE);

    private FollowUps() {
    }

    /** The previous question when this one asks for the party of the person its answer named. */
    static Optional<Question> partyOfNamedPerson(Question q, Optional<Question> previous) {
        String lower = q.text().toLowerCase(Locale.ROOT);
        if (previous.isEmpty() || previous.get().kind() != Kind.PERSON || q.municipality().isPresent()
                && !q.municipality().equals(previous.get().municipality())) {
            return Optional.empty();
        }
        return PERSON_PRONOUN.matcher(lower).find() && PARTY.matcher(lower).find() ? previous : Optional.empty();
    }
}
