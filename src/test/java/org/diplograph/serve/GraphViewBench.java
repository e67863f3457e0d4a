package org.diplograph.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.DIP;
import org.diplograph.store.Store;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures the graph view on a synthetic store in headless Chromium: the time from opening the
 * page to its first drawing of the graph, and the time from a mouse click on a statement to its
 * details on screen. A program, not a test: timings depend on the machine, so it reports them
 * and asserts nothing about them. It leaves a screenshot of the whole graph in
 * target/browser/graph-view-bench.png. Run it with {@code bench/graph-view.sh [ACTORS [STATEMENTS
 * [REPEATS]]]} (defaults 5000 actors, 2500 statements, 3 page loads).
 */
public final class GraphViewBench {

    private static final String KIND_NAMES = "Proposal Demand Offer Rejection Acceptance";
    private static final List<String> ACTOR_TYPES = List.of("State", "Person", "Organization", "ArmedGroup", "ActorGroup");
    private static final List<String> CONDITION_TYPES = List.of("Ceasefire", "Neutrality", "TroopWithdrawal",
            "SanctionsRelief", "PrisonerExchange", "Elections");
    private static final int STATEMENTS_PER_ARTICLE = 50;
    private static final int CLICKS = 10;
    private static final Duration WAIT = Duration.ofMinutes(3);

    private GraphViewBench() {
    }

    /** Entry point: {@code [ACTORS [STATEMENTS [REPEATS]]]}. */
    public static void main(String[] args) throws Exception {
        int actors = argument(args, 0, "ACTORS", 5000);
        int statements = argument(args, 1, "STATEMENTS", 2500);
        int repeats = argument(args, 2, "REPEATS", 3);
        if (!Chromium.installed()) {
            throw new IllegalStateException(Chromium.missing());
        }
        PrintStream out = System.out;
        Path dir = Files.createTempDirectory("graph-view-bench");
        try (Store store = Store.connect(dir.resolve("store"))) {
            load(store, actors, statements);
            Server server = Server.create().store(store).port(ServerTest.freePort()).build().start();
            WebDriver browser = Chromium.start(dir.resolve("profile"));
            try {
                out.printf(Locale.ROOT, "graph view: %d actors, %d statements (%d nodes), Chromium headless, %d cores%n",
                        actors, statements, actors + statements, Runtime.getRuntime().availableProcessors());
                List<Double> opened = new ArrayList<>();
                List<Double> drawn = new ArrayList<>();
                List<Double> fetched = new ArrayList<>();
                List<Double> laidOut = new ArrayList<>();
                List<Double> controls = new ArrayList<>();
                List<Double> started = new ArrayList<>();
                List<Double> drawing = new ArrayList<>();
                for (int i = 0; i < repeats; i++) {
                    long start = System.nanoTime();
                    browser.get(server.url());
                    Chromium.awaitGraph(browser, WAIT);
                    opened.add((System.nanoTime() - start) / 1e6);
                    drawn.add(number(Chromium.script(browser, "return window.diplograph.timings.firstRender;")));
                    fetched.add(number(Chromium.script(browser, "return window.diplograph.timings.loaded;")));
                    laidOut.add(number(Chromium.script(browser, "return window.diplograph.timings.layout;")));
                    controls.add(number(Chromium.script(browser, "return window.diplograph.timings.controls;")));
                    started.add(number(Chromium.script(browser, "return window.diplograph.timings.started;")));
                    drawing.add(number(Chromium.script(browser, "return window.diplograph.timings.drawing;")));
                }
                out.printf(Locale.ROOT, "page open to graph drawn (wall, WebDriver): %s%n", summary(opened));
                out.printf(Locale.ROOT, "navigation to first render (in page):       %s%n", summary(drawn));
                out.printf(Locale.ROOT, "  of which page and scripts loaded:         %s%n", summary(started));
                out.printf(Locale.ROOT, "  of which SPARQL fetch and parse:          %s%n", summary(fetched));
                out.printf(Locale.ROOT, "  of which Cytoscape.js set-up and layout:  %s%n", summary(laidOut));
                out.printf(Locale.ROOT, "  of which filters, search list:            %s%n", summary(controls));
                out.printf(Locale.ROOT, "  of which drawing the first frame:         %s%n", summary(drawing));
                Path screenshot = Path.of("target", "browser", "graph-view-bench.png");
                Files.createDirectories(screenshot.getParent());
                Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                out.printf(Locale.ROOT, "screenshot of the whole graph: %s%n", screenshot);
                clicks(browser, out);
            } finally {
                browser.quit();
                server.stop();
            }
        } finally {
            delete(dir);
        }
    }

