package se.kommunsvar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kommunsvar.privacy.FeedbackLog;
import se.kommunsvar.privacy.UnansweredQuestions;

/** The store on disk: what is written is there after closing and reopening, redacted, and forgotten in time. */
class StoreTest {

    @TempDir
    Path dir;

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(30);

    @Test
    void unanswered_questions_feedback_and_editors_decisions_survive_closing_and_reopening() {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        try (Store store = Store.open(dir)) {
            new UnansweredQuestions(RETENTION, 100, clock, store)
                    .record("Var lämnar jag grovsopor? Ring mig på 070-123 45 67", Optional.of("Hedemora"));
            new FeedbackLog(RETENTION, clock, store).record(new FeedbackLog.Given(false,
                    "Hur söker jag bygglov? mejla anna@example.se", "https://www.hedemora.se/bygglov", "Bygglov", "Hedemora"));
            PageDecisions decisions = new PageDecisions(store, clock);
            decisions.exclude("https://www.hallsberg.se/gammal", "Gammal sida");
            decisions.setMunicipality("http://127.0.0.1:8080/nyheter", Optional.of("Hedemora"));
            new CrawlHistory(store).save(new CrawlHistory.Entry("https://www.hedemora.se/", T0, T0.plusSeconds(60), "{}"));
        }
        try (Store store = Store.open(dir)) {
            var unanswered = new UnansweredQuestions(RETENTION, 100, clock, store).list();
            assertEquals(1, unanswered.size());
            assertEquals("Var lämnar jag grovsopor? Ring mig på [telefon]", unanswered.get(0).question());
            List<FeedbackLog.PageFeedback> feedback = new FeedbackLog(RETENTION, clock, store).perPage();
            assertEquals(1, feedback.size());
            assertEquals(1, feedback.get(0).no());
            assertEquals("Hur söker jag bygglov? mejla [e-post]", feedback.get(0).questions().get(0).question());
            PageDecisions decisions = new PageDecisions(store, clock);
            assertTrue(decisions.excluded("https://www.hallsberg.se/gammal"));
            assertEquals("www.hallsberg.se", decisions.exclusions().get(0).site());
            assertEquals(Optional.of("Hedemora"), decisions.municipality("http://127.0.0.1:8080/nyheter"));
            assertEquals(1, new CrawlHistory(store).list().size());
            assertTrue(decisions.readd("https://www.hallsberg.se/gammal"));
        }
        try (Store store = Store.open(dir)) {
            assertFalse(new PageDecisions(store, clock).excluded("https://www.hallsberg.se/gammal"));
        }
    }

    @Test
    void feedback_older_than_the_retention_time_is_deleted() {
        try (Store store = Store.open(dir)) {
            new FeedbackLog(RETENTION, Clock.fixed(T0, ZoneOffset.UTC), store)
                    .record(new FeedbackLog.Given(true, "Tack", "", "", ""));
            FeedbackLog later = new FeedbackLog(RETENTION, Clock.fixed(T0.plus(RETENTION).plusSeconds(1), ZoneOffset.UTC), store);
            assertEquals(List.of(), later.perPage());
        }
    }

    @Test
    void feedback_is_grouped_per_page_with_the_questions_of_the_no_answers_counted() {
        try (Store store = Store.open(dir)) {
            FeedbackLog log = new FeedbackLog(RETENTION, Clock.fixed(T0, ZoneOffset.UTC), store);
            log.record(new FeedbackLog.Given(false, "När töms soporna?", "https://a.se/sopor", "Sopor", "A"));
            log.record(new FeedbackLog.Given(false, "när töms  soporna", "https://a.se/sopor", "Sopor", "A"));
            log.record(new FeedbackLog.Given(true, "Var är återvinningen?", "https://a.se/sopor", "Sopor", "A"));
            log.record(new FeedbackLog.Given(false, "Vad kostar bygglov?", "https://a.se/bygglov", "Bygglov", "A"));
            List<FeedbackLog.PageFeedback> pages = log.perPage();
            assertEquals("https://a.se/sopor", pages.get(0).url());
            assertEquals(1, pages.get(0).yes());
            assertEquals(2, pages.get(0).no());
            assertEquals(1, pages.get(0).questions().size());
            assertEquals(2, pages.get(0).questions().get(0).count());
        }
    }

    @Test
    void the_data_folder_sits_beside_the_index_unless_configured_and_holds_one_database_file() {
        assertEquals(dir.resolve("index-data").toAbsolutePath(), Store.folderFor(dir.resolve("index"), Map.of()));
        assertEquals(Path.of("/srv/data"), Store.folderFor(dir.resolve("index"), Map.of(Store.DATA_DIR_ENV, "/srv/data")));
        try (Store store = Store.open(dir)) {
            assertTrue(Files.exists(dir.resolve(Store.FILE_NAME + ".mv.db")));
        }
    }

    @Test
    void the_crawl_history_keeps_the_last_crawls_of_each_site() {
        try (Store store = Store.open(dir)) {
            CrawlHistory history = new CrawlHistory(store);
            for (int i = 0; i < CrawlHistory.KEEP_PER_SITE + 3; i++) {
                history.save(new CrawlHistory.Entry("https://a.se/", T0, T0.plusSeconds(i), "{\"n\":" + i + "}"));
            }
            history.save(new CrawlHistory.Entry("https://b.se/", T0, T0, "{}"));
            List<CrawlHistory.Entry> kept = history.list();
            assertEquals(CrawlHistory.KEEP_PER_SITE + 1, kept.size());
            assertEquals("{\"n\":" + (CrawlHistory.KEEP_PER_SITE + 2) + "}", kept.get(0).report());
        }
    }

    @Test
    void an_unusable_folder_is_a_clear_error() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThrows(RuntimeException.class, () -> Store.open(file.resolve("sub")));
    }
}
