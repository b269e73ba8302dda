package se.kommunsvar.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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

    /**
     * Real-world spellings of the same personal data (issue 13 §7 and what residents type on phones and paste from
     * documents): other dashes, spaces in odd places, full-width and non-Latin digits, invisible characters.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // personnummer
            "19121212\u20131212|[personnummer]",
            "121212\u20101212|[personnummer]",
            "121212\u20111212|[personnummer]",
            "121212\u22121212|[personnummer]",
            "19121212\u20141212|[personnummer]",
            "\uff11\uff12\uff11\uff12\uff11\uff12\uff0d\uff11\uff12\uff11\uff12|[personnummer]",
            "121212 - 1212|[personnummer]",
            "12 12 12-12 12|[personnummer]",
            "19 12 12 12 - 12 12|[personnummer]",
            "121212\u00a0-\u00a01212|[personnummer]",
            "1212\u200b12-1212|[personnummer]",
            "121212\u00ad-1212|[personnummer]",
            "121272-1212|[personnummer]",
            "\u0661\u0662\u0661\u0662\u0661\u0662-\u0661\u0662\u0661\u0662|[personnummer]",
            "19121212 1212|[personnummer]",
            // phone numbers
            "070.123.45.67|[telefon]",
            "070 123 45 67|[telefon]",
            "+46 (0)70 123 45 67|[telefon]",
            "+46-70-123 45 67|[telefon]",
            "08\u2011123 456 78|[telefon]",
            "\uff10\uff17\uff10\uff0d\uff11\uff12\uff13\uff14\uff15\uff16\uff17|[telefon]",
            "070/1234567|[telefon]",
            "0046 (0)8 123 456 78|[telefon]",
            "070 - 123 45 67|[telefon]",
            "0225\u2013340 00|[telefon]",
            // e-mail addresses
            "anna [at] example.se|[e-post]",
            "anna(at)example.se|[e-post]",
            "anna (at) example.se|[e-post]",
            "anna @ example.se|[e-post]",
            "anna at example.se|[e-post]",
            "anna [snabel-a] example [punkt] se|[e-post]",
            "anna at example dot se|[e-post]",
            "anna\uff20example.se|[e-post]",
            "ANNA.SVENSSON@EXAMPLE.SE|[e-post]",
            "anna{at}mail.example.co.uk|[e-post]",
            // street addresses
            "Storgatan 12B, 776 30|[adress]",
            "Storgatan 12 B, 776 30 Hedemora|[adress]",
            "Storgatan 12, lgh 1001, 776 30 Hedemora|[adress]",
            "Kungsv\u00e4gen 3|[adress]",
            "Skolg\u00e5ngen 4, SE-123 45 Byn|[adress]",
            "Stureplan 4|[adress]",
            "Bj\u00f6rkv\u00e4gen 12A|[adress]",
            "L\u00e5nggatan\u00a05|[adress]"})
    void real_world_spellings_are_redacted(String written, String placeholder) {
        String text = unescape(written);
        String redacted = redactor.redact("Hej, jag har " + text + ". Vad g\u00e4ller?");
        assertEquals("Hej, jag har " + placeholder + ". Vad g\u00e4ller?", redacted, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kl. 8.30\u201317.00 p\u00e5 vardagar", "Datum 01.05.2024 och 2024-05-12",
            "Taxan \u00e4r 1\u00a0500\u00a0000 kronor", "\u00c5r 2021\u20132023", "Ligger det vid v\u00e4g 70?",
            "Riksv\u00e4g 50 \u00e4r avst\u00e4ngd", "Organisationsnummer 212000-2213", "Dnr KS 2021/123",
            "Vad kostar 3 000 kr per \u00e5r?", "Moms 25 %", "\u00d6ppet 10-15", "Postnummer 776 83 Hedemora",
            "Gatan 5 km bort"})
    void times_dates_amounts_road_numbers_and_lone_postcodes_are_kept(String written) {
        String text = unescape(written);
        assertEquals(Normaliser.normalise(text), redactor.redact(text));
    }

    @Test
    void the_original_spelling_is_kept_nowhere_only_the_normal_form() {
        String redacted = redactor.redact("Mitt nr \uff10\uff17\uff10\u2013\uff11\uff12\uff13 45\u00a067, tack\u200b!");
        assertEquals("Mitt nr [telefon], tack!", redacted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "1 ", "1-", "a@", "a.", "a@b.", "Storgatan ", "Storgatan 1 ", "(", "+0", "anna at ",
            "0", "a [at] b [dot] ", "\u2013", "\u00a0"})
    void fifty_kilobytes_of_hostile_input_are_redacted_in_linear_time(String unit) {
        String text = unescape(unit).repeat(50_000 / unescape(unit).length());
        long started = System.nanoTime();
        redactor.redact(text);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 2_000, () -> "50 kB of '" + unit + "' took " + millis + " ms");
    }

    /** Java source escapes (backslash-u) in the table, so that each invisible or look-alike character is named. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\u", i) && i + 6 <= text.length()) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
