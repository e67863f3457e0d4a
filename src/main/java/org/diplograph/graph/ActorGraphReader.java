package org.diplograph.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.diplograph.extract.StatementKind;
import org.diplograph.link.ActorType;
import org.diplograph.rdf.DIP;

/**
 * Reads the actor graph out of an RDF graph with one SPARQL query per kind of edge. Negated
 * statements ("did not reject") state no act and give no edge. Guarantees and conditions give
 * edges from the statement's agent, except in rejections, where the agent turns them down
 * instead of putting them forward.
 */
final class ActorGraphReader {

    private static final String PREFIXES = """
            PREFIX dip:  <https://w3id.org/diplograph/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private static final String ACTORS = PREFIXES + """
            SELECT ?actor ?type ?label ?match WHERE {
              ?actor a dip:Actor .
              OPTIONAL { ?actor a ?type }
              OPTIONAL { ?actor rdfs:label ?label }
              OPTIONAL { ?actor skos:exactMatch ?match }
            }
            """;

    private static final String STATEMENTS = PREFIXES + """
            SELECT ?statement ?kind ?agent ?target ?cameo WHERE {
              VALUES ?kind { %s }
              ?statement a ?kind ; dip:agent ?agent ; dip:concerns ?target .
              ?agent a dip:Actor . ?target a dip:Actor .
              FILTER NOT EXISTS { ?statement dip:negated true }
              OPTIONAL { ?statement dip:cameoCode ?cameo }
            }
            """.formatted(Arrays.stream(StatementKind.values()).map(k -> "dip:" + k.localName())
                    .collect(Collectors.joining(" ")));

    private static final String PUT_FORWARD = """
              ?agent a dip:Actor .
              FILTER NOT EXISTS { ?statement dip:negated true }
              FILTER NOT EXISTS { ?statement a dip:Rejection }
            """;

    private static final String GUARANTORS = PREFIXES + """
            SELECT ?guarantee ?agent ?guarantor ?beneficiary ?beneficiaryLabel WHERE {
              ?statement dip:agent ?agent ; dip:hasGuarantee ?guarantee .
              ?guarantee dip:guarantor ?guarantor .
              ?guarantor a dip:Actor .
              OPTIONAL { ?guarantee dip:beneficiary ?beneficiary OPTIONAL { ?beneficiary rdfs:label ?beneficiaryLabel } }
            """ + PUT_FORWARD + "}\n";

    private static final String CONDITIONS = PREFIXES + """
            SELECT ?condition ?agent ?party ?conditionType WHERE {
              ?statement dip:agent ?agent ; dip:hasCondition ?condition .
              ?condition dip:obligedParty ?party .
              ?party a dip:Actor .
              OPTIONAL { ?condition dip:conditionType ?conditionType }
            """ + PUT_FORWARD + "}\n";

    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private ActorGraphReader() {
    }

    static ActorGraph read(Graph rdf) {
        ActorGraph.Builder builder = ActorGraph.create();
        Map<String, ActorNode> actors = actors(rdf);
        actors.values().forEach(builder::node);
        select(rdf, STATEMENTS, row -> {
            Relation relation = Relation.of(StatementKind.fromLocalName(row.getResource("kind").getLocalName()));
            builder.fact(iri(row, "agent"), iri(row, "target"), relation, key(row.get("statement")),
                    row.contains("cameo") ? "CAMEO " + row.getLiteral("cameo").getLexicalForm() : null);
        });
        select(rdf, GUARANTORS, row -> {
            String beneficiary = row.contains("beneficiary") ? key(row.get("beneficiary")) : null;
            // a population ("the Turkish Cypriots") is no node of the graph, but has a label
            String ownLabel = row.contains("beneficiaryLabel") ? row.getLiteral("beneficiaryLabel").getLexicalForm() : beneficiary;
            String detail = beneficiary == null ? null
                    : "for " + Optional.ofNullable(actors.get(beneficiary)).map(ActorNode::label).orElse(ownLabel);
            builder.fact(iri(row, "agent"), iri(row, "guarantor"), Relation.GUARANTOR_PROPOSED,
                    key(row.get("guarantee")), detail);
        });
        select(rdf, CONDITIONS, row -> builder.fact(iri(row, "agent"), iri(row, "party"),
                Relation.CONDITION_ON_PARTY, key(row.get("condition")),
                row.contains("conditionType") && row.get("conditionType").isURIResource()
                        ? row.getResource("conditionType").getLocalName() : null));
        return builder.build();
    }

    /** Each actor once, with its narrowest type, its smallest label and its QID. */
    private static Map<String, ActorNode> actors(Graph rdf) {
        Map<String, TreeSet<String>> types = new HashMap<>();
        Map<String, TreeSet<String>> labels = new HashMap<>();
        Map<String, TreeSet<String>> qids = new HashMap<>();
        select(rdf, ACTORS, row -> {
            String actor = key(row.get("actor"));
            types.computeIfAbsent(actor, a -> new TreeSet<>());
            labels.computeIfAbsent(actor, a -> new TreeSet<>());
            qids.computeIfAbsent(actor, a -> new TreeSet<>());
            if (row.contains("type") && row.get("type").isURIResource()) {
                types.get(actor).add(row.getResource("type").getURI());
            }
            if (row.contains("label") && row.get("label").isLiteral()) {
                labels.get(actor).add(row.getLiteral("label").getLexicalForm());
            }
            if (row.contains("match") && row.get("match").isURIResource()
                    && row.getResource("match").getURI().startsWith(WIKIDATA_ENTITY)) {
                qids.get(actor).add(row.getResource("match").getURI().substring(WIKIDATA_ENTITY.length()));
            }
        });
        Map<String, ActorNode> actors = new TreeMap<>();
        types.forEach((actor, typeIris) -> actors.put(actor, new ActorNode(actor,
                labels.get(actor).isEmpty() ? lastSegment(actor) : labels.get(actor).first(),
                narrowestType(typeIris),
                qids.get(actor).stream().filter(q -> q.matches("Q[1-9][0-9]*")).findFirst())));
        return actors;
    }

    private static String narrowestType(TreeSet<String> typeIris) {
        for (ActorType type : ActorType.values()) {
            if (type.isActor() && typeIris.contains(DIP.NAMESPACE + type.localName())) {
                return type.localName();
            }
        }
        return "Actor";
    }

    private static void select(Graph rdf, String query, Consumer<QuerySolution> action) {
        try (QueryExecution execution = QueryExecution.model(ModelFactory.createModelForGraph(rdf)).query(query).build()) {
            execution.execSelect().forEachRemaining(action);
        }
    }

    private static String iri(QuerySolution row, String var) {
        return key(row.get(var));
    }

    /** An IRI as itself, a blank node by its label: either way a stable key within one read. */
    private static String key(RDFNode node) {
        return node.isURIResource() ? node.asResource().getURI() : node.toString();
    }

    private static String lastSegment(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
