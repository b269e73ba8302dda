package se.kommunsvar.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the contact facts Swedish municipal pages carry: phone numbers as they are written
 * ("0225-34 000", "08-731 30 00", "+46 26 17 80 00") and e-mail addresses, with the service they belong
 * to ("Kundtjänst", "Kontaktcenter", "Kansliavdelningen").
 */
public final class Contacts {

    /** A Swedish phone number as pages write it. */
    public static final Pattern PHONE = Pattern.compile(
            "(?<![\\d-])(?:\\+46\\s?\\(?0?\\)?\\s?[1-9]\\d{0,2}|0[1-9]\\d{0,2})(?:\\s?-\\s?|\\s)\\d{1,3}(?:[ \\u00a0]?\\d{2,3}){1,3}(?![\\d,])");

    public static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Names of the services that answer residents' questions, the channel to point to when we cannot answer. */
    private static final Pattern SERVICE = Pattern.compile(
            "\\b((?iu:kundtjänst|kontaktcenter|kontaktcentret|servicecenter|servicecentret|kundcenter|medborgarservice|"
                    + "medborgarcenter|kommunservice|växeln|växel|kommunens växel)|"
                    + "[A-ZÅÄÖ][a-zåäö]*(?:avdelningen|kontoret|enheten|kansliet))\\b",
            Pattern.UNICODE_CASE);

    private Contacts() {
    }

    /** Contact facts in the given blocks; the label is the service named before the number, else the heading above it. */
    public static List<Contact> find(List<Block> blocks) {
        Map<String, Contact> found = new LinkedHashMap<>();
        String heading = "";
        String previous = "";
        for (Block block : blocks) {
            if (block.isHeading()) {
                heading = block.text();
                previous = block.text();
                continue;
            }
            int before = found.size();
            addFrom(block.text(), heading, previous, found);
            previous = block.text();
            if (found.size() > before) {
                // the next line of a contact box belongs to the same service ("Ring oss ..." then "Mejla oss ...")
                String label = List.copyOf(found.values()).get(found.size() - 1).label();
                previous = lastService(label).isPresent() ? label : previous;
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Contact facts in raw text lines (used for boilerplate blurbs that are dropped from the content). */
    public static List<Contact> findInText(String text) {
        Map<String, Contact> found = new LinkedHashMap<>();
        addFrom(text, "", "", found);
        return new ArrayList<>(found.values());
    }

    /** True when the label names a general service for residents (kundtjänst, kontaktcenter, växel...). */
    public static boolean isGeneralService(Contact contact) {
        String l = contact.label().toLowerCase(Locale.ROOT);
        return l.contains("kundtjänst") || l.contains("kontaktcent") || l.contains("servicecent")
                || l.contains("kundcent") || l.contains("medborgar") || l.contains("växel")
                || l.contains("kommunservice");
    }

    /**
     * A contact of the municipality as an organisation ("Kontakta Piteå kommun", "Mölndals stad"), the only kind beside
     * a general service that every resident may be sent to: a contact card labelled with a role ("Ordförande",
     * "Sekreterare") is one person's number, often a politician's mobile, and answers no question it was not listed for.
     */
    public static boolean namesOrganisation(Contact contact) {
        String label = contact.label().toLowerCase(Locale.ROOT);
        return label.contains("kommun") || label.contains("stad");
    }

    private static void addFrom(String text, String heading, String previous, Map<String, Contact> found) {
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            String label = labelBefore(text.substring(0, phone.start()), heading, previous);
            String number = phone.group().strip();
            found.putIfAbsent(number, new Contact(label, number, ""));
        }
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            String label = labelBefore(text.substring(0, email.start()), heading, previous);
            found.putIfAbsent(email.group(), new Contact(label, "", email.group()));
        }
    }

    /**
     * The service a number belongs to: one named before it in the same text, else in the line before, else in the
     * heading; else the line before when it is a short label ("Kansliavdelningen"); else the heading.
     */
    private static String labelBefore(String before, String heading, String previous) {
        Optional<String> service = lastService(before).or(() -> lastService(previous)).or(() -> lastService(heading));
        if (service.isPresent()) {
            return capitalise(service.get());
        }
        if (before.strip().isEmpty() && isLabel(previous)) {
            return previous;
        }
        return heading.length() <= 60 ? heading : "";
    }

    private static Optional<String> lastService(String text) {
        String last = null;
        Matcher m = SERVICE.matcher(text);
        while (m.find()) {
            last = m.group(1);
        }
        return Optional.ofNullable(last);
    }

    /** A short line that names something: not a sentence, no digits (an address, an org number), no e-mail. */
    private static boolean isLabel(String line) {
        return !line.isEmpty() && line.length() <= 60 && !Text.endsSentence(line) && line.chars().noneMatch(Character::isDigit)
                && line.indexOf('@') < 0;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
