package se.kommunsvar.answer;

import java.util.List;
import java.util.Optional;
import se.kommunsvar.municipality.Municipality;

/**
 * A question as understood: the municipality it names (if any), what kind of answer it seeks, and the
 * words that say what it is about.
 *
 * @param text the question as asked
 * @param subject the question's words with the municipality's name taken out (Swedish, also for English questions)
 * @param municipality the municipality the question names, if any
 * @param kind the kind of answer sought
 * @param role true when the question asks for the holder of a named role (ordförande, kommunalråd, ...)
 * @param english true when asked in English
 * @param years four-digit years the question names
 * @param elliptic true when nothing but a municipality (or nothing at all) is asked: "Och Hallsbergs?"
 * @param followUp true when it reads as a follow-up ("Och ...", "deras", "där")
 */
public record Question(String text, String subject, Optional<Municipality> municipality, Kind kind, boolean role,
                       boolean english, List<String> years, boolean elliptic, boolean followUp) {

    public Question {
        years = List.copyOf(years);
    }

    /** The same question with the subject and kind of an earlier one (for elliptic follow-ups). */
    public Question withSubjectOf(Question earlier) {
        return new Question(text, earlier.subject(), municipality, earlier.kind(), earlier.role(), english,
                years.isEmpty() ? earlier.years() : years, false, followUp);
    }

    public Question withMunicipality(Optional<Municipality> m) {
        return new Question(text, subject, m, kind, role, english, years, elliptic, followUp);
    }
}
