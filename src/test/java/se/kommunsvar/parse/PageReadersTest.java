package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kommunsvar.municipality.MunicipalityDirectory;

/** Which reader some bytes go to: by Content-Type, by file name, by their first bytes when unlabelled. */
class PageReadersTest {

    private static final PageReaders READERS = PageReaders.standard(MunicipalityDirectory.standard());
    private static final byte[] PDF_START = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] HTML = "<!DOCTYPE html><title>Start</title>".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_content_type_decides_when_it_names_a_format() {
        assertEquals(Optional.of(PageFormat.HTML), READERS.formatOf("text/html", HTML));
        assertEquals(Optional.of(PageFormat.HTML), READERS.formatOf("application/xhtml+xml", HTML));
        assertEquals(Optional.of(PageFormat.PDF), READERS.formatOf("application/pdf", PDF_START));
        assertEquals(Optional.of(PageFormat.PDF), READERS.formatOf("application/x-pdf", PDF_START));
        assertEquals(Optional.empty(), READERS.formatOf("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }

    @Test
    void a_download_or_an_unlabelled_body_that_starts_as_a_pdf_is_one() {
        assertEquals(Optional.of(PageFormat.PDF), READERS.formatOf("application/octet-stream", PDF_START));
        assertEquals(Optional.of(PageFormat.PDF), READERS.formatOf("", PDF_START));
        assertEquals(Optional.of(PageFormat.HTML), READERS.formatOf("", HTML), "no type and no PDF: read as HTML, as browsers do");
        assertEquals(Optional.empty(), READERS.formatOf("application/octet-stream", HTML));
    }

    @Test
    void a_file_name_decides_on_disk_whatever_its_case() {
        assertEquals(Optional.of(PageFormat.PDF), READERS.formatOfFile("Mål och budget 2024.PDF"));
        assertEquals(Optional.of(PageFormat.HTML), READERS.formatOfFile("startsida.htm"));
        assertEquals(Optional.of(PageFormat.TEXT), READERS.formatOfFile("sida.txt"));
        assertEquals(Optional.empty(), READERS.formatOfFile("budget.xlsx"));
    }

    @Test
    void a_file_over_its_formats_limit_is_refused_before_it_is_read() {
        byte[] big = new byte[(int) PageFormat.HTML.maxBytes() + 1];
        PageFormatException e = assertThrows(PageFormatException.class,
                () -> READERS.read(PageFormat.HTML, big, "", "https://www.hedemora.se/"));
        assertTrue(e.getMessage().contains("over the limit"), e.getMessage());
        assertTrue(PageFormat.PDF.maxBytes() > PageFormat.HTML.maxBytes(), "a plan is larger than a page");
    }
}
