package se.kommunsvar.index;

import java.util.List;
import se.kommunsvar.parse.Contact;

/** What the index knows about one page (its page document). */
public record IndexedPage(String url, String title, String municipality, String updated, String fetched,
                          int passages, List<Contact> contacts) {

    public IndexedPage {
        contacts = List.copyOf(contacts);
    }
}
