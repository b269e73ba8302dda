package se.kommunsvar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kommunsvar.municipality.MunicipalityDirectory;

/**
 * The plain-text parser on the five seed pages in {@code ../shared/seeds} (text dumps with navigation, feedback
 * forms and footers; their addresses are in its SOURCES.md and are prepended here as the {@code source:} line).
 */
class TextPageParserSeedsTest {

    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final TextPageParser PARSER = new TextPageParser(MunicipalityDirectory.standard());

    @Test
    void hedemora_vision_drops_its_frame_and_keeps_headings_and_the_update_date() throws IOException {
        Page page = seed("000_faa9e439dd5c521b.txt", "https://hedemora.se/kommun-och-demokrati/vision-och-mal/");
        assertEquals("Hedemora", page.municipality());
        assertEquals("Vision Hedemora 2038", page.title());
        assertTrue(page.blocks().contains(Block.heading("Övergripande mål för Hedemora kommun", 2)));
        assertGone(page, "Fortsätt till huvudinnehållet", "Blev du hjälpt av informationen på sidan?", "Dela denna sidan",
                "Senast uppdaterad");
        assertEquals(Optional.of(LocalDate.of(2023, 12, 18)), page.dates().updated());
        assertEquals(Optional.of(LocalDate.of(2023, 11, 21)), page.dates().decided());
    }

    @Test
    void hedemora_goals_keep_list_items_and_the_kundtjanst_number_from_the_gdpr_blurb() throws IOException {
        Page page = seed("001_554f2af8fc20dd52.txt", "https://www.hedemora.se/vision-och-mål/mål-för-kommunen-2021__5168");
        assertTrue(page.blocks().contains(Block.listItem("Öka andelen miljöbilar i kommunen.")), page.blocks()::toString);
        assertTrue(page.blocks().stream().anyMatch(b -> b.isHeading() && b.text().equals("Ekonomi och kommunalskatt")));
        assertGone(page, "Ditt namn:", "Din e-postadress:", "Din synpunkt:", "Fyll i formuläret nedan",
                "Dataskyddsförordningen", "Sida uppdaterad");
        assertEquals(Optional.of(LocalDate.of(2021, 3, 10)), page.dates().updated());
        assertTrue(page.contacts().stream().anyMatch(c -> c.label().equals("Kundtjänst") && c.phone().equals("0225-34 000")),
                page.contacts()::toString);
    }

    @Test
    void smedjebacken_gives_the_kansliavdelningen_number_and_no_date_for_an_empty_date_line() throws IOException {
        Page page = seed("002_e8e7415a4f9c5cb8.txt", "https://www.smedjebacken.se/kommun-och-politik/vision-och-mal.html");
        assertTrue(page.contacts().contains(new Contact("Kansliavdelningen", "0240-66 00 00", "")), page.contacts()::toString);
        assertTrue(page.blocks().contains(Block.heading("Hållbarhet", 2)));
        assertGone(page, "Sidan senast uppdaterad");
        assertEquals(Optional.empty(), page.dates().updated());
    }

    @Test
    void hallsberg_keeps_its_bulleted_list() throws IOException {
        Page page = seed("003_79fadb374aa9af02.txt",
                "https://www.hallsberg.se/organisation-och-styrning/ekonomi-och-styrning/kommunens-styrsystem.html");
        assertEquals("Hallsberg", page.municipality());
        assertTrue(page.blocks().stream().filter(b -> b.kind() == Block.Kind.LIST_ITEM).anyMatch(b -> b.text()
                .startsWith("Värdeord - berättar hur vi ska agera varje dag")), page.blocks()::toString);
        assertTrue(page.blocks().contains(Block.heading("Kontaktcenter", 2)));
    }

    @Test
    void vallentuna_drops_breadcrumb_and_form_messages_and_finds_the_decision_date() throws IOException {
        Page page = seed("004_6d726cef992ef30d.txt",
                "https://www.vallentuna.se/kommun-och-politik/nyheter/nya-kommungemensamma-mal-i-kommunplanen/");
        assertGone(page, "Start / Kommun och politik", "Någonting gick fel", "Ditt meddelande har nu skickats");
        assertEquals(Optional.of(LocalDate.of(2023, 6, 12)), page.dates().decided());
        assertEquals(Optional.empty(), page.dates().updated());
        assertTrue(page.blocks().stream().anyMatch(b -> b.text().contains("Hög kvalitet, Hållbar tillväxt och Tryggt samhälle")));
    }

    @Test
    void a_page_without_a_source_line_is_refused_with_what_was_found() {
        PageFormatException e = assertThrows(PageFormatException.class, () -> PARSER.parse("Vision och mål\n\nText."));
        assertTrue(e.getMessage().contains("source:") && e.getMessage().contains("Vision och mål"), e.getMessage());
    }

    private static Page seed(String file, String url) throws IOException {
        String text = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
        return PARSER.parse("source: " + url + "\n" + text);
    }

    private static void assertGone(Page page, String... boilerplate) {
        List<String> texts = page.blocks().stream().map(Block::text).toList();
        for (String b : boilerplate) {
            assertFalse(texts.stream().anyMatch(t -> t.startsWith(b)), () -> "kept: " + b + " in " + texts);
        }
    }
}
