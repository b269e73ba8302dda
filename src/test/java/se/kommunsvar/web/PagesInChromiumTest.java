package se.kommunsvar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.kommunsvar.http.TestServer;

/**
 * The three front ends in a real headless Chromium against the real server on a temp index of {@code corpus/}.
 * Screenshots of every page at 1280 and 320 px go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesInChromiumTest {

    private static final String QUESTION = "Vilka partier styr i Hedemora?";

    @TempDir
    static Path indexDir;
    private static HostSite hostSite;
    private static TestServer server;
    private static Chromium browser;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireInstalled();
        hostSite = new HostSite();
        server = TestServer.start(indexDir, Path.of("web"), List.of(hostSite.origin()), true);
        hostSite.api(server.base());
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
        if (hostSite != null) {
            hostSite.close();
        }
    }

    @BeforeEach
    void desktop() {
        browser.viewport(1280, 900);
    }

    private static void open(String path) {
        browser.driver.get(path.startsWith("http") ? path : server.base() + path);
    }

    private static WebDriverWait waiting() {
        // the pages re-render their lists as answers arrive: a vanished element means "look again"
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static SearchContext widget() {
        return browser.driver.findElement(By.cssSelector("[data-kommunsvar]")).getShadowRoot();
    }

    /** The class of the focused element inside the widget, or "" when focus is elsewhere. */
    private static String focusInWidget() {
        return (String) browser.js("var h = document.querySelector('[data-kommunsvar]');"
                + "return document.activeElement === h && h.shadowRoot.activeElement"
                + " ? h.shadowRoot.activeElement.className : '';");
    }

    private static void keys(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    private static void assertNoViolations(String page) {
        List<String> violations = browser.accessibilityViolations();
        violations.forEach(v -> System.out.println("axe " + page + ": " + v));
        assertEquals(List.of(), violations, "axe-core WCAG 2.1 A/AA violations on " + page);
    }

    private static void assertFitsAt320(String page) throws IOException {
        browser.viewport(320, 640);
        assertFalse(browser.scrollsSideways(), page + " scrolls sideways at 320 px");
        browser.screenshot(page + "-320");
        browser.viewport(1280, 900);
    }

    @Test
    @Order(1)
    void the_demo_widget_is_reached_by_keyboard_and_answers_with_a_link_to_the_cited_page() throws IOException {
        open("/demo/");
        assertNoViolations("demo-closed");
        browser.screenshot("demo-closed-1280");
        for (int i = 0; i < 30 && !focusInWidget().contains("ks-launcher"); i++) {
            keys(Keys.TAB);
        }
        assertTrue(focusInWidget().contains("ks-launcher"), "Tab never reached the launcher button");
        keys(Keys.ENTER);
        assertTrue(focusInWidget().contains("ks-input"), "opening the panel moves focus to the question field");
        WebElement notice = widget().findElement(By.cssSelector(".ks-notice"));
        assertTrue(notice.isDisplayed() && notice.getText().contains("citat från kommunens webbsidor"), notice.getText());

        keys(QUESTION, Keys.ENTER);
        waiting().until(d -> !widget().findElements(By.cssSelector(".ks-msg-bot")).isEmpty());
        WebElement answer = widget().findElement(By.cssSelector(".ks-msg-bot"));
        assertFalse(answer.findElement(By.cssSelector(".ks-text")).getText().isBlank());
        WebElement source = answer.findElement(By.cssSelector(".ks-sources a"));
        assertTrue(source.getAttribute("href").startsWith("https://www.hedemora.se/"), source.getAttribute("href"));
        assertEquals("_blank", source.getAttribute("target"));
        assertEquals("noopener noreferrer", source.getAttribute("rel"));
        assertTrue(answer.getText().matches("(?s).*uppdaterad \\d{4}-\\d{2}-\\d{2}.*"), answer.getText());
        assertEquals("log", widget().findElement(By.cssSelector(".ks-log")).getAttribute("role"));
        assertEquals("", browser.js("return document.cookie;"), "the widget sets no cookies");

        assertNoViolations("demo-open");
        browser.screenshot("demo-open-1280");
        assertFitsAt320("demo-open");

        keys(Keys.ESCAPE);
        assertTrue(focusInWidget().contains("ks-launcher"), "Escape returns focus to the launcher");
        assertFalse(widget().findElement(By.cssSelector(".ks-panel")).isDisplayed());
    }

    @Test
    @Order(2)
    void the_widget_keeps_the_conversation_and_speaks_english_to_english_questions() {
        open("/demo/");
        widget().findElement(By.cssSelector(".ks-launcher")).click();
        WebElement input = widget().findElement(By.cssSelector(".ks-input"));
        input.sendKeys("What is the vision of Smedjebacken?", Keys.ENTER);
        waiting().until(d -> widget().findElements(By.cssSelector(".ks-msg-bot")).size() == 1);
        assertEquals("Send", widget().findElement(By.cssSelector(".ks-send")).getText());
        assertEquals("en", widget().findElement(By.cssSelector(".ks")).getAttribute("lang"));
        input.sendKeys("Vad är målen?", Keys.ENTER);
        waiting().until(d -> widget().findElements(By.cssSelector(".ks-msg-bot")).size() == 2);
        assertEquals("Skicka", widget().findElement(By.cssSelector(".ks-send")).getText());
    }

    @Test
    @Order(3)
    void the_widget_works_on_another_site_under_its_strict_csp_through_cors() throws IOException {
        open(hostSite.origin() + "/embed.html");
        WebElement launcher = widget().findElement(By.cssSelector(".ks-launcher"));
        assertEquals("rgba(11, 79, 138, 1)", launcher.getCssValue("background-color"),
                "the widget's styles apply without 'unsafe-inline'");
        launcher.click();
        widget().findElement(By.cssSelector(".ks-input")).sendKeys(QUESTION, Keys.ENTER);
        waiting().until(d -> !widget().findElements(By.cssSelector(".ks-sources a")).isEmpty());
        browser.screenshot("embedded-elsewhere-1280");
    }

    @Test
    @Order(4)
    void a_slow_server_gives_a_clear_message_and_retry_asks_again() {
        open(hostSite.origin() + "/flaky.html");
        widget().findElement(By.cssSelector(".ks-launcher")).click();
        widget().findElement(By.cssSelector(".ks-input")).sendKeys("Hur söker jag bygglov?", Keys.ENTER);
        waiting().until(d -> widget().findElement(By.cssSelector(".ks-error")).isDisplayed());
        WebElement error = widget().findElement(By.cssSelector(".ks-error"));
        assertEquals("alert", error.getAttribute("role"));
        assertTrue(error.getText().contains("Servern svarar inte"), error.getText());
        widget().findElement(By.cssSelector(".ks-retry")).click();
        waiting().until(d -> !widget().findElements(By.cssSelector(".ks-msg-bot")).isEmpty());
        assertFalse(widget().findElement(By.cssSelector(".ks-error")).isDisplayed());
        assertEquals(2, hostSite.flakyCalls());
        WebElement text = widget().findElement(By.cssSelector(".ks-msg-bot .ks-text"));
        assertEquals("<b>Svar i klartext</b>", text.getText(), "server text is shown as text, never as HTML");
        assertTrue(text.findElements(By.cssSelector("b")).isEmpty());
        assertFalse(hostSite.cookieSeen());
    }

    @Test
    @Order(5)
    void the_full_page_chat_answers_and_fits_a_phone() throws IOException {
        open("/");
        WebElement input = widget().findElement(By.cssSelector(".ks-input"));
        assertNoViolations("home");
        browser.screenshot("home-1280");
        input.sendKeys(QUESTION, Keys.ENTER);
        waiting().until(d -> !widget().findElements(By.cssSelector(".ks-sources a")).isEmpty());
        assertNoViolations("home-answered");
        assertFitsAt320("home");

        // an abstention lists pages about the subject as suggestions, under their own label, never as sources
        input.sendKeys("Vad var kommunalskatten i Hedemora 1990?", Keys.ENTER);
        waiting().until(d -> !widget().findElements(By.cssSelector(".ks-related a")).isEmpty());
        List<WebElement> replies = widget().findElements(By.cssSelector(".ks-msg-bot"));
        WebElement declined = replies.get(replies.size() - 1);
        assertTrue(declined.getText().contains("Sidor som kan handla om detta"), declined.getText());
        assertTrue(declined.findElements(By.cssSelector(".ks-sources")).isEmpty(), "suggestions are not sources");
        assertTrue(declined.findElement(By.cssSelector(".ks-related a")).getAttribute("href").contains("hedemora.se"));
        assertNoViolations("home-declined");
    }

    @Test
    @Order(6)
    void staff_search_shows_highlighted_results_as_you_type_navigable_by_keyboard_and_copyable() throws IOException {
        browser.driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.base(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open("/staff/");
        WebElement q = browser.driver.findElement(By.id("q"));
        q.sendKeys("partier styr");
        waiting().until(d -> !d.findElements(By.cssSelector("#results .result")).isEmpty());
        List<WebElement> results = browser.driver.findElements(By.cssSelector("#results .result"));
        assertTrue(results.get(0).getText().contains("Hedemora"), results.get(0).getText());
        List<String> marked = browser.driver.findElements(By.cssSelector("#results mark")).stream()
                .map(m -> m.getText().toLowerCase()).toList();
        assertTrue(marked.stream().anyMatch(m -> m.startsWith("parti")) && marked.stream().anyMatch(m -> m.startsWith("styr")),
                marked.toString());

        keys(Keys.ARROW_DOWN);
        assertEquals("0", browser.driver.switchTo().activeElement().getAttribute("data-result"));
        if (results.size() > 1) {
            keys(Keys.ARROW_DOWN);
            assertEquals("1", browser.driver.switchTo().activeElement().getAttribute("data-result"));
            keys(Keys.ARROW_UP);
        }
        keys(Keys.ESCAPE);
        assertEquals("q", browser.driver.switchTo().activeElement().getAttribute("id"));

        String url = java.net.URLDecoder.decode(
                results.get(0).findElement(By.cssSelector("a[data-result]")).getAttribute("href"), StandardCharsets.UTF_8);
        results.get(0).findElement(By.cssSelector("button")).click();
        waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("Kopierat"));
        String copied = (String) browser.driver.executeAsyncScript(
                "var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('failed: ' + e); });");
        assertTrue(copied.contains(url) && copied.matches("(?s).*uppdaterad \\d{4}-\\d{2}-\\d{2}.*"), copied);

        q.clear();
        q.sendKeys("vision");
        waiting().until(d -> d.findElement(By.id("status")).getText().contains("vision"));
        new Select(browser.driver.findElement(By.id("municipality"))).selectByValue("Smedjebacken");
        waiting().until(d -> {
            List<WebElement> filtered = d.findElements(By.cssSelector("#results .result .meta"));
            return !filtered.isEmpty() && filtered.stream().allMatch(r -> r.getText().startsWith("Smedjebacken"));
        });

        assertNoViolations("staff");
        browser.screenshot("staff-1280");
        assertFitsAt320("staff");
    }

    @Test
    @Order(7)
    void the_editors_page_refuses_a_wrong_token_and_with_the_right_one_lists_pages_and_redacted_unanswered_questions()
            throws IOException {
        server.chat("{\"message\":\"Får jag bygga en altan? Mitt personnummer är 19850101-1234\",\"municipality\":\"Hedemora\"}");
        open("/admin/");
        assertNoViolations("admin-login");
        browser.screenshot("admin-login-1280");
        browser.driver.findElement(By.id("token")).sendKeys("fel-nyckel", Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("login-status")).getText().contains("godtogs inte"));
        assertFalse(browser.driver.findElement(By.id("workspace")).isDisplayed());
        assertTrue(browser.driver.findElements(By.cssSelector("#pages tr")).isEmpty());

        browser.driver.findElement(By.id("token")).sendKeys(TestServer.TOKEN, Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("workspace")).isDisplayed());
        waiting().until(d -> !d.findElements(By.cssSelector("#unanswered tr")).isEmpty());
        assertEquals(5, browser.driver.findElements(By.cssSelector("#pages tr")).size());
        String unanswered = browser.driver.findElement(By.id("unanswered")).getText();
        assertTrue(unanswered.contains("[personnummer]"), unanswered);
        assertFalse(unanswered.contains("1234"), unanswered);
        assertNoViolations("admin");
        browser.screenshot("admin-1280");
        assertFitsAt320("admin");

        WebElement reindexUrl = browser.driver.findElement(By.id("reindex-url"));
        reindexUrl.sendKeys(hostSite.newsPage(), Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("reindex-status")).getText().startsWith("Klart"));
        waiting().until(d -> d.findElements(By.cssSelector("#pages tr")).size() == 6);

        browser.driver.findElement(By.cssSelector("button[aria-label^='Ta bort https://www.hallsberg']")).click();
        browser.driver.switchTo().alert().accept();
        waiting().until(d -> d.findElement(By.id("pages-status")).getText().startsWith("Borttagen"));
        assertEquals(5, browser.driver.findElements(By.cssSelector("#pages tr")).size());
    }
}
