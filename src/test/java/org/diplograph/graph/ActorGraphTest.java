package org.diplograph.graph;

import static org.diplograph.graph.GraphFixture.assertSameSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
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

    @Test
    void aGuaranteeForAPopulationNamesItByItsLabel() {
        String turtle = """
                PREFIX dip:  <https://w3id.org/diplograph/ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX actor:      <https://w3id.org/diplograph/id/actor/>
                PREFIX population: <https://w3id.org/diplograph/id/population/>
                PREFIX statement:  <https://w3id.org/diplograph/id/statement/>
                PREFIX guarantee:  <https://w3id.org/diplograph/id/guarantee/>
                actor:Q20 a dip:Actor, dip:State ; rdfs:label "Norway" .
                population:aland-islanders a dip:Population ; rdfs:label "Aland Islanders" .
                statement:s1 a dip:Offer, dip:Statement ; dip:agent actor:Q20 ; dip:negated false ;
                    dip:hasGuarantee guarantee:g1 .
                guarantee:g1 a dip:SecurityGuarantee ; dip:guarantor actor:Q20 ;
                    dip:beneficiary population:aland-islanders .
                """;
        Graph rdf = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(rdf);
        ActorGraph read = ActorGraphReader.read(rdf);
        assertEquals(List.of(List.of("for Aland Islanders")), read.edges().stream().map(ActorEdge::details).toList(),
                "the guarantee's edge should name the population it is for by its label");
    }

    static String written(ActorGraph graph, GraphFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(graph, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
