package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kommunsvar.municipality.MunicipalityDirectory;

/** What counts as carrying the answer, on sentences written the way municipal pages write (our own wording). */
class EvidenceTest {

    private final QuestionReader reader = new QuestionReader(MunicipalityDirectory.standard(), Vocabulary.standard());
    private final Vocabulary vocabulary = Vocabulary.standard();

    private int evidence(String question, String sentence) {
        return Evidence.of(reader.read(question), sentence, "", vocabulary);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Vad är skattesatsen i Mora?|Skattesatsen för 2024 är 21,10 kronor.|2",
            "Vad är skattesatsen i Mora?|Kommunalskatten är 20:20 kr per hundralapp.|2",
            "Vad är skattesatsen i Mora?|Kommunalskatten är 21 kronor och 21 öre.|2",
            "Vad är skattesatsen i Mora?|Under mandatperioden ska kommunalskatten vara oförändrad.|2",
            "Vad är skattesatsen i Mora?|Landstingets skatt uppgår till 10,88 kronor.|2",
            "Vad är skattesatsen i Mora?|Störst andel av skattepengarna går till skolan, 40 procent.|1",
            "Vad är skattesatsen i Mora?|Kommunen har god ekonomi.|0",
    })
    void a_tax_rate_is_a_rate_word_with_a_value(String question, String sentence, int expected) {
        assertEquals(expected, evidence(question, sentence));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Vad är skattesatsen i Mora?|Kommunalskatten i Mora är 21,16 kronor per hundralapp.|1",
            "Vad är skattesatsen i Mora?|Fullmäktige beslutade att skattesatsen ska vara oförändrad.|0",
            "Hur hög är kommunalskatten i Mora?|Kommunalskatten är 21 kronor och 21 öre.|1",
            "Vad händer med skatten i Mora?|Kommunalskatten i Mora är 21,16 kronor per hundralapp.|0",
            "Vad är skattesatsen i Mora?|Budgeten omfattar 12,5 miljoner kronor.|0",
    })
    void the_figure_of_the_rate_outranks_a_word_of_change_unless_the_change_is_asked(String question, String sentence,
                                                                                    int expected) {
        assertEquals(expected, Evidence.rateFigure(reader.read(question), sentence));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Hur många ledamöter har fullmäktige i Mora?|Fullmäktige har 41 ledamöter.|2",
            "Hur många ledamöter har fullmäktige i Mora?|Styrelsen består av tretton ledamöter.|1",
            "Hur många ledamöter har fullmäktige i Mora?|Mandaten fördelades för perioden 2022–2026.|0",
            "Hur många ledamöter har fullmäktige i Mora?|Så här fördelas de 41 mandaten|2",
            "Hur lång är mandatperioden i Mora?|Mandatperioden är 2022–2026.|1",
            "Hur många ledamöter har fullmäktige i Mora?|Valdeltagandet var 84,1 procent.|0",
            "Hur många äldreboenden finns i Mora?|Håll 2 meter avstånd till andra boende.|0",
            "Hur många dagar är förskolan stängd i Mora?|Förskolan är stängd 14 dagar på sommaren.|2",
            "Hur stort var Moras resultat?|5. Starkt resultat: Den 27 mars beslutar kommunstyrelsen om årsredovisningen.|0",
            "Hur ofta ses över översiktsplanen i Mora?|Översiktsplan 2035 gäller.|0",
            "Hur långa är köerna till särskilt boende i Mora?|I Mora finns åtta särskilda boenden med 33 lägenheter.|0",
            "Hur lång är handläggningstiden i Mora?|Handläggningstiden är 8 veckor.|2",
            "Hur lång är mandatperioden i Mora?|Mandatperioden är fyra år.|1",
            "Hur många ledamöter har fullmäktige i Mora?|Fullmäktige sammanträder i stadshuset.|0",
            "Hur stor andel av skattepengarna går till skolan i Mora?|Skolan använder 38 procent av skattepengarna.|2",
    })
    void a_number_is_a_figure_that_is_not_just_a_year(String question, String sentence, int expected) {
        assertEquals(expected, evidence(question, sentence));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Vad är Moras vision?|Vår vision är ”Mora – här växer vi tillsammans”.|2",
            "Vad är Moras vision?|Vår vision: Den goda kommunen med 25 000 invånare 2035|2",
            "Vad är Moras vision?|Mora seglar vidare – vision 2030|2",
            "Vad är Moras vision?|Vision 2030 är en vision för hela Mora.|1",
            "Vad är Moras vision?|Målen utgår från visionens fokusområden.|1",
            "Vad är Moras vision?|Kommunen har nio mål.|0",
    })
    void a_vision_is_named_or_quoted(String question, String sentence, int expected) {
        assertEquals(expected, evidence(question, sentence));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Vilka partier styr i Mora?|I Mora styr Socialdemokraterna, Centerpartiet och Vänsterpartiet tillsammans.|2",
            "Vilka partier styr i Mora?|Moderaterna 7 mandat, Centerpartiet 10 mandat|0",
            "Varför höjs skatten i Mora?|Skatten höjs eftersom kostnaderna för äldreomsorgen ökar.|2",
            "Varför höjs skatten i Mora?|Skatten höjs med 50 öre.|0",
    })
    void parties_need_a_governing_word_and_causes_a_reason(String question, String sentence, int expected) {
        assertEquals(expected, evidence(question, sentence));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Vilket telefonnummer har medborgarservice i Mora?|Mejla oss på info@mora.se.|0",
            "Vilket telefonnummer har medborgarservice i Mora?|Ring medborgarservice på 0250-260 00.|2",
            "Vilken e-postadress har medborgarservice i Mora?|Ring medborgarservice på 0250-260 00.|0",
            "Hur kontaktar jag medborgarservice i Mora?|Mejla oss på info@mora.se.|2",
    })
    void a_contact_question_that_asks_for_phone_or_mail_needs_that_one(String question, String sentence, int expected) {
        assertEquals(expected, evidence(question, sentence));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Vem är kommunstyrelsens ordförande?|Kommunfullmäktiges ordförande är Eva Ek (S).|false",
            "Vem är kommunstyrelsens ordförande?|Eva Ek (S) valdes till kommunstyrelsens nya ordförande.|true",
            "Vem är ordförande i kommunfullmäktige?|Eva Ek (S) valdes till kommunstyrelsens nya ordförande.|false",
            "Vem är ordförande i kommunfullmäktige?|Eva Ek (S) är 2:e vice ordförande kommunfullmäktige.|false",
            "Vem är vice ordförande i kommunstyrelsen?|Per Al (M) är förste vice ordförande i kommunstyrelsen.|true",
            "Vem är kommunfullmäktiges ordförande?|Kommunen har två kommunalråd, Eva Ek (S) och Per Al (M).|false",
            "Vem är KSO?|Eva Ek (S) är kommunstyrelsens ordförande.|true",
    })
    void a_person_is_named_in_the_asked_office(String question, String sentence, boolean expected) {
        assertEquals(expected, Roles.fits(question, sentence, ""));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Hur gammal måste man vara för att få låna i Mora?|Lånekortet kostar 20 kronor.|0",
            "Hur gammal måste man vara för att få låna i Mora?|Du måste ha fyllt 15 år för att få ett eget lånekort.|2",
            "Hur många besökare fick museet i Mora?|Besöken påverkades av Covid-19-pandemin.|0",
            "Hur många besökare fick museet i Mora?|Museet hade 12 400 besökare.|2",
    })
    void an_age_is_years_and_a_name_with_digits_is_no_figure(String question, String sentence, int expected) {
        assertEquals(expected, evidence(question, sentence));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Hur många mandat har S i Mora?|Moderaterna (4)|false",
            "Hur många mandat har S i Mora?|Socialdemokraterna fick 17 mandat.|true",
            "Hur många mandat har S i Mora?|S 17|true",
            "vilka kommunalråd har liberalerna i Mora|Erik Ek (M) är kommunalråd.|false",
            "vilka kommunalråd har liberalerna i Mora|Eva Al (L) är kommunalråd.|true",
            "Hur många mandat har fullmäktige i Mora?|Fullmäktige har 41 mandat.|true",
    })
    void a_fact_asked_for_one_party_names_that_party(String question, String text, boolean expected) {
        assertEquals(expected, new AskedParties(question, vocabulary).namedIn(text));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "Vem är kommunstyrelsens ordförande?|Per Al (M) blir 1:e vice ordförande.|Eva Ek blir kommunstyrelsens ordförande|false",
            "Vem är kommunstyrelsens ordförande?|Eva Ek (S) valdes på tisdagen.|Eva Ek blir kommunstyrelsens ordförande|true",
            "Vilka kommunråd har Mora?|Per Al (M) är kommunalråd.||true",
            "Vem är andre vice ordförande i kommunstyrelsen?|1:e vice ordförande: Per Al (M)||false",
            "Vem är andre vice ordförande i kommunstyrelsen?|2:e vice ordförande: Eva Ek (S)||true",
    })
    void a_sentence_that_names_an_office_speaks_of_that_office(String question, String sentence, String heading,
            boolean expected) {
        assertEquals(expected, Roles.fits(question, sentence, heading == null ? "" : heading));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Här kan du läsa mer om hur det är att bo på ett särskilt boende i Mora.|true",
            "Läs mer om förskolan på sidan Förskola.|true",
            "Här finns 33 lägenheter.|false",
            "Hemtjänsten kostar 300 kronor i månaden.|false",
    })
    void a_sentence_that_points_elsewhere_states_nothing(String sentence, boolean expected) {
        assertEquals(expected, Evidence.refersElsewhere(sentence));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Vem är ordförande i Mora efter valet 2022?|Politisk ledning 2019-2022. Eva Ek (S) är ordförande.|true",
            "Vem är ordförande i Mora efter valet 2022?|Mandatperioden 2022–2026. Eva Ek (S) är ordförande.|false",
            "Vem är ordförande i Mora efter valet 2022?|Mandatperioden 2018-2022, nytt styre 2023.|false",
            "Vem var ordförande i Mora 2022?|Politisk ledning 2019-2022. Eva Ek (S) är ordförande.|false",
    })
    void a_page_of_the_period_before_the_asked_election_is_not_after_it(String question, String page, boolean expected) {
        assertEquals(expected, Years.beforeAskedElection(question, page));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Vilka kärnvärden har Mora?|Grunden är kommunfullmäktiges vision, kärnvärden, uppdrag och mål.|true",
            "Vilka kärnvärden har Mora?|Våra kärnvärden är öppenhet, tillit och mod.|false",
            "Vilka stadssjöar i Mora har en plan?|Planen för Moras stadssjöar, Hönsan och Munken ska följas upp.|false",
    })
    void a_list_named_among_other_lists_is_not_given(String question, String sentence, boolean expected) {
        assertEquals(expected, Evidence.namesListAsItem(reader.read(question), sentence));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Gäller det eldningsförbud i Mora just nu?|true",
            "Är biblioteket i Mora öppet i dag?|true",
            "Finns planen för skolan fortfarande?|true",
            "Hur många platser finns det nu?|false",
            "Vem är ordförande i dag?|false",
            "Gäller det eldningsförbud i Mora?|false",
            "Har vi eldningsförbud nu|false",
            "Och hur många platser finns det nu?|false",
    })
    void a_yes_no_question_about_now(String question, boolean expected) {
        assertEquals(expected, Years.asksIfNow(question));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Under nuvarande mandatperiod har Moderaterna 15 mandat.|true",
            "Just nu råder eldningsförbud.|true",
            "I dag finns tolv skolor.|true",
            "Om du driver en livsmedelsverksamhet måste du följa rekommendationen.|false",
            "Numret är 0586-610 00.|false",
            "Nuförtiden och numren.|false",
    })
    void a_sentence_of_the_present(String sentence, boolean expected) {
        assertEquals(expected, Years.ofNow(sentence));
    }

    @org.junit.jupiter.api.Test
    void a_number_asked_as_such_is_met_by_a_number_the_text_labels_nummer() {
        String form = "Fyll i blanketten Ansökan om färdtjänst, nummer 4021, och skicka den till kommunen.";
        assertEquals(2, evidence("Vilket nummer har blanketten för ansökan om färdtjänst?", form));
        // a phone number asked for is not a form's number
        assertEquals(0, evidence("Vilket telefonnummer har färdtjänsten?", form));
        assertEquals(0, evidence("Vilket nummer ska jag ringa till färdtjänsten?", form));
    }

    @org.junit.jupiter.api.Test
    void anOrganNamedAsALabelWithoutItsGenitiveTiesTheChairToIt() {
        // lists of offices leave out the genitive: "Kommunstyrelsen ordförande: …" is the board's chair, not the council's
        assertEquals(false, Roles.fits("Vem är ordförande i kommunfullmäktige?", "Kommunstyrelsen ordförande: Eva Lund (C)", ""));
        assertEquals(true, Roles.fits("Vem är kommunstyrelsens ordförande?", "Kommunstyrelsen ordförande: Eva Lund (C)", ""));
        assertEquals(true, Roles.fits("Vem är ordförande i fullmäktige?", "Kommunfullmäktige ordförande: Per Ek (M)", ""));
    }
}
