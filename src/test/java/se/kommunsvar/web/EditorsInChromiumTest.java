package se.kommunsvar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.kommunsvar.http.TestServer;
import se.kommunsvar.http.TestSite;

/**
 * The editors' workflow in a real headless Chromium against the real server: outcomes in plain Swedish, a site crawl
 * followed live, a removal that outlasts a rebuild, and a resident's "Nej" that outlasts a restart. Every page state
 * is checked with axe-core (WCAG 2.1 A/AA); screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorsInChromiumTest {

    private static final String QUESTION = "Vilka partier styr i Hedemora?";
    /** Long enough per page that a crawl of the test site's six addresses can be watched for a few seconds. */
    private static final long PAGE_DELAY_MILLIS = 700;

    @TempDir
    static Path indexDir;
    private static TestServer server;
    private static TestSite site;
    private static Chromium browser;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireInstalled();
        site = new TestSite(PAGE_DELAY_MILLIS);
        server = TestServer.start(indexDir, Path.of("web"), List.of(), true);
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @BeforeEach
    void desktop() {
        browser.viewport(1280, 900);
    }

    private static WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private static void assertNoViolations(String page) {
        List<String> violations = browser.accessibilityViolations();
        violations.forEach(v -> System.out.println("axe " + page + ": " + v));
        assertEquals(List.of(), violations, "axe-core WCAG 2.1 A/AA violations on " + page);
    }

    /** Opens the editors' page and logs in (the token lives in the tab's sessionStorage, per origin). */
    private static void logIn() {
        browser.driver.get(server.base() + "/admin/");
        if (!byId("workspace").isDisplayed()) {
            byId("token").sendKeys(TestServer.TOKEN, Keys.ENTER);
        }
        waiting(20).until(d -> byId("workspace").isDisplayed());
        waiting(20).until(d -> !byId("unanswered-status").getText().isEmpty());
    }

    private static void reindex(String address, String kind) {
        WebElement url = byId("reindex-url");
        url.clear();
        url.sendKeys(address);
        new Select(byId("reindex-kind")).selectByValue(kind);
        byId("reindex").submit();
    }

    /** Scrolls the element to the top of the viewport, so the screenshot shows it. */
    private static void show(String id) {
        browser.js("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    private static String pageText() {
        return browser.driver.findElement(By.tagName("body")).getText();
    }

    @Test
    @Order(1)
    void a_failed_reindex_reads_as_a_failure_in_plain_swedish_without_json() throws IOException {
        logIn();
        reindex(site.missing(), "url");
        waiting(20).until(d -> !byId("reindex-alert").getText().isEmpty());
        WebElement alert = byId("reindex-alert");
        assertEquals("alert", alert.getAttribute("role"));
        String text = alert.getText();
        assertTrue(text.startsWith("Misslyckades: Sidan kunde inte hämtas: servern svarade 404"), text);
        assertFalse(text.contains("Klart"), text);
        WebElement box = alert.findElement(By.cssSelector(".outcome.failure"));
        assertEquals("rgba(176, 0, 32, 1)", box.getCssValue("border-top-color"), "a failure has the failure colour");
        assertFalse(pageText().contains("{\""), "no JSON on the page");
        assertNoViolations("admin-failed-reindex");
        browser.screenshot("admin-failed-reindex-1280");

        reindex(site.page(TestSite.PAGES[2]), "url");
        waiting(20).until(d -> byId("reindex-status").getText().startsWith("Klart: Sidan är tillagd i indexet"));
        assertEquals("", byId("reindex-alert").getText(), "a success clears the failure");
    }

    @Test
    @Order(2)
    void an_editor_sets_the_municipality_of_a_page_the_crawler_could_not_place() throws IOException {
        logIn();
        String page = site.page(TestSite.PAGES[2]);
        waiting(20).until(d -> !d.findElements(By.cssSelector("button[aria-label='Ändra kommun för " + page + "']")).isEmpty());
        browser.driver.findElement(By.cssSelector("button[aria-label='Ändra kommun för " + page + "']")).click();
        assertEquals(page, byId("correct-url").getAttribute("value"));
        assertEquals("correct-municipality", browser.driver.switchTo().activeElement().getAttribute("id"));
        byId("correct-municipality").sendKeys("Atlantis", Keys.ENTER);
        waiting(20).until(d -> byId("correct-result").getText().startsWith("Misslyckades"));
        assertTrue(byId("correct-result").getText().contains("ingen kommun med det namnet"), byId("correct-result").getText());
        byId("correct-municipality").clear();
        byId("correct-municipality").sendKeys("Hedemora", Keys.ENTER);
        waiting(30).until(d -> byId("correct-result").getText().equals("Klart: " + page + " hör nu till Hedemora."));
        waiting(20).until(d -> byId("pages").getText().contains("Om parkering · Hedemora (kommunen satt av redaktör)"));
        assertTrue(byId("sites-status").getText().startsWith("Ingen webbplatsfil"), byId("sites-status").getText());
        assertNoViolations("admin-municipality-set");
        show("municipality-title");
        browser.screenshot("admin-municipality-set-1280");
    }

    @Test
    @Order(3)
    void a_site_crawl_shows_its_progress_while_it_runs_and_ends_with_its_summary() throws IOException {
        logIn();
        reindex(site.start(), "site");
        waiting(20).until(d -> byId("crawl").isDisplayed() && byId("crawl-current").getText().startsWith("Hämtar nu: "));
        String running = byId("crawl-text").getText();
        assertTrue(running.matches("Genomsöker .+: \\d+ av \\d+ hittade sidor klara\\."), running);
        WebElement progress = byId("crawl-progress");
        assertEquals("progress", progress.getTagName());
        assertTrue(Integer.parseInt(progress.getAttribute("max")) >= 1);
        assertNoViolations("admin-crawl-running");
        show("reindex-title");
        browser.screenshot("admin-crawl-running-1280");

        waiting(60).until(d -> byId("crawl-text").getText().contains("är klar"));
        String summary = byId("reindex-status").getText();
        assertTrue(summary.startsWith("Klart: Genomsökningen av " + site.start() + " är klar, men 2 sidor kunde inte hämtas."),
                summary);
        assertTrue(summary.contains("Nya\n3") && summary.contains("Oförändrade\n1") && summary.contains("Misslyckade\n2"),
                summary);
        assertTrue(summary.contains(site.missing() + " – servern svarade 404 (sidan finns inte)"), summary);
        assertTrue(summary.contains(site.page("trasig.html") + " – servern svarade 500 (fel på servern)"), summary);
        assertEquals(byId("crawl-progress").getAttribute("max"), byId("crawl-progress").getAttribute("value"));
        waiting(10).until(d -> d.findElements(By.cssSelector("#history tr")).size() == 1);
        assertFalse(pageText().contains("{\""), "no JSON on the page");
        assertNoViolations("admin-crawl-done");
        show("reindex-title");
        browser.screenshot("admin-crawl-done-1280");
    }

    @Test
    @Order(4)
    void a_removed_page_stays_removed_after_a_rebuild_and_can_be_put_back() throws IOException {
        logIn();
        waiting(20).until(d -> !d.findElements(By.cssSelector("button[aria-label^='Ta bort https://www.hallsberg']")).isEmpty());
        String label = browser.driver.findElement(By.cssSelector("button[aria-label^='Ta bort https://www.hallsberg']"))
                .getAttribute("aria-label");
        String page = label.substring("Ta bort ".length());
        browser.driver.findElement(By.cssSelector("button[aria-label='" + label + "']")).click();
        browser.driver.switchTo().alert().accept();
        waiting(20).until(d -> byId("pages-status").getText().startsWith("Borttagen"));
        waiting(20).until(d -> byId("excluded").getText().contains(page));

        var rebuilt = server.send(server.request("/api/admin/rebuild").POST(HttpRequest.BodyPublishers.noBody()),
                Map.of("Authorization", "Bearer " + TestServer.TOKEN));
        assertEquals(200, rebuilt.statusCode(), rebuilt.body());
        browser.driver.navigate().refresh();
        waiting(20).until(d -> byId("workspace").isDisplayed() && byId("pages-status").getText().contains("i indexet"));
        waiting(20).until(d -> byId("excluded").getText().contains(page));
        assertTrue(browser.driver.findElements(By.cssSelector("button[aria-label='" + label + "']")).isEmpty(),
                "the removed page is back in the list after a rebuild");
        assertTrue(byId("excluded").getText().contains("www.hallsberg.se"), "removals are listed per site");
        assertNoViolations("admin-removed");
        show("excluded-title");
        browser.screenshot("admin-removed-1280");

        browser.driver.findElement(By.cssSelector("button[aria-label='Lägg tillbaka " + page + "']")).click();
        waiting(20).until(d -> byId("excluded-status").getText().startsWith("Tillbakalagd"));
        assertFalse(byId("excluded").getText().contains(page));
    }

    @Test
    @Order(5)
    void a_no_given_in_the_widget_appears_on_the_editors_page_after_a_restart() throws IOException {
        browser.driver.get(server.base() + "/");
        SearchContext widget = browser.driver.findElement(By.cssSelector("[data-kommunsvar]")).getShadowRoot();
        widget.findElement(By.cssSelector(".ks-input")).sendKeys(QUESTION, Keys.ENTER);
        waiting(20).until(d -> !widget.findElements(By.cssSelector(".ks-msg-bot .ks-feedback button")).isEmpty());
        WebElement feedback = widget.findElement(By.cssSelector(".ks-msg-bot .ks-feedback"));
        assertTrue(feedback.getText().startsWith("Fick du svar på din fråga?"), feedback.getText());
        assertNoViolations("home-feedback");
        browser.screenshot("home-feedback-1280");
        List<WebElement> buttons = feedback.findElements(By.cssSelector("button"));
        assertEquals(List.of("Ja", "Nej"), buttons.stream().map(WebElement::getText).toList());
        buttons.get(1).click();
        waiting(20).until(d -> widget.findElement(By.cssSelector(".ks-msg-bot .ks-feedback")).getText()
                .equals("Tack för ditt svar!"));
        assertNoViolations("home-feedback-given");

        server = server.restart();
        logIn();
        waiting(20).until(d -> byId("feedback").getText().contains(QUESTION));
        String shown = byId("feedback").getText();
        assertTrue(shown.contains("Nej: 1"), shown);
        assertTrue(shown.contains("hedemora.se"), "the Nej is listed under the page the answer quoted: " + shown);
        assertNoViolations("admin-feedback");
        show("feedback-title");
        browser.screenshot("admin-feedback-1280");
        browser.viewport(320, 640);
        assertFalse(browser.scrollsSideways(), "the editors' page scrolls sideways at 320 px");
        browser.screenshot("admin-feedback-320");
    }
}
