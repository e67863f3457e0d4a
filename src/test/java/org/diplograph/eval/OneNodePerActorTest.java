package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.link.Actor;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.Linker;
import org.diplograph.nlp.Nlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The union graph of the development set has one node per real-world actor: no two actor
 * nodes share a Wikidata QID or a label, and the linker gives every actor whose gold file gives
 * a QID that QID (the actor model may then leave out of the graph one that no fact names).
 * Groups of guarantors are diplograph's own nodes (one per guarantee), not actors of the world,
 * so they are not counted.
 */
class OneNodePerActorTest {

    private static final String PREFIXES = """
            PREFIX dip: <https://w3id.org/diplograph/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private static Model union;

    @BeforeAll
    static void unite() {
        Graph all = GraphFactory.createDefaultGraph();
        for (Evaluation.Processed result : DevResults.get()) {
            result.graph().find().forEachRemaining(all::add);
        }
        union = ModelFactory.createModelForGraph(all);
    }

    /** Each value of ?value held by more than one actor node, with those nodes. */
    private static Map<String, Set<String>> sharedBySeveralActors(String valuePattern) {
        String query = PREFIXES + """
                SELECT ?value ?actor WHERE {
                  ?actor a dip:Actor .
                  FILTER NOT EXISTS { ?actor a dip:ActorGroup }
                  %s
                }""".formatted(valuePattern);
        Map<String, Set<String>> nodes = new TreeMap<>();
        try (QueryExecution execution = QueryExecution.model(union).query(query).build()) {
            execution.execSelect().forEachRemaining(row -> nodes
                    .computeIfAbsent(row.get("value").toString(), k -> new TreeSet<>()).add(row.getResource("actor").getURI()));
        }
        nodes.values().removeIf(set -> set.size() < 2);
        return nodes;
    }

    @Test
    void noTwoActorNodesShareAQid() {
        Map<String, Set<String>> shared = sharedBySeveralActors(
                "?actor skos:exactMatch ?value . FILTER (STRSTARTS(STR(?value), \"" + WIKIDATA + "\"))");
        assertTrue(shared.isEmpty(), () -> "QIDs on more than one actor node: " + shared);
    }

    @Test
    void theUnionGraphHoldsTheActorsOfEveryArticle() {
        String count = PREFIXES + "SELECT (COUNT(DISTINCT ?actor) AS ?n) WHERE { ?actor a dip:Actor FILTER NOT EXISTS { ?actor a dip:ActorGroup } }";
        try (QueryExecution execution = QueryExecution.model(union).query(count).build()) {
            int actors = execution.execSelect().next().getLiteral("n").getInt();
            assertTrue(actors > 80, "the dev set names well over 80 actors, but the union graph has " + actors);
        }
    }

    @Test
    void noTwoActorNodesShareALabel() {
        Map<String, Set<String>> shared = sharedBySeveralActors("?actor rdfs:label ?value .");
        assertTrue(shared.isEmpty(), () -> "labels of more than one actor node: " + shared);
    }

    @Test
    void everyActorWithAQidInItsGoldFileIsLinkedToThatQid() {
        Linker linker = Linker.over(Gazetteer.bundled());
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Evaluation.Processed result : DevResults.get()) {
            Set<String> linked = linker.link(Nlp.annotate(result.article())).entities().stream()
                    .filter(entity -> entity.type().isActor() && entity.qid() != null).map(Actor::qid).collect(Collectors.toSet());
            for (GoldArticle.GoldActor actor : result.gold().actors()) {
                if (!actor.key().matches("Q[0-9]+")) {
                    continue;
                }
                checked++;
                if (!linked.contains(actor.key())) {
                    missing.add(result.gold().doc() + ": " + actor.key() + " " + actor.names());
                }
            }
        }
        int count = checked;
        assertTrue(count > 100, () -> "the dev gold files should give more than 100 actors with a QID, but gave " + count);
        assertTrue(missing.isEmpty(), () -> missing.size() + " of " + count + " gold actors without their QID:\n"
                + String.join("\n", missing));
    }
}
