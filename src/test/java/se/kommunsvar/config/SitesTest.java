package se.kommunsvar.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitesTest {

    private static final String TOKEN = "hemlig-publiceringsnyckel";

    @Test
    void a_sites_file_lists_start_addresses_schedule_origins_and_the_publish_tokens_hash() throws Exception {
        Sites sites = Sites.parse("""
                {"sites": [{"municipality": "Hedemora", "start": ["https://www.hedemora.se/"], "every": "PT24H",
                  "origins": ["https://www.hedemora.se"], "publishTokenSha256": "%s"},
                 {"municipality": "Smedjebacken", "start": ["https://www.smedjebacken.se/"]}]}
                """.formatted(Sites.sha256(TOKEN)));
        Sites.Site hedemora = sites.sites().get(0);
        assertEquals(Optional.of(Duration.ofHours(24)), hedemora.every());
        assertEquals(List.of("https://www.hedemora.se"), sites.origins());
        assertTrue(hedemora.publishes(TOKEN));
        assertFalse(hedemora.publishes(TOKEN + "x"));
        assertFalse(sites.sites().get(1).publishes(TOKEN), "a site without a token publishes nothing");
        assertTrue(hedemora.covers("https://www.hedemora.se/bygga-bo/bygglov"));
        assertFalse(hedemora.covers("https://www.smedjebacken.se/bygga-bo"));
        assertEquals(Optional.empty(), sites.sites().get(1).every());
    }

    @Test
    void a_bad_sites_file_is_refused_with_the_reason() {
        for (String[] bad : new String[][] {
                {"{}", "\"sites\""},
                {"{\"sites\": [{\"start\": [\"https://a.se/\"]}]}", "municipality"},
                {"{\"sites\": [{\"municipality\": \"A\", \"start\": [\"ftp://a.se/\"]}]}", "start"},
                {"{\"sites\": [{\"municipality\": \"A\", \"start\": [\"https://a.se/\"], \"every\": \"PT5M\"}]}", "at least"},
                {"{\"sites\": [{\"municipality\": \"A\", \"start\": [\"https://a.se/\"], \"every\": \"daily\"}]}", "ISO-8601"},
                {"{\"sites\": [{\"municipality\": \"A\", \"start\": [\"https://a.se/\"], \"publishTokenSha256\": \"abc\"}]}", "64 hex"},
                {"{\"sites\": [{\"municipality\": \"A\", \"start\": [\"https://a.se/\"], \"token\": \"x\"}]}", "token"}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sites.parse(bad[0]), bad[0]);
            assertTrue(e.getMessage().contains(bad[1]), bad[0] + " -> " + e.getMessage());
        }
    }

    @Test
    void a_missing_file_is_no_sites_and_the_file_sits_in_the_data_folder_unless_configured(@TempDir Path dir) throws Exception {
        assertEquals(Sites.NONE, Sites.read(dir.resolve("sites.json")));
        assertEquals(dir.resolve(Sites.DEFAULT_FILE), Sites.fileFor(dir, java.util.Map.of()));
        Files.writeString(dir.resolve("sites.json"), "{\"sites\": [");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sites.read(dir.resolve("sites.json")));
        assertTrue(e.getMessage().contains("sites.json"), e.getMessage());
    }
}
