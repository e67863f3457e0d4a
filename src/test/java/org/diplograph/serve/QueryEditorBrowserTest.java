package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.diplograph.store.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

    @RegisterExtension
    static final BrowsedServer SESSION = new BrowsedServer(Fixtures::load);

    @BeforeEach
    void openTheEditorFromTheGraphView() {
        SESSION.browser().get(SESSION.server().url());
        WebElement link = new WebDriverWait(SESSION.browser(), WAIT).until(d -> d.findElement(By.id("sparql-link")));
        assertEquals("SPARQL query", link.getText());
        link.click();
        new WebDriverWait(SESSION.browser(), WAIT).until(d -> "diplograph: SPARQL query".equals(d.getTitle()));
        assertEquals(SESSION.server().queryUiUrl(), SESSION.browser().getCurrentUrl());
        await("the editor", d -> !d.findElements(By.cssSelector(".yasqe .CodeMirror")).isEmpty());
    }

    private static void await(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(SESSION.browser(), WAIT).until(condition::apply);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " never showed; the page reads:\n"
                    + SESSION.browser().findElement(By.tagName("body")).getText(), e);
        }
    }

    @Test
    void theServerStatusIsGreenAndTheEndpointNamed() {
        WebElement status = SESSION.browser().findElement(By.id("status"));
        await("the status online", d -> status.getAttribute("class").contains("online"));
        assertTrue(status.getText().startsWith("server online"), status.getText());
        assertEquals("rgb(46, 139, 87)", Chromium.script(SESSION.browser(),
                "return getComputedStyle(document.getElementById('status'), '::before').backgroundColor;"));
        assertEquals(SESSION.server().sparqlUrl(), SESSION.browser().findElement(By.id("endpoint")).getText());
    }

    @Test
    void aTypedQueryRunsAndItsRowsAreShown() {
        WebElement editor = SESSION.browser().findElement(By.cssSelector(".yasqe .CodeMirror"));
        editor.click();
        Keys selectAll = System.getProperty("os.name").startsWith("Mac") ? Keys.COMMAND : Keys.CONTROL;
        new Actions(SESSION.browser()).keyDown(selectAll).sendKeys("a").keyUp(selectAll).sendKeys(Keys.DELETE).perform();
        new Actions(SESSION.browser()).sendKeys(STATES).perform();
        assertEquals(STATES, Chromium.script(SESSION.browser(), "return window.diplographQuery.yasgui.getTab().getYasqe().getValue();"),
                "the editor holds another query than the one typed");

        SESSION.browser().findElement(By.cssSelector(".yasqe_queryButton")).click();
        await("the result rows", d -> !d.findElements(By.cssSelector(".yasr table.dataTable tbody tr td")).isEmpty());
        List<String> rows = SESSION.browser().findElements(By.cssSelector(".yasr table.dataTable tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .filter(cell -> !cell.isBlank() && !cell.matches("\\d+"))
                        .collect(Collectors.joining(" | ")))
                .toList();
        assertEquals(List.of("France", "Iceland", "Norway", "Russia", "Turkey", "Ukraine"), rows);
    }
}
