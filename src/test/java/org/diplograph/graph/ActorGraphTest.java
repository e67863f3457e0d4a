package org.diplograph.graph;

import static org.diplograph.graph.GraphFixture.assertSameSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorGraphTest {

    @TempDir
    static Path dir;

    static ActorGraph graph;

    @BeforeAll
    static void readStore() {
        graph = GraphFixture.read(GraphFixture.store(dir.resolve("data")));
    }

    @Test
    void everyActorIsANodeWithItsNarrowestTypeAndQid() {
        assertSameSet(GraphFixture.NODES, GraphFixture.nodes(graph), "actors");
    }

    @Test
    void factsOfOneRelationBetweenTwoActorsMakeOneCountedEdge() {
        assertSameSet(GraphFixture.EDGES, GraphFixture.edges(graph), "edges");
    }

    @Test
    void nodesAreSortedByIriAndNumberedInThatOrder() {
        List<String> iris = graph.nodes().stream().map(ActorNode::iri).toList();
        assertEquals(iris.stream().sorted().toList(), iris, "node order");
        assertEquals("n0", graph.nodeId(iris.get(0)));
        assertEquals("n" + (iris.size() - 1), graph.nodeId(iris.get(iris.size() - 1)));
    }

    @Test
    void readingTheStoreAgainWritesTheSameBytes() {
        ActorGraph again = GraphFixture.read(dir.resolve("data"));
        for (GraphFormat format : GraphFormat.values()) {
            assertEquals(written(graph, format), written(again, format), format + " output differs between two reads");
        }
    }

    @Test
    void aFactNamingAnActorThatWasNotAddedIsRejected() {
        ActorGraph.Builder builder = ActorGraph.create()
                .node(new ActorNode("urn:a", "A", "State", Optional.empty()))
                .fact("urn:a", "urn:b", Relation.DEMANDS, "urn:statement", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertEquals("facts name actors that were not added: [urn:b]", e.getMessage());
    }

    @Test
    void oneIriAddedAsTwoDifferentActorsIsRejected() {
        ActorGraph.Builder builder = ActorGraph.create().node(new ActorNode("urn:a", "A", "State", Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> builder.node(new ActorNode("urn:a", "B", "State", Optional.empty())));
    }

    @Test
    void aMalformedQidIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ActorNode("urn:a", "A", "State", Optional.of("212")));
        assertEquals("the QID of actor urn:a must look like Q123, but was: 212", e.getMessage());
    }

    @Test
    void formatsAreFoundByNameOrExtensionInAnyCase() {
        assertEquals(Optional.of(GraphFormat.GRAPHML), GraphFormat.find("GraphML"));
        assertEquals(Optional.of(GraphFormat.DOT), GraphFormat.find("gv"));
        assertEquals(Optional.empty(), GraphFormat.find("ttl"));
        assertEquals(List.of("graphml", "gexf", "dot", "cyjs"), GraphFormat.NAMES);
    }

    static String written(ActorGraph graph, GraphFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(graph, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
