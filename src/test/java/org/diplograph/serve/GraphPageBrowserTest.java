package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.store.Fixtures;
import org.diplograph.store.Store;
import org.diplograph.validate.ArticleValidator;
import org.diplograph.validate.ValidationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The graph view in headless Chromium, served by a real {@link Server} over a TDB2 store holding
 * graph-view.trig: the graph's nodes, a click on a statement showing its evidence, the filters,
 * and the actor search (the link to the query editor is QueryEditorBrowserTest's). Leaves a
 * screenshot in target/browser/.
 */
class GraphPageBrowserTest {

    static final String FIXTURE = "/org/diplograph/serve/graph-view.trig";
    static final Path SCREENSHOT = Path.of("target", "browser", "graph-view.png");

    private static final String ID = "https://w3id.org/diplograph/id/";
    private static final String PROPOSAL = ID + "statement/7c1d4e9a20b35f68-5d0a71c3";
    private static final String PROPOSAL_EVIDENCE = "Iceland's foreign minister Hanna Solberg proposed on Monday "
            + "that Denmark pull its patrol boats out of the Faroe channel, with Norway and Canada guaranteeing the "
            + "fishing accord that would follow.";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final BrowsedServer SESSION = new BrowsedServer(GraphPageBrowserTest::loadFixture);

    private static void loadFixture(Store store) {
        DatasetGraph fixture = Fixtures.read(FIXTURE);
        ArticleValidator validator = ArticleValidator.create();
        for (var it = fixture.listGraphNodes(); it.hasNext(); ) {
            Node graphName = it.next();
            ValidationReport report = validator.validate(fixture.getGraph(graphName));
            assertTrue(report.conforms(), FIXTURE + " breaks the shapes: " + report.violations());
            store.replaceArticle(graphName, fixture.getGraph(graphName));
        }
    }

    @BeforeEach
    void openTheHomePage() {
        SESSION.browser().get(SESSION.server().url());
        Chromium.awaitGraph(SESSION.browser(), WAIT);
    }

    private static Set<String> labels(String role) {
        List<?> labels = (List<?>) Chromium.script(SESSION.browser(), "return window.diplograph.cy.nodes()"
                + ".filter(n => n.data('role') === arguments[0]).map(n => n.data('label'));", role);
        Set<String> sorted = new TreeSet<>();
        labels.forEach(label -> sorted.add((String) label));
        return sorted;
    }

    private static String[] kinds(String selector) {
        List<?> kinds = (List<?>) Chromium.script(SESSION.browser(), "return window.diplograph.cy.nodes(arguments[0])"
                + ".filter(n => n.data('role') === 'statement').map(n => n.data('kind')).sort();", selector);
        return kinds.stream().map(String.class::cast).toArray(String[]::new);
    }

    private static WebElement details() {
        return SESSION.browser().findElement(By.id("details"));
    }

    private static void awaitDetails(String text) {
        try {
            new WebDriverWait(SESSION.browser(), WAIT).until(d -> details().getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the details panel never showed \"" + text + "\"; it shows:\n"
                    + details().getText(), e);
        }
    }

    @Test
    void theHomePageDrawsEveryActorAndStatementOfTheStore() {
        assertEquals(new TreeSet<>(List.of("Canada", "Denmark", "Faroese fishermen", "Hanna Solberg", "Iceland",
                "Marc Tremblay", "Nordic Fisheries Council", "Norway")), labels("actor"));
        assertArrayEquals(new String[] {"Demand", "Offer", "Proposal", "Rejection"}, kinds("node"));
        List<?> outside = (List<?>) Chromium.script(SESSION.browser(), "const cy = window.diplograph.cy;"
                + "const c = cy.container();"
                + "return cy.nodes().filter(n => { const p = n.renderedPosition();"
                + "  return !n.visible() || p.x < 0 || p.y < 0 || p.x > c.clientWidth || p.y > c.clientHeight; })"
                + ".map(n => n.data('label'));");
        assertEquals(List.of(), outside, "nodes hidden or drawn outside the view");
        List<?> types = (List<?>) Chromium.script(SESSION.browser(), "return window.diplograph.cy.nodes()"
                + ".filter(n => n.data('role') === 'actor').map(n => n.data('label') + ':' + n.data('type')).sort();");
        assertEquals(List.of("Canada:State", "Denmark:State", "Faroese fishermen:Population", "Hanna Solberg:Person",
                "Iceland:State", "Marc Tremblay:Person", "Nordic Fisheries Council:Organization", "Norway:State"), types);
        Object distinctColours = Chromium.script(SESSION.browser(), "return new Set(window.diplograph.cy.nodes()"
                + ".filter(n => n.data('role') === 'actor').map(n => n.style('background-color'))).size;");
        assertEquals(4L, distinctColours, "nodes of four types (three of actors, one of a population) should get four colours");
    }

    @Test
    void clickingAStatementShowsItsEvidenceConditionsGuaranteesAndSource() throws Exception {
        Chromium.clickNode(SESSION.browser(), PROPOSAL);
        awaitDetails(PROPOSAL_EVIDENCE);
        String text = details().getText();
        List<String> missing = new ArrayList<>();
        for (String expected : List.of("Proposal", "By Hanna Solberg", "Concerning Denmark", "Troop withdrawal",
                "pull its patrol boats out of the Faroe channel", "guarantors: Canada, Norway", "for: Iceland",
                "for: Faroese fishermen",
                "examples/faroe-channel.txt")) {
            if (!text.contains(expected)) {
                missing.add(expected);
            }
        }
        assertEquals(List.of(), missing, "missing from the details panel:\n" + text);
        WebElement source = details().findElement(By.cssSelector(".source a"));
        assertEquals("https://news.example.org/2025/09/02/faroe-channel-patrols", source.getAttribute("href"));
        assertEquals("Iceland proposes Danish pull-back from the Faroe channel", source.getText());
        assertEquals(List.of(PROPOSAL), Chromium.script(SESSION.browser(),
                "return window.diplograph.cy.nodes(':selected').map(n => n.id());"));

        Files.createDirectories(SCREENSHOT.getParent());
        byte[] png = ((TakesScreenshot) SESSION.browser()).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOT, png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), "the screenshot is no PNG");
    }

    @Test
    void theFiltersHideStatementsOfOtherKindsConditionTypesAndDates() {
        new Select(SESSION.browser().findElement(By.id("condition-type"))).selectByVisibleText("Ceasefire");
        eventually(() -> assertArrayEquals(new String[] {"Demand"}, kinds(":visible")));
        eventually(() -> assertEquals(Set.of("Nordic Fisheries Council"), visibleActors()));

        SESSION.browser().findElement(By.id("reset")).click();
        SESSION.browser().findElement(By.cssSelector("#kinds input[value=Proposal]")).click();
        SESSION.browser().findElement(By.cssSelector("#kinds input[value=Demand]")).click();
        eventually(() -> assertArrayEquals(new String[] {"Offer", "Rejection"}, kinds(":visible")));

        SESSION.browser().findElement(By.id("reset")).click();
        Chromium.script(SESSION.browser(), "const from = document.getElementById('date-from'); from.value = '2025-10-01';"
                + "from.dispatchEvent(new Event('change'));");
        eventually(() -> assertArrayEquals(new String[] {"Demand", "Offer"}, kinds(":visible")));
        eventually(() -> assertEquals(Set.of("Marc Tremblay", "Nordic Fisheries Council"), visibleActors()));
    }

    /**
     * Checks a view that the page updates from its event handlers, giving a browser slowed by a
     * loaded machine up to ten seconds to reach it; the last failure is what the test reports.
     */
    private static void eventually(Runnable check) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }

    private static Set<String> visibleActors() {
        List<?> labels = (List<?>) Chromium.script(SESSION.browser(), "return window.diplograph.cy.nodes(':visible')"
                + ".filter(n => n.data('role') === 'actor').map(n => n.data('label'));");
        Set<String> sorted = new TreeSet<>();
        labels.forEach(label -> sorted.add((String) label));
        return sorted;
    }

    @Test
    void theSearchBoxFindsAnActorAndListsWhatItSaid() {
        WebElement search = SESSION.browser().findElement(By.id("search"));
        search.sendKeys("denmark\n");
        awaitDetails("Rejection by Denmark (2025-09-02)");
        String text = details().getText();
        assertTrue(text.startsWith("Denmark"), "the details panel shows another actor:\n" + text);
        assertTrue(text.contains("STATEMENTS MADE (1)"), text);
        assertTrue(text.contains("STATEMENTS CONCERNING IT (1)\nProposal by Hanna Solberg (2025-09-01)"), text);
        assertEquals(List.of(ID + "actor/Q35"), Chromium.script(SESSION.browser(),
                "return window.diplograph.cy.nodes(':selected').map(n => n.id());"));
    }

    @Test
    void aSideTheModelChoseIsShownAsAGuessWithItsProbability() {
        WebElement search = SESSION.browser().findElement(By.id("search"));
        search.sendKeys("tremblay\n");
        awaitDetails("Represents Canada");
        String guessed = details().getText();
        assertTrue(guessed.contains("Represents Canada (guessed, probability 0.64)"),
                "the chosen side is not shown as a guess:\n" + guessed);

        search.clear();
        search.sendKeys("solberg\n");
        awaitDetails("Represents Iceland");
        String stated = details().getText();
        assertFalse(stated.contains("guessed"), "a side the article states is shown as a guess:\n" + stated);
    }
}