    private static void clicks(WebDriver browser, PrintStream out) {
        @SuppressWarnings("unchecked")
        // Statements spread over the whole graph, each with no other node within 20 units, so
        // that the click lands on the statement and not on a neighbour drawn over it.
        List<String> ids = (List<String>) Chromium.script(browser, "const cy = window.diplograph.cy;"
                + "const all = cy.nodes().map(n => [n.id(), n.position().x, n.position().y]);"
                + "const alone = n => { const p = n.position();"
                + "  return all.every(([id, x, y]) => id === n.id() || Math.hypot(x - p.x, y - p.y) > 20); };"
                + "const s = cy.nodes().filter(n => n.data('role') === 'statement' && alone(n));"
                + "const step = Math.max(1, Math.floor(s.length / arguments[0]));"
                + "return s.filter((n, i) => i % step === 0).slice(0, arguments[0]).map(n => n.id());",
                CLICKS);
        if (ids.isEmpty()) {
            throw new IllegalStateException("no statement stands apart enough to be clicked");
        }
        List<Double> wall = new ArrayList<>();
        List<Double> page = new ArrayList<>();
        for (String id : ids) {
            // The whole graph fits the view at first, a few pixels a node: zoom in on the node so
            // that the mouse can hit it, as a user would, before the timed click.
            Chromium.script(browser, "const cy = window.diplograph.cy; const n = cy.getElementById(arguments[0]);"
                    + "cy.zoom(6); cy.center(n); window.diplograph.timings.lastDetails = null;", id);
            long start = System.nanoTime();
            Chromium.clickNode(browser, id);
            new WebDriverWait(browser, WAIT, Duration.ofMillis(5)).until(d ->
                    Chromium.script(d, "return window.diplograph.timings.lastDetails;") != null);
            wall.add((System.nanoTime() - start) / 1e6);
            page.add(number(Chromium.script(browser, "return window.diplograph.timings.lastDetails;")));
            Object shown = Chromium.script(browser, "return window.diplograph.cy.nodes(':selected').map(n => n.id());");
            if (!List.of(id).equals(shown)) {
                throw new IllegalStateException("the click on " + id + " selected " + shown);
            }
        }
        out.printf(Locale.ROOT, "click on a statement to details (wall):     %s%n", summary(wall));
        out.printf(Locale.ROOT, "tap event to details rendered (in page):    %s%n", summary(page));
        Object filter = Chromium.script(browser, "const box = document.querySelector('#kinds input[value=Proposal]');"
                + "const start = performance.now(); box.click(); const took = performance.now() - start;"
                + "box.click(); return took;");
        out.printf(Locale.ROOT, "one filter change (in page, no redraw):     %.0f ms%n", number(filter));
    }

