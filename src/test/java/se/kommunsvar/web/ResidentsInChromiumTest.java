package se.kommunsvar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.kommunsvar.http.TestServer;

/** Residents on {@code /} and staff on {@code /staff/} in real Chromium, with axe-core on every state. */
class ResidentsInChromiumTest {

    @TempDir
    static Path indexDir;
    private static TestServer server;
    private static Chromium browser;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireInstalled();
        server = TestServer.start(indexDir, Path.of("web"), List.of(), false);
        browser = Chromium.start();
        browser.viewport(1280, 900);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static SearchContext widget() {
        return browser.driver.findElement(By.cssSelector("[data-kommunsvar]")).getShadowRoot();
    }

    private static void assertNoViolations(String page) {
        List<String> violations = browser.accessibilityViolations();
        violations.forEach(v -> System.out.println("axe " + page + ": " + v));
        assertEquals(List.of(), violations, "axe-core WCAG 2.1 A/AA violations on " + page);
    }

    @Test
    void home_asks_which_municipality_for_a_vague_question_and_a_button_answers_it_for_that_one() throws IOException {
        browser.driver.get(server.base() + "/");
        browser.js("localStorage.clear();");
        browser.driver.navigate().refresh();
        waiting().until(d -> widget().findElements(By.cssSelector(".ks-example")).size() == 3);
        Select choice = new Select(browser.driver.findElement(By.id("kommun")));
        assertTrue(choice.getOptions().size() > 2, "the municipalities with pages are offered");
        assertEquals("", choice.getFirstSelectedOption().getAttribute("value"));
        assertNoViolations("home-examples");

        widget().findElement(By.cssSelector(".ks-input")).sendKeys("Hur kontaktar jag kommunen?", Keys.ENTER);
        waiting().until(d -> !widget().findElements(By.cssSelector(".ks-choice")).isEmpty());
        String asked = widget().findElements(By.cssSelector(".ks-msg-bot .ks-text")).get(0).getText();
        assertEquals("Vilken kommun gäller det?", asked);
        assertTrue(widget().findElements(By.cssSelector(".ks-feedback")).isEmpty(), "no Ja/Nej under a question back");
        assertNoViolations("home-clarify");
        browser.screenshot("home-clarify");

        WebElement hedemora = widget().findElements(By.cssSelector(".ks-choice")).stream()
                .filter(b -> b.getText().equals("Hedemora")).findFirst().orElseThrow();
        hedemora.click();
        waiting().until(d -> !widget().findElements(By.cssSelector(".ks-sources a")).isEmpty());
        List<WebElement> answers = widget().findElements(By.cssSelector(".ks-msg-bot .ks-text"));
        String answer = answers.get(answers.size() - 1).getText();
        assertTrue(answer.contains("hedemora.se"), answer);
        assertEquals("Hedemora", new Select(browser.driver.findElement(By.id("kommun")))
                .getFirstSelectedOption().getAttribute("value"), "the button makes it the page's choice");
        assertEquals("Hedemora", browser.js("return localStorage.getItem('kommunsvar.municipality');"));

        browser.driver.navigate().refresh();
        waiting().until(d -> "Hedemora".equals(new Select(d.findElement(By.id("kommun")))
                .getFirstSelectedOption().getAttribute("value")));
        assertNoViolations("home-answered");
    }

    @Test
    void a_cited_source_opens_the_page_at_the_quoted_words() {
        browser.driver.get(server.base() + "/");
        waiting().until(d -> d.findElement(By.id("kommun")).findElements(By.tagName("option")).size() > 2);
        widget().findElement(By.cssSelector(".ks-input")).sendKeys("Vilka partier styr i Hedemora?", Keys.ENTER);
        waiting().until(d -> !widget().findElements(By.cssSelector(".ks-sources a")).isEmpty());
        String href = widget().findElement(By.cssSelector(".ks-sources a")).getAttribute("href");
        assertTrue(href.contains("#:~:text="), href);
    }

    @Test
    void greetings_get_a_short_reply_without_feedback_buttons() {
        browser.driver.get(server.base() + "/");
        widget().findElement(By.cssSelector(".ks-input")).sendKeys("Hej!", Keys.ENTER);
        waiting().until(d -> !widget().findElements(By.cssSelector(".ks-msg-bot")).isEmpty());
        String reply = widget().findElement(By.cssSelector(".ks-msg-bot .ks-text")).getText();
        assertTrue(reply.startsWith("Hej!"), reply);
        assertFalse(reply.contains("Jag hittar inget svar"), reply);
        assertTrue(widget().findElements(By.cssSelector(".ks-feedback")).isEmpty());
    }

    @Test
    void staff_find_the_contact_card_for_telefon_first_with_a_municipality_chosen() throws IOException {
        browser.driver.get(server.base() + "/staff/");
        waiting().until(d -> d.findElement(By.id("municipality")).findElements(By.tagName("option")).size() > 2);
        new Select(browser.driver.findElement(By.id("municipality"))).selectByValue("Hedemora");
        browser.driver.findElement(By.id("q")).sendKeys("telefon");
        waiting().until(d -> !d.findElements(By.cssSelector("#results .result")).isEmpty());
        WebElement first = browser.driver.findElements(By.cssSelector("#results .result")).get(0);
        assertTrue(first.getAttribute("class").contains("contact"), first.getText());
        assertTrue(first.getText().contains("Kundtjänst") && first.getText().contains("0225-34 000"), first.getText());
        assertNoViolations("staff-contact");
        browser.screenshot("staff-contact");

        WebElement q = browser.driver.findElement(By.id("q"));
        q.clear();
        q.sendKeys("partier styr");
        waiting().until(d -> !d.findElements(By.cssSelector("#results .result .sentence")).isEmpty());
        String sentence = browser.driver.findElement(By.cssSelector("#results .result .sentence")).getText();
        assertTrue(sentence.contains("styr"), sentence);
        String deep = browser.driver.findElement(By.cssSelector("#results .result a.deep")).getAttribute("href");
        assertTrue(deep.contains("#:~:text="), deep);
        assertNoViolations("staff-sentence");
    }
}
