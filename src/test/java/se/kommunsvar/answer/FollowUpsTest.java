package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kommunsvar.municipality.MunicipalityDirectory;

class FollowUpsTest {

    private final QuestionReader reader = new QuestionReader(MunicipalityDirectory.standard(), Vocabulary.standard());

    @Test
    void thePartyOfThePersonJustNamedIsAskedAsThePersonWas() {
        Question who = reader.read("Vem är ordförande i barn- och utbildningsnämnden i Hjo?");
        Question party = reader.read("Vilket parti tillhör han?");
        assertEquals(Optional.of(who), FollowUps.partyOfNamedPerson(party, Optional.of(who)));
        assertEquals(Optional.of(who), FollowUps.partyOfNamedPerson(reader.read("Which party does she belong to?"), Optional.of(who)));
    }

    @Test
    void otherFollowUpsAreLeftAlone() {
        Question who = reader.read("Vem är ordförande i barn- och utbildningsnämnden i Hjo?");
        Question vision = reader.read("Vad är Hjos vision?");
        assertTrue(FollowUps.partyOfNamedPerson(reader.read("Vilka partier styr?"), Optional.of(who)).isEmpty());
        assertTrue(FollowUps.partyOfNamedPerson(reader.read("Vilket parti tillhör hon?"), Optional.of(vision)).isEmpty());
        assertTrue(FollowUps.partyOfNamedPerson(reader.read("Vilket parti tillhör hon i Tibro?"), Optional.of(who)).isEmpty());
        assertTrue(FollowUps.partyOfNamedPerson(reader.read("Vilket parti tillhör hon?"), Optional.empty()).isEmpty());
    }

    @Test
    void aYearAloneAsksThePreviousQuestionAgain() {
        assertTrue(reader.read("Och 1998 då?").elliptic());
        assertTrue(reader.read("Och 1998 då?").years().contains("1998"));
        assertFalse(reader.read("Och 1998, vilka partier styrde då?").elliptic());
    }
}