    /** A synthetic store: {@code actors} actors, and statements between them in articles of 50. */
    static void load(Store store, int actors, int statements) {
        Random random = new Random(20_250_901L);
        String[] kinds = KIND_NAMES.split(" ");
        int articles = Math.max(1, (statements + STATEMENTS_PER_ARTICLE - 1) / STATEMENTS_PER_ARTICLE);
        List<Graph> graphs = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            Graph graph = GraphFactory.createDefaultGraph();
            Node article = iri(DIP.ID + "article/bench" + a);
            add(graph, article, RDF.type.asNode(), iri("https://schema.org/NewsArticle"));
            add(graph, article, iri("https://schema.org/url"), iri("https://news.example.org/bench/" + a));
            add(graph, article, iri("https://schema.org/headline"), text("Synthetic article " + a));
            add(graph, article, dip("sourceFile"), text("bench/article-" + a + ".txt"));
            graphs.add(graph);
        }
        for (int i = 0; i < actors; i++) {
            Graph graph = graphs.get(i % articles);
            Node actor = actor(i);
            add(graph, actor, RDF.type.asNode(), dip("Actor"));
            add(graph, actor, RDF.type.asNode(), dip(ACTOR_TYPES.get(i % ACTOR_TYPES.size())));
            add(graph, actor, RDFS.label.asNode(), text(String.format(Locale.ROOT, "Actor %05d", i)));
        }
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < statements; i++) {
            int a = i / STATEMENTS_PER_ARTICLE;
            Graph graph = graphs.get(a);
            Node statement = iri(DIP.ID + "statement/bench-" + i);
            Node evidence = iri(DIP.ID + "evidence/bench-" + i);
            add(graph, statement, RDF.type.asNode(), dip("Statement"));
            add(graph, statement, RDF.type.asNode(), dip(kinds[i % kinds.length]));
            add(graph, statement, dip("agent"), actor(random.nextInt(actors)));
            add(graph, statement, dip("concerns"), actor(random.nextInt(actors)));
            add(graph, statement, dip("statedOn"), NodeFactory.createLiteralDT(
                    first.plusDays(random.nextInt(730)).toString(), XSDDatatype.XSDdate));
            add(graph, statement, dip("evidence"), evidence);
            add(graph, evidence, dip("text"), text("Synthetic evidence sentence number " + i + "."));
            add(graph, evidence, dip("inArticle"), iri(DIP.ID + "article/bench" + a));
            if (i % 3 == 0) {
                Node condition = iri(DIP.ID + "condition/bench-" + i);
                add(graph, statement, dip("hasCondition"), condition);
                add(graph, condition, dip("conditionType"), dip(CONDITION_TYPES.get(i % CONDITION_TYPES.size())));
                add(graph, condition, dip("obligedParty"), actor(random.nextInt(actors)));
                add(graph, condition, dip("evidence"), evidence);
            }
            if (i % 10 == 0) {
                Node guarantee = iri(DIP.ID + "guarantee/bench-" + i);
                add(graph, statement, dip("hasGuarantee"), guarantee);
                add(graph, guarantee, dip("guarantor"), actor(random.nextInt(actors)));
                add(graph, guarantee, dip("beneficiary"), actor(random.nextInt(actors)));
                add(graph, guarantee, dip("evidence"), evidence);
            }
        }
        for (int a = 0; a < articles; a++) {
            store.replaceArticle(iri(DIP.ID + "graph/bench" + a), graphs.get(a));
        }
    }

    private static Node actor(int i) {
        return iri(DIP.ID + "actor/bench-" + i);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node dip(String localName) {
        return iri(DIP.NAMESPACE + localName);
    }

    private static Node text(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static void add(Graph graph, Node s, Node p, Node o) {
        graph.add(s, p, o);
    }

    /** The positive whole number at {@code args[index]}, or {@code fallback} when there is none. */
    static int argument(String[] args, int index, String name, int fallback) {
        if (args.length <= index) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(args[index]);
            if (value < 1) {
                throw new IllegalArgumentException(String.format("%s must be at least 1, but was: %s", name, value));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(String.format("%s must be a whole number, but was: %s", name, args[index]), e);
        }
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String summary(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(Comparator.naturalOrder());
        return String.format(Locale.ROOT, "median %.0f ms, min %.0f ms, max %.0f ms (n=%d)",
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
