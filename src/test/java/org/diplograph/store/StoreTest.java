package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    private static final Node EXAMPLE = NodeFactory.createURI(Fixtures.EXAMPLE_GRAPH);
    private static final Node MOSCOW = NodeFactory.createURI(Fixtures.MOSCOW_GRAPH);

    @TempDir
    Path dir;

    private static Graph fixtureGraph(String resource, Node name) {
        return Fixtures.read(resource).getGraph(name);
    }

    private static DatasetGraph snapshot(Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, Lang.NQUADS);
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS).parse(copy);
        return copy;
    }

    @Test
    void replacingAnArticleTwiceGivesTheSameStore() {
        Graph article = fixtureGraph(Fixtures.ARTICLES.get(0), EXAMPLE);
        try (Store store = Store.connect(dir)) {
            store.replaceArticle(EXAMPLE, article);
            DatasetGraph once = snapshot(store);
            Store.Stats statsOnce = store.stats();
            store.replaceArticle(EXAMPLE, article);
            DatasetGraph twice = snapshot(store);

            assertTrue(IsoMatcher.isomorphic(once, twice), "the store changed when the same article was loaded again");
            assertEquals(statsOnce, store.stats());
            assertEquals(new Store.Stats(1, article.size()), statsOnce);
            assertTrue(article.isIsomorphicWith(Fixtures.storedGraph(store, EXAMPLE)),
                    "the stored graph is not the graph that was loaded");
        }
    }

    @Test
    void replacingDropsTriplesTheNewGraphNoLongerHas() {
        Graph article = fixtureGraph(Fixtures.ARTICLES.get(0), EXAMPLE);
        Graph smaller = GraphFactory.createDefaultGraph();
        article.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), Node.ANY)
                .forEachRemaining(smaller::add);
        try (Store store = Store.connect(dir)) {
            store.replaceArticle(EXAMPLE, article);
            store.replaceArticle(EXAMPLE, smaller);
            assertTrue(smaller.isIsomorphicWith(Fixtures.storedGraph(store, EXAMPLE)),
                    "after a replace the graph should hold the new triples only, but held: "
                            + Fixtures.storedGraph(store, EXAMPLE));
        }
    }

    @Test
    void aLoadThatFailsHalfwayLeavesThePreviousGraphIntact() {
        Graph article = fixtureGraph(Fixtures.ARTICLES.get(0), EXAMPLE);
        Graph other = fixtureGraph(Fixtures.ARTICLES.get(1), MOSCOW);
        try (Store store = Store.connect(dir)) {
            store.replaceArticle(EXAMPLE, article);
            DatasetGraph before = snapshot(store);

            Graph failing = new FailingGraph(other, 10);
            StoreException e = assertThrows(StoreException.class, () -> store.replaceArticle(EXAMPLE, failing));
            assertTrue(e.getMessage().contains(Fixtures.EXAMPLE_GRAPH), "message should name the graph: " + e.getMessage());
            assertTrue(e.getMessage().contains("disk gave up"), "message should give the cause: " + e.getMessage());

            assertTrue(IsoMatcher.isomorphic(before, snapshot(store)),
                    "a failed load changed the store; now it holds: " + store.stats());
            assertTrue(article.isIsomorphicWith(Fixtures.storedGraph(store, EXAMPLE)), "the previous graph was not kept");
        }
    }

    @Test
    void twoArticleGraphsCoexist() {
        Graph example = fixtureGraph(Fixtures.ARTICLES.get(0), EXAMPLE);
        Graph moscow = fixtureGraph(Fixtures.ARTICLES.get(1), MOSCOW);
        try (Store store = Store.connect(dir)) {
            store.replaceArticle(EXAMPLE, example);
            store.replaceArticle(MOSCOW, moscow);
            assertEquals(new Store.Stats(2, example.size() + moscow.size()), store.stats());
            assertTrue(example.isIsomorphicWith(Fixtures.storedGraph(store, EXAMPLE)), "the first article's graph changed");
            assertTrue(moscow.isIsomorphicWith(Fixtures.storedGraph(store, MOSCOW)), "the second article's graph changed");
        }
    }

    @Test
    void queriesSeeTheUnionOfTheNamedGraphsAsDefaultGraph() {
        try (Store store = Store.connect(dir)) {
            Fixtures.load(store);
            Set<String> states = store.calculate(ds -> {
                Set<String> labels = new TreeSet<>();
                String query = "PREFIX dip: <https://w3id.org/diplograph/ns#> "
                        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        + "SELECT ?label { ?state a dip:State ; rdfs:label ?label }";
                try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                    qe.execSelect().forEachRemaining(row -> labels.add(row.getLiteral("label").getLexicalForm()));
                }
                return labels;
            });
            assertEquals(new TreeSet<>(List.of("France", "Iceland", "Norway", "Russia", "Turkey", "Ukraine")), states);
        }
    }

    @Test
    void readsHideTheTransaction() {
        try (Store store = Store.connect(dir)) {
            Fixtures.load(store);
            List<String> graphs = new ArrayList<>();
            store.consume(ds -> ds.listNames().forEachRemaining(graphs::add));
            assertEquals(new TreeSet<>(List.of(Fixtures.EXAMPLE_GRAPH, Fixtures.MOSCOW_GRAPH, Fixtures.ANKARA_GRAPH)),
                    new TreeSet<>(graphs));
            assertFalse(store.datasetGraph().isInTransaction(), "a read left its transaction open");
        }
    }

    @Test
    void reopeningFindsWhatWasLoaded() {
        Store.Stats loaded;
        try (Store store = Store.connect(dir)) {
            Fixtures.load(store);
            loaded = store.stats();
        }
        try (Store store = Store.connect(dir)) {
            assertEquals(loaded, store.stats());
            assertEquals(3, loaded.graphs());
        }
    }

    @Test
    void storesOnOneFolderShareTheDatabaseUntilTheLastIsClosed() {
        try (Store first = Store.connect(dir)) {
            Fixtures.load(first);
            try (Store second = Store.connect(dir)) {
                assertEquals(first.stats(), second.stats());
            }
            assertEquals(3, first.stats().graphs(), "closing the second store closed the first one's database");
        }
    }

    @Test
    void aStoreHeldByAnotherProcessIsRefusedWithAClearMessage() throws Exception {
        Path ready = dir.resolve("ready");
        Path location = dir.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldStore.class.getName(), location.toString(), ready.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("holder.log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(ready) && holder.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(ready), "the second process did not open the store: "
                    + Files.readString(dir.resolve("holder.log")));

            StoreException e = assertThrows(StoreException.class, () -> Store.connect(location).close());
            assertEquals("store at " + location + "/ is in use by another process", e.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroy();
            }
        }
        try (Store store = Store.connect(location)) {
            assertEquals(0, store.stats().graphs(), "once the other process is gone the store opens");
        }
    }

    @Test
    void argumentsAreChecked() {
        try (Store store = Store.connect(dir)) {
            IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                    () -> store.replaceArticle(NodeFactory.createBlankNode(), GraphFactory.createDefaultGraph()));
            assertTrue(blank.getMessage().startsWith("graphName must be the IRI of an article's named graph, but was:"),
                    blank.getMessage());
            IllegalArgumentException lang = assertThrows(IllegalArgumentException.class,
                    () -> store.export(new ByteArrayOutputStream(), Lang.RDFXML));
            assertEquals("export format must be one of [TriG, N-Quads, Turtle, JSON-LD], but was: RDF/XML",
                    lang.getMessage());
        }
        Path file = dir.resolve("not-a-folder");
        assertThrows(StoreException.class, () -> {
            Files.writeString(file, "x");
            Store.connect(file).close();
        });
    }

    @Test
    void aClosedStoreSaysSo() {
        Store store = Store.connect(dir);
        store.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, store::stats);
        assertEquals("the store at " + dir + " is closed", e.getMessage());
    }
}
