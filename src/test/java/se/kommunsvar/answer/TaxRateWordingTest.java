package se.kommunsvar.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.index.PassageIndex;

/**
 * The municipal tax rate as pages state it for residents: "kommunal skatt" written apart and the rate's own unit,
 * "per intjänad hundralapp", name the rate as "kommunalskatten" does; tax money in general does not.
 */
class TaxRateWordingTest {

    private static final List<String> PAGES = List.of("""
            source: https://www.orsa.se/kommun-och-politik/ekonomi/skatt
            Skatt

            Orsa kommuns viktigaste inkomst är skatten som invånarna betalar.

            Den som bor i Orsa betalar 33,12 kronor per intjänad hundralapp i kommunal skatt, varav 22,35 kronor går till kommunen.
            """, """
            source: https://www.alvdalen.se/ekonomi/intakter
            Intäkter

            Älvdalens kommun fick 412,50 miljoner kronor i skatteintäkter förra året.
            """);

    @TempDir
    static Path folder;
    private static PassageIndex index;
    private static Answerer answerer;

    @BeforeAll
    static void buildIndex() {
        index = TestIndex.ofTexts(folder, PAGES);
        answerer = TestIndex.answerer(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void aRatePerHundralappInKommunalSkattAnswersTheRate() {
        Answer a = answerer.answer("Vad är kommunalskatten i Orsa?", Optional.empty(), Optional.empty());
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("33,12 kronor per intjänad hundralapp"), a.answer());
    }

    @Test
    void taxIncomeIsNoRate() {
        Answer a = answerer.answer("Vad är kommunalskatten i Älvdalen?", Optional.empty(), Optional.empty());
        assertFalse(a.answered(), a.answer());
    }
}
