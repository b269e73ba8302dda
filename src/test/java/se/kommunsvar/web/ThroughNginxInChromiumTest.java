package se.kommunsvar.web;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.kommunsvar.config.TrustedProxies;
import se.kommunsvar.http.Nginx;
import se.kommunsvar.http.TestServer;

/** A resident's browser reaches the chat through the municipality's reverse proxy (Debian's nginx on loopback). */
class ThroughNginxInChromiumTest {

    @Test
    void the_chat_page_loads_and_answers_through_nginx(@TempDir Path dir) throws Exception {
        Nginx.requireInstalled();
        Chromium.requireInstalled();
        try (TestServer server = TestServer.start(dir.resolve("index"),
                s -> s.withTrustedProxies(TrustedProxies.parse("127.0.0.1")));
             Nginx nginx = Nginx.start(server.port());
             Chromium browser = Chromium.start()) {
            browser.driver.get(nginx.base() + "/");
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
            wait.ignoring(StaleElementReferenceException.class);
            SearchContext widget = browser.driver.findElement(By.cssSelector("[data-kommunsvar]")).getShadowRoot();
            widget.findElement(By.cssSelector(".ks-input")).sendKeys("Vilka partier styr i Hedemora?", Keys.ENTER);
            wait.until(d -> !d.findElement(By.cssSelector("[data-kommunsvar]")).getShadowRoot()
                    .findElements(By.cssSelector(".ks-sources a")).isEmpty());
            String answer = browser.driver.findElement(By.cssSelector("[data-kommunsvar]")).getShadowRoot()
                    .findElement(By.cssSelector(".ks-msg-bot .ks-text")).getText();
            assertFalse(answer.isBlank(), "the answer came back through the proxy");
        }
    }
}
