package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A line left open announces what follows, as a colon does (a bullet list read as text loses its colon). */
class OpenClauseTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Till ansökan om parkeringstillstånd ska du bifoga|true",
            "När du flyttar in ska du också lämna in|true",
            "I kundtjänsten kan du bland annat få hjälp med|true",
            "Avgiften gäller för till exempel|true",
            "Fyll i en ansökan|false",
            "Vård och omsorg 44 procent|false",
            "Öppettider sommar|false",
    })
    void a_clause_that_ends_on_a_verb_particle_or_preposition_is_open(String line, boolean open) {
        assertEquals(open, Quoter.endsOpen(line));
    }
}
