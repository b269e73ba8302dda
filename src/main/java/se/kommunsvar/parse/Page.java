package se.kommunsvar.parse;

import java.util.List;

/**
 * A parsed page: what it says, in reading order, with the facts about it.
 *
 * @param url the page's address (canonical when the page names one); the index key
 * @param title the page title
 * @param municipality the municipality's short name ("Hedemora"), or empty when unknown
 * @param dates dates the page states
 * @param contacts contact facts found on the page
 * @param blocks the main content, boilerplate removed
 */
public record Page(String url, String title, String municipality, PageDates dates,
                   List<Contact> contacts, List<Block> blocks) {

    public Page {
        contacts = List.copyOf(contacts);
        blocks = List.copyOf(blocks);
    }
}
