package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, for the graph view's browser
 * test and its bench. Nothing is downloaded: both programs must be installed (.ci/run does so).
 */
final class Chromium {

    /** Where Debian puts Chromium; {@code -Ddiplograph.chromium=PATH} names another (or none, to see the tests skip). */
    static final Path BROWSER = Path.of(System.getProperty("diplograph.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("diplograph.chromedriver", "/usr/bin/chromedriver"));

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--window-size=1400,900");

    private Chromium() {
    }

    /** Whether both Chromium and its driver are installed where Debian puts them. */
    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /**
     * Whether the browser tests can run: on CI (CI=true) they must, so a missing Chromium fails
     * there; elsewhere they are skipped, each test visibly, by {@link #assumeInstalled()}.
     */
    static boolean available() {
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(installed(), missing() + "; on CI the browser tests must run");
        }
        return installed();
    }

    /** Skips the calling test, with the reason, where Chromium is missing. */
    static void assumeInstalled() {
        assumeTrue(installed(), missing() + ": the browser test is skipped");
    }

    /** What is missing, for a test's failure or assumption message. */
    static String missing() {
        return "headless Chromium needs " + BROWSER + " and " + DRIVER
                + " (apt-get install -y chromium chromium-driver)";
    }

    /** A new browser with a fresh profile in {@code profile}; the caller quits it. */
    static WebDriver start(Path profile) {
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Runs {@code script} in the page and returns its value. */
    static Object script(WebDriver driver, String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Waits until the graph view has drawn its graph, or reported an error.
     *
     * @throws AssertionError naming the page's error when it reported one
     */
    static void awaitGraph(WebDriver driver, Duration timeout) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(20)).until(d -> Boolean.TRUE.equals(script(d,
                "return !!window.diplograph && (window.diplograph.ready || window.diplograph.error !== null);")));
        Object error = script(driver, "return window.diplograph.error;");
        if (error != null) {
            throw new AssertionError("the graph view reported: " + error);
        }
    }

    /**
     * Clicks the graph node {@code id} with the mouse, where Cytoscape.js drew it, as a user would.
     */
    static void clickNode(WebDriver driver, String id) {
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) script(driver,
                "const node = window.diplograph.cy.getElementById(arguments[0]);"
                        + "if (node.empty()) { return null; }"
                        + "const p = node.renderedPosition();"
                        + "const c = window.diplograph.cy.container();"
                        + "return {x: p.x - c.clientWidth / 2, y: p.y - c.clientHeight / 2};", id);
        if (at == null) {
            throw new AssertionError("the graph has no node " + id);
        }
        WebElement graph = driver.findElement(By.id("graph"));
        new Actions(driver)
                .moveToElement(graph, (int) Math.round(number(at.get("x"))), (int) Math.round(number(at.get("y"))))
                .click()
                .perform();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
