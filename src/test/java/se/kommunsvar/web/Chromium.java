package se.kommunsvar.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (explicit paths: Selenium Manager never
 * downloads anything), with axe-core from {@code src/test/browser/node_modules} (installed by {@code .ci/run}).
 * Missing pieces fail the tests when {@code CI} is set and skip them otherwise.
 */
final class Chromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(Optional.ofNullable(System.getenv("CHROMIUM_BIN")).orElse("/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(Optional.ofNullable(System.getenv("CHROMEDRIVER_BIN")).orElse("/usr/bin/chromedriver"));
    static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final String axeSource;

    private Chromium(ChromeDriver driver, ChromeDriverService service, Path profile, String axeSource) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.axeSource = axeSource;
    }

    /** Fails (on CI) or skips (elsewhere) unless Chromium, chromedriver and axe-core are installed. */
    static void requireInstalled() {
        String missing = (Files.isExecutable(CHROMIUM) ? "" : " " + CHROMIUM)
                + (Files.isExecutable(CHROMEDRIVER) ? "" : " " + CHROMEDRIVER)
                + (Files.isRegularFile(AXE) ? "" : " " + AXE);
        if (missing.isEmpty()) {
            return;
        }
        String message = "browser tests need" + missing + ": install with 'apt-get install -y chromium chromium-driver'"
                + " and 'npm ci --prefix src/test/browser' (bash .ci/run does both)";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    static Chromium start() throws IOException {
        Path profile = Files.createTempDirectory("kommunsvar-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=sv-SE", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, service, profile, Files.readString(AXE));
    }

    /** Lays the page out at this CSS width (Chromium's own windows cannot be made 320 px wide). */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    boolean scrollsSideways() {
        return (Boolean) js("return document.documentElement.scrollWidth > window.innerWidth;");
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The WCAG 2.1 A/AA violations axe-core finds on the current page, one readable line per element. */
    List<String> accessibilityViolations() {
        js(axeSource);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(function (r) {"
                        + "  if (r.passes.length === 0) { done(['axe checked nothing: no rule passed']); return; }"
                        + "  done(r.violations.flatMap(function (v) { return v.nodes.map(function (n) {"
                        + "    return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + JSON.stringify(n.target)"
                        + "      + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '); }); }));"
                        + "}, function (e) { done(['axe failed: ' + e]); });", WCAG_TAGS);
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) result;
        return lines;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
