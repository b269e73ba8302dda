package se.kommunsvar.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.kommunsvar.index.IndexedPage;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.parse.Contact;
import se.kommunsvar.parse.Contacts;

/**
 * A municipality's contact cards for the staff search: a search for "telefon", "kundtjänst" or "växel" wants the
 * municipality's numbers, which the pages carry as contact facts ({@link Contacts}) rather than as text a passage
 * search ranks well.
 */
public final class ContactCards {

    /** Cards shown at most: the general service and the nearest few. */
    static final int MAX = 3;

    /** One contact with the page it is on. */
    public record Card(String label, String phone, String email, String url, String title, String updated,
                       String text) {
    }

    private ContactCards() {
    }

    /** True when a word of the query asks for contact details ("telefon", "e-post") or names a general service. */
    public static boolean asksForContact(String query) {
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (!word.isEmpty() && (QuestionReader.isContactWord(word)
                    || Contacts.isGeneralService(new Contact(word, "", "")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The municipality's contacts with a phone number or e-mail address: those whose label shares a word with the
     * query first, then the general service (kundtjänst, växel), then the rest in page order.
     */
    public static List<Card> of(PassageIndex index, String municipality, String query) {
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        List<Card> out = new ArrayList<>();
        List<Contact> seen = new ArrayList<>();
        for (IndexedPage page : index.pagesWithContacts(municipality)) {
            for (Contact c : page.contacts()) {
                if ((c.phone().isEmpty() && c.email().isEmpty()) || seen.contains(c)) {
                    continue;
                }
                seen.add(c);
                out.add(new Card(c.label(), c.phone(), c.email(), page.url(), page.title(), page.updated(), c.describe()));
            }
        }
        out.sort(Comparator.comparingInt((Card c) -> rank(c, words)));
        return List.copyOf(out.subList(0, Math.min(MAX, out.size())));
    }

    private static int rank(Card card, List<String> words) {
        String label = card.label().toLowerCase(Locale.ROOT);
        boolean named = words.stream().anyMatch(w -> w.length() > 2 && label.contains(w) && !QuestionReader.isContactWord(w));
        if (named) {
            return 0;
        }
        return Contacts.isGeneralService(new Contact(card.label(), "", "")) ? 1 : 2;
    }
}
