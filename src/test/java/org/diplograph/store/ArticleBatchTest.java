package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleBatchTest {

    private static final Node EXAMPLE = NodeFactory.createURI(Fixtures.EXAMPLE_GRAPH);
    private static final Node MOSCOW = NodeFactory.createURI(Fixtures.MOSCOW_GRAPH);
    private static final Node ANKARA = NodeFactory.createURI(Fixtures.ANKARA_GRAPH);

    @TempDir
    Path dir;

    private static Graph graph(int article, Node name) {
        return Fixtures.read(Fixtures.ARTICLES.get(article)).getGraph(name);
    }

    private static Set<String> graphNames(Store store) {
        return store.calculate(ds -> {
            Set<String> names = new TreeSet<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(node -> names.add(node.getURI()));
            return names;
        });
    }

    @Test
    void graphsWaitForTheCommitAndWhatFollowsThemRunsInOrderAfterIt() {
        List<String> events = new ArrayList<>();
        try (Store store = Store.connect(dir)) {
            ArticleBatch batch = ArticleBatch.of(store, 16);
            batch.load(EXAMPLE, graph(0, EXAMPLE), () -> events.add("example loaded"), e -> events.add("example failed"));
            batch.then(() -> events.add("a rejection between them"));
            batch.load(MOSCOW, graph(1, MOSCOW), () -> events.add("moscow loaded"), e -> events.add("moscow failed"));

            assertEquals(List.of(), events, "nothing may be told loaded before its commit");
            assertEquals(Set.of(), graphNames(store), "a batch below its size must not have committed yet");

            batch.close();
            assertEquals(List.of("example loaded", "a rejection between them", "moscow loaded"), events);
            assertEquals(new TreeSet<>(List.of(Fixtures.EXAMPLE_GRAPH, Fixtures.MOSCOW_GRAPH)), graphNames(store));
        }
    }

    @Test
    void aBatchCommitsWhenItHoldsItsSize() {
        List<String> events = new ArrayList<>();
        try (Store store = Store.connect(dir)) {
            ArticleBatch batch = ArticleBatch.of(store, 2);
            batch.load(EXAMPLE, graph(0, EXAMPLE), () -> events.add("example"), e -> events.add("failed"));
            batch.load(MOSCOW, graph(1, MOSCOW), () -> events.add("moscow"), e -> events.add("failed"));
            batch.then(() -> events.add("after both"));

            assertEquals(List.of("example", "moscow", "after both"), events,
                    "an action with nothing waiting runs at once, after the commit of the full batch");
            assertEquals(new TreeSet<>(List.of(Fixtures.EXAMPLE_GRAPH, Fixtures.MOSCOW_GRAPH)), graphNames(store));
        }
    }

    @Test
    void aBatchCommitsSoonerWhenItsGraphsHoldManyTriples() {
        Graph example = graph(0, EXAMPLE);
        Graph moscow = graph(1, MOSCOW);
        List<String> events = new ArrayList<>();
        try (Store store = Store.connect(dir)) {
            ArticleBatch batch = ArticleBatch.of(store, 16, example.size() + moscow.size());
            batch.load(EXAMPLE, example, () -> events.add("example"), e -> events.add("failed"));
            assertEquals(List.of(), events, "one graph below the triple limit waits");
            batch.load(MOSCOW, moscow, () -> events.add("moscow"), e -> events.add("failed"));
            assertEquals(List.of("example", "moscow"), events, "two graphs reaching the triple limit are committed");
            assertEquals(new TreeSet<>(List.of(Fixtures.EXAMPLE_GRAPH, Fixtures.MOSCOW_GRAPH)), graphNames(store));
        }
    }

    @Test
    void aGraphThatCannotBeLoadedCostsOnlyItselfAndKeepsWhatWasThere() {
        Graph example = graph(0, EXAMPLE);
        List<String> events = new ArrayList<>();
        try (Store store = Store.connect(dir)) {
            store.replaceArticle(EXAMPLE, example);
            ArticleBatch batch = ArticleBatch.of(store, 16);
            batch.load(MOSCOW, graph(1, MOSCOW), () -> events.add("moscow loaded"), e -> events.add("moscow failed"));
            batch.load(EXAMPLE, new FailingGraph(graph(1, MOSCOW), 10), () -> events.add("example loaded"),
                    e -> events.add("example failed: " + e.getMessage()));
            batch.load(ANKARA, graph(2, ANKARA), () -> events.add("ankara loaded"), e -> events.add("ankara failed"));
            batch.close();

            assertEquals(3, events.size(), "one outcome for each graph: " + events);
            assertEquals("moscow loaded", events.get(0));
            assertTrue(events.get(1).startsWith("example failed: ") && events.get(1).contains(Fixtures.EXAMPLE_GRAPH)
                    && events.get(1).contains("disk gave up"), "the failure should name the graph and the cause: " + events.get(1));
            assertEquals("ankara loaded", events.get(2));
            assertTrue(example.isIsomorphicWith(Fixtures.storedGraph(store, EXAMPLE)), "the graph that failed must keep its previous triples");
            assertEquals(new TreeSet<>(List.of(Fixtures.EXAMPLE_GRAPH, Fixtures.MOSCOW_GRAPH, Fixtures.ANKARA_GRAPH)),
                    graphNames(store));
        }
    }

    @Test
    void theSameArticleTwiceInABatchEndsAsItsLastGraph() {
        Graph full = graph(0, EXAMPLE);
        Graph smaller = GraphFactory.createDefaultGraph();
        full.find().toList().subList(0, 5).forEach(smaller::add);
        List<String> events = new ArrayList<>();
        try (Store store = Store.connect(dir)) {
            try (ArticleBatch batch = ArticleBatch.of(store, 16)) {
                batch.load(EXAMPLE, full, () -> events.add("full"), e -> events.add("failed"));
                batch.load(EXAMPLE, smaller, () -> events.add("smaller"), e -> events.add("failed"));
            }
            assertEquals(List.of("full", "smaller"), events);
            assertTrue(smaller.isIsomorphicWith(Fixtures.storedGraph(store, EXAMPLE)),
                    "the later graph of an article must replace the earlier, but the store holds: " + Fixtures.storedGraph(store, EXAMPLE));
        }
    }

    @Test
    void replaceArticlesReportsFailuresByGraphName() {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(EXAMPLE, graph(0, EXAMPLE));
        graphs.put(MOSCOW, new FailingGraph(graph(1, MOSCOW), 3));
        try (Store store = Store.connect(dir)) {
            Map<Node, StoreException> failures = store.replaceArticles(graphs);
            assertEquals(Set.of(MOSCOW), failures.keySet());
            assertEquals(Set.of(Fixtures.EXAMPLE_GRAPH), graphNames(store));
        }
    }

    @Test
    void aBatchSizeBelowOneIsRefused() {
        try (Store store = Store.connect(dir)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleBatch.of(store, 0));
            assertEquals("articles per transaction must be at least 1, but was: 0", e.getMessage());
        }
    }
}
