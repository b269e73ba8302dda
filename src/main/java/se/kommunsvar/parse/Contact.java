package se.kommunsvar.parse;

/**
 * A contact fact a page carries, such as "Kundtjänst tel. 0225-34 000".
 *
 * @param label who answers ("Kundtjänst", "Kansliavdelningen", "Kontaktcenter"); may be empty
 * @param phone the phone number as written, or empty
 * @param email the e-mail address, or empty
 */
public record Contact(String label, String phone, String email) {

    /** A short Swedish line a resident can act on: "Kundtjänst, 0225-34 000". */
    public String describe() {
        StringBuilder out = new StringBuilder(label.isEmpty() ? "Kommunen" : label);
        if (!phone.isEmpty()) {
            out.append(", ").append(phone);
        }
        if (!email.isEmpty()) {
            out.append(", ").append(email);
        }
        return out.toString();
    }
}
