package se.kommunsvar.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** What one sitemap may cost: entries kept, bytes unpacked, and the media types servers really send. */
class SitemapLimitsTest {

    private static final String URLSET = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";

    private static byte[] gzip(String head, String repeated, long repeatedBytes, String tail) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = repeated.repeat(Math.max(1, 65_536 / repeated.length())).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < repeatedBytes; written += chunk.length) {
                gz.write(chunk);
            }
            gz.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void a_sitemap_keeps_at_most_fifty_thousand_entries() throws Exception {
        String entry = "<url><loc>https://www.example.se/sida.html</loc></url>";
        byte[] packed = gzip(URLSET, entry, 200L * Sitemap.MAX_ENTRIES, "</urlset>");
        Sitemap s = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Sitemap.parse("https://www.example.se/sitemap.xml.gz", "application/gzip", packed));
        assertEquals(Sitemap.MAX_ENTRIES, s.entries().size());
    }

    /** A gzip bomb: a few hundred kB that unpack to over 50 MB of comment before the first entry. */
    @Test
    void a_gzip_sitemap_is_unpacked_only_to_the_protocols_fifty_megabytes() throws Exception {
        byte[] packed = gzip(URLSET + "<!--", "                ", Sitemap.MAX_UNPACKED_BYTES + 1_000_000,
                "--><url><loc>https://www.example.se/efter-bomben.html</loc></url></urlset>");
        assertTrue(packed.length < 1_000_000, packed.length + " bytes packed");
        Sitemap s = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Sitemap.parse("https://www.example.se/sitemap.xml.gz", "application/x-gzip", packed));
        assertEquals(List.of(), s.locs(), "nothing after 50 MB is read");
    }

    @Test
    void media_types_with_parameters_or_wrong_types_still_read_the_sitemap_by_its_bytes() throws Exception {
        byte[] xml = (URLSET + "<url><loc>https://www.example.se/a</loc><lastmod>2024-05-01</lastmod></url></urlset>")
                .getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("application/xml; charset=UTF-8", "text/html; charset=utf-8", "", "text/xml")) {
            Sitemap s = Sitemap.parse("https://www.example.se/sitemap.xml", type, xml);
            assertEquals(List.of(new Sitemap.Entry("https://www.example.se/a", Optional.of(Instant.parse("2024-05-01T00:00:00Z")))),
                    s.entries(), type);
        }
        Sitemap text = Sitemap.parse("https://www.example.se/sitemap.txt", "text/plain; charset=utf-8",
                "https://www.example.se/a\nhttps://www.example.se/b\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("https://www.example.se/a", "https://www.example.se/b"), text.locs());
    }
}
