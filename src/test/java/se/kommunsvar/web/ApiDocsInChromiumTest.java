package se.kommunsvar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.kommunsvar.http.TestServer;

/** The readable API page renders in Chromium under the pages' strict CSP (Swagger UI from the jar, no inline script). */
class ApiDocsInChromiumTest {

    @Test
    void the_api_page_lists_the_routes_of_the_openapi_document(@TempDir Path dir) throws Exception {
        Chromium.requireInstalled();
        try (TestServer server = TestServer.start(dir.resolve("index"), UnaryOperator.identity());
             Chromium browser = Chromium.start()) {
            browser.driver.get(server.base() + "/api/docs");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(d -> d.findElements(By.cssSelector(".opblock")).size() > 10);
            String text = browser.driver.findElement(By.id("swagger-ui")).getText();
            assertTrue(text.contains("/api/chat") && text.contains("Kommunsvar API"), text);
            browser.screenshot("api-docs-1280");
            List<String> violations = browser.accessibilityViolations();
            assertEquals(List.of(), violations, "WCAG 2.1 A/AA violations on /api/docs");
        }
    }
}
