package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.diplograph.store.Fixtures;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query editor in headless Chromium, as a user reaches and uses it: from the graph view's
 * "SPARQL query" link, with the server's status shown, a query typed into the editor, Run
 * pressed, and the rows read from the result table.
 */
class QueryEditorBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String STATES = "PREFIX dip: <https://w3id.org/diplograph/ns#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?label WHERE { ?state a dip:State ; rdfs:label ?label } ORDER BY ?label";

    @TempDir
    static Path dir;

    private static Store store;
    private static Server server;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        if (!Chromium.available()) {
            return;
        }
        store = Store.connect(dir.resolve("store"));
        Fixtures.load(store);
        server = Server.create().store(store).port(ServerTest.freePort()).build().start();
        browser = Chromium.start(dir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void openTheEditorFromTheGraphView() {
        Chromium.assumeInstalled();
        browser.get(server.url());
        WebElement link = new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("sparql-link")));
        assertEquals("SPARQL query", link.getText());
        link.click();
        new WebDriverWait(browser, WAIT).until(d -> "diplograph: SPARQL query".equals(d.getTitle()));
        assertEquals(server.queryUiUrl(), browser.getCurrentUrl());
        await("the editor", d -> !d.findElements(By.cssSelector(".yasqe .CodeMirror")).isEmpty());
    }

    private static void await(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(browser, WAIT).until(condition::apply);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " never showed; the page reads:\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    @Test
    void theServerStatusIsGreenAndTheEndpointNamed() {
        WebElement status = browser.findElement(By.id("status"));
        await("the status online", d -> status.getAttribute("class").contains("online"));
        assertTrue(status.getText().startsWith("server online"), status.getText());
        assertEquals("rgb(46, 139, 87)", Chromium.script(browser,
                "return getComputedStyle(document.getElementById('status'), '::before').backgroundColor;"));
        assertEquals(server.sparqlUrl(), browser.findElement(By.id("endpoint")).getText());
    }

    @Test
    void aTypedQueryRunsAndItsRowsAreShown() {
        WebElement editor = browser.findElement(By.cssSelector(".yasqe .CodeMirror"));
        editor.click();
        Keys selectAll = System.getProperty("os.name").startsWith("Mac") ? Keys.COMMAND : Keys.CONTROL;
        new Actions(browser).keyDown(selectAll).sendKeys("a").keyUp(selectAll).sendKeys(Keys.DELETE).perform();
        new Actions(browser).sendKeys(STATES).perform();
        assertEquals(STATES, Chromium.script(browser, "return window.diplographQuery.yasgui.getTab().getYasqe().getValue();"),
                "the editor holds another query than the one typed");

        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        await("the result rows", d -> !d.findElements(By.cssSelector(".yasr table.dataTable tbody tr td")).isEmpty());
        List<String> rows = browser.findElements(By.cssSelector(".yasr table.dataTable tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .filter(cell -> !cell.isBlank() && !cell.matches("\\d+"))
                        .collect(Collectors.joining(" | ")))
                .toList();
        assertEquals(List.of("France", "Iceland", "Norway", "Russia", "Turkey", "Ukraine"), rows);
    }
}
