package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactsTest {

    @Test
    void phone_numbers_are_found_as_swedish_pages_write_them() {
        for (String phone : List.of("0225-34 000", "08-731 30 00", "019-21 10 00", "0498-26 90 00", "+46 26 17 80 00",
                "0240-66 00 00", "042-10 50 00")) {
            assertTrue(Contacts.PHONE.matcher("Ring " + phone + " i dag").find(), phone);
        }
    }

    @Test
    void organisation_numbers_dates_and_postcodes_are_not_phone_numbers() {
        for (String text : List.of("Organisationsnummer: 212 000-0456", "Org.nr: 212000-1967", "2018-03-20 15:10",
                "Box 30000 70135 Örebro", "251 89 Helsingborg", "öppet 08.00-16.30")) {
            assertFalse(Contacts.PHONE.matcher(text).find(), text);
        }
    }

    @Test
    void the_label_is_the_service_named_before_the_number() {
        assertEquals(List.of(new Contact("Kundtjänst", "0225-34 000", "")),
                Contacts.findInText("Kontakta Kundtjänst tel. 0225-34 000 om du har frågor"));
    }

    @Test
    void a_service_named_in_the_line_before_labels_the_number() {
        List<Contact> found = Contacts.find(List.of(Block.heading("Kommun & politik", 3),
                Block.paragraph("Kontakta oss – Servicecenter"), Block.paragraph("Ring oss på: 019-21 10 00"),
                Block.paragraph("Mejla oss på: servicecenter@exempel.se")));
        assertEquals(List.of(new Contact("Servicecenter", "019-21 10 00", ""),
                new Contact("Servicecenter", "", "servicecenter@exempel.se")), found);
    }

    @Test
    void a_short_line_above_the_number_is_its_label_unless_it_holds_digits() {
        assertEquals(List.of(new Contact("Kansliavdelningen", "0240-66 00 00", "")), Contacts.find(List.of(
                Block.heading("Kontakt", 2), Block.paragraph("Kansliavdelningen"), Block.paragraph("0240-66 00 00"))));
        assertEquals(List.of(new Contact("Kontakt", "011-15 00 00", "")), Contacts.find(List.of(
                Block.heading("Kontakt", 2), Block.paragraph("Rådhuset, 601 81 Norrköping"), Block.paragraph("011-15 00 00"))));
    }

    @Test
    void general_services_are_told_from_departments() {
        assertTrue(Contacts.isGeneralService(new Contact("Kontaktcenter", "042-10 50 00", "")));
        assertTrue(Contacts.isGeneralService(new Contact("Växel", "0522-69 70 00", "")));
        assertFalse(Contacts.isGeneralService(new Contact("Kansliavdelningen", "0240-66 00 00", "")));
    }
}
