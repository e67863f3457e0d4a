package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.store.Fixtures;
import org.diplograph.store.Store;

/** The two-article fixture of the actor-graph tests, loaded into a TDB2 store, and its expected graph. */
final class GraphFixture {

    static final String TRIG = "/org/diplograph/graph/two-articles.trig";

    /** Each actor as "label | type | QID or - | IRI". */
    static final Set<String> NODES = Set.of(
            "Russia | State | Q159 | https://w3id.org/diplograph/id/actor/Q159",
            "Ukraine | State | Q212 | https://w3id.org/diplograph/id/actor/Q212",
            "France | State | Q142 | https://w3id.org/diplograph/id/actor/Q142",
            "Turkey | State | Q43 | https://w3id.org/diplograph/id/actor/Q43",
            "NATO | Organization | Q7184 | https://w3id.org/diplograph/id/actor/Q7184",
            "Claire Dubreuil-Lefèvre | Person | - | https://w3id.org/diplograph/id/actor/x-claire-dubreuil");

    /**
     * Each edge as "source -relation-> target xcount [details]": the two proposals make one edge of
     * two, the three conditions on Ukraine one of three; the rejection's condition and the negated
     * acceptance make none.
     */
    static final Set<String> EDGES = Set.of(
            "Russia -proposes-> Ukraine x2 [CAMEO 020, CAMEO 036]",
            "Russia -demands-> Ukraine x1 [CAMEO 100]",
            "Russia -guarantor proposed-> France x1 [for Ukraine]",
            "Russia -guarantor proposed-> Turkey x1 [for Ukraine]",
            "Russia -condition on party-> Ukraine x3 [Neutrality, NoAllianceMembership]",
            "Ukraine -rejects-> Russia x1 [CAMEO 120]",
            "Ukraine -accepts-> France x1 [CAMEO 081]",
            "Claire Dubreuil-Lefèvre -offers-> Ukraine x1 [CAMEO 030]");

    private GraphFixture() {
    }

    /** A store at {@code location} holding the fixture's articles, one named graph each, closed again. */
    static Path store(Path location) {
        DatasetGraph articles = Fixtures.read(TRIG);
        try (Store store = Store.connect(location)) {
            for (var it = articles.listGraphNodes(); it.hasNext(); ) {
                Node graphName = it.next();
                store.replaceArticle(graphName, articles.getGraph(graphName));
            }
        }
        return location;
    }

    /** The actor graph of the store at {@code location}, read from the union of its article graphs. */
    static ActorGraph read(Path location) {
        try (Store store = Store.connect(location)) {
            return store.calculate(ds -> ActorGraph.read(ds.asDatasetGraph().getUnionGraph()));
        }
    }

    static Set<String> nodes(ActorGraph graph) {
        return graph.nodes().stream()
                .map(n -> n.label() + " | " + n.type() + " | " + n.qid().orElse("-") + " | " + n.iri())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> edges(ActorGraph graph) {
        return graph.edges().stream()
                .map(e -> edge(label(graph, e.source()), e.relation().label(), label(graph, e.target()), e.count())
                        + " " + e.details())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** One edge without its details, the form the format readers compare. */
    static String edge(String source, String relation, String target, long count) {
        return source + " -" + relation + "-> " + target + " x" + count;
    }

    /** The edges of {@link #edges} without their details. */
    static Set<String> edgesWithoutDetails(ActorGraph graph) {
        return graph.edges().stream()
                .map(e -> edge(label(graph, e.source()), e.relation().label(), label(graph, e.target()), e.count()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String label(ActorGraph graph, String iri) {
        return graph.nodes().stream().filter(n -> n.iri().equals(iri)).findFirst().orElseThrow().label();
    }

    /** Fails, listing what is missing and what is unexpected, when the two sets differ. */
    static void assertSameSet(Set<String> expected, Set<String> actual, String what) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        assertEquals(Set.of(), union(missing, unexpected), what + ":\n  missing:    " + missing
                + "\n  unexpected: " + unexpected);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
