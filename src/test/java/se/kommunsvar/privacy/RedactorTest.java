package se.kommunsvar.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @ValueSource(strings = {"19850101-1234", "850101-1234", "198501011234", "8501011234", "850101+1234",
            "20050615-9876", "850161-1234", "19850101 1234"})
    void personnummer_in_every_written_form_is_redacted(String number) {
        String redacted = redactor.redact("Mitt personnummer är " + number + ", vad gäller?");
        assertEquals("Mitt personnummer är " + Redactor.PERSONNUMMER + ", vad gäller?", redacted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"070-123 45 67", "+46 70 123 45 67", "08-123 456 78", "0701234567", "070-1234567",
            "+46701234567", "0046 70 123 45 67", "0225-340 00", "(08) 123 45 67", "08/123 45 67", "031-123 45 67"})
    void swedish_phone_numbers_are_redacted(String number) {
        String redacted = redactor.redact("Ring mig på " + number + " tack");
        assertFalse(redacted.matches(".*\\d{2}.*"), () -> "digits left in: " + redacted);
        assertFalse(redacted.contains(number), redacted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"namn@example.se", "anna.svensson+kommun@post.example.com", "Åsa.Öberg@kommun.example.se"})
    void email_addresses_are_redacted(String address) {
        assertEquals("Skriv till " + Redactor.EMAIL + " om bygglovet", redactor.redact("Skriv till " + address + " om bygglovet"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vad kostar bygglov 2024?",
            "Öppettider 08.00-16.00 på vardagar",
            "Mål för 2021-2023 och budget på 120 000 kronor",
            "Postnummer 776 83 Hedemora",
            "Sammanträdet 2021-03-10 kl. 13"})
    void dates_years_amounts_and_postcodes_are_kept(String text) {
        assertEquals(text, redactor.redact(text));
    }

    @org.junit.jupiter.api.Test
    void several_kinds_in_one_question_are_all_redacted() {
        String redacted = redactor.redact("Jag (19850101-1234) nås på 070-123 45 67 eller namn@example.se");
        assertEquals("Jag (" + Redactor.PERSONNUMMER + ") nås på " + Redactor.PHONE + " eller " + Redactor.EMAIL, redacted);
    }
}
