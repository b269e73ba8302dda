package se.kommunsvar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.parse.Block;
import se.kommunsvar.parse.Contact;
import se.kommunsvar.parse.Page;
import se.kommunsvar.parse.PageDates;
import se.kommunsvar.parse.Passages;

/** The pages that carry contact facts, looked up once per searcher generation and fresh after a commit. */
class ContactPagesTest {

    @TempDir
    Path folder;

    @Test
    void only_pages_with_contacts_are_returned_and_the_list_is_reused_until_the_next_commit() {
        try (PassageIndex index = PassageIndex.open(folder)) {
            index.replacePage(page("https://www.ovanaker.se/a", List.of()), Passages.of(page("https://www.ovanaker.se/a", List.of())), Instant.EPOCH);
            Page withContact = page("https://www.ovanaker.se/b", List.of(new Contact("Kontaktcenter", "0271-570 00", "")));
            index.replacePage(withContact, Passages.of(withContact), Instant.EPOCH);
            index.commit();
            List<IndexedPage> first = index.pagesWithContacts("Ovanåker");
            assertEquals(List.of("https://www.ovanaker.se/b"), first.stream().map(IndexedPage::url).toList());
            assertSame(first, index.pagesWithContacts("Ovanåker"));

            Page another = page("https://www.ovanaker.se/c", List.of(new Contact("Växel", "0271-571 00", "")));
            index.replacePage(another, Passages.of(another), Instant.EPOCH);
            index.commit();
            assertEquals(2, index.pagesWithContacts("Ovanåker").size());
        }
    }

    private static Page page(String url, List<Contact> contacts) {
        return new Page(url, "Kontakt", "Ovanåker", PageDates.none(), contacts,
                List.of(Block.heading("Kontakt", 1), Block.paragraph("Kommunen svarar på frågor.")));
    }
}
