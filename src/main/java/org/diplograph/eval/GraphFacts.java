package org.diplograph.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.rdf.DIP;

/**
 * Reads the facts of one article's graph back through the ontology terms, the way a
 * user's query sees them, and puts each actor in the key space of a gold article.
 */
final class GraphFacts {

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";
    static final List<Resource> KINDS = List.of(DIP.Proposal, DIP.Demand, DIP.Offer, DIP.Rejection, DIP.Acceptance);

    private final Model model;
    private final GoldArticle gold;

    GraphFacts(Graph graph, GoldArticle gold) {
        this.model = ModelFactory.createModelForGraph(graph);
        this.gold = gold;
    }

    List<Fact> facts() {
        List<Fact> facts = new ArrayList<>();
        for (Resource actor : model.listSubjectsWithProperty(RDF.type, DIP.Actor).toList()) {
            if (actor.hasProperty(RDF.type, DIP.ActorGroup)) {
                continue;
            }
            facts.add(new Fact(Fact.Kind.ACTORS, "", List.of(keys(actor, false)), label(actor), names(actor).toString()));
        }
        for (Resource statement : model.listSubjectsWithProperty(RDF.type, DIP.Statement).toList()) {
            if (statement.hasLiteral(DIP.negated, true)) {
                continue;
            }
            String kind = kind(statement);
            Set<String> agentKeys = new LinkedHashSet<>();
            List<String> agentLabels = new ArrayList<>();
            for (RDFNode agent : model.listObjectsOfProperty(statement, DIP.agent).toList()) {
                agentKeys.addAll(keys(agent.asResource(), true));
                agentLabels.add(label(agent.asResource()));
            }
            List<String> agentSlot = new ArrayList<>(agentKeys);
            String evidence = evidence(statement);
            facts.add(new Fact(Fact.Kind.STATEMENTS, kind, List.of(agentSlot), kind + " by " + agentLabels, evidence,
                    rule(statement), confidence(statement)));
            for (RDFNode node : model.listObjectsOfProperty(statement, DIP.hasCondition).toList()) {
                Resource condition = node.asResource();
                Resource type = condition.getPropertyResourceValue(DIP.conditionType);
                Resource party = condition.getPropertyResourceValue(DIP.obligedParty);
                List<String> partySlot = party == null ? List.of("") : keys(party, true);
                String typeName = type == null ? "" : type.getLocalName();
                facts.add(new Fact(Fact.Kind.CONDITIONS, typeName, List.of(partySlot, agentSlot),
                        typeName + " on " + (party == null ? "nobody" : label(party)) + " (" + kind + " by " + agentLabels + ")",
                        evidence(condition), rule(condition), confidence(condition)));
            }
            for (RDFNode node : model.listObjectsOfProperty(statement, DIP.hasGuarantee).toList()) {
                Resource guarantee = node.asResource();
                Resource beneficiary = guarantee.getPropertyResourceValue(DIP.beneficiary);
                for (RDFNode guarantor : model.listObjectsOfProperty(guarantee, DIP.guarantor).toList()) {
                    facts.add(new Fact(Fact.Kind.GUARANTEES, "",
                            List.of(keys(guarantor.asResource(), false), beneficiary == null ? List.of() : keys(beneficiary, false)),
                            label(guarantor.asResource()) + " guarantees " + (beneficiary == null ? "?" : label(beneficiary)),
                            evidence(guarantee), rule(guarantee), confidence(guarantee)));
                }
            }
        }
        return facts;
    }

    /** The local name of a statement's kind (Proposal, ...), or "" when it has none. */
    static String kind(Resource statement) {
        for (Resource kind : KINDS) {
            if (statement.hasProperty(RDF.type, kind)) {
                return kind.getLocalName();
            }
        }
        return "";
    }

    /** The gold keys an actor matches; with {@code viaState}, also those of the state it represents. */
    private List<String> keys(Resource actor, boolean viaState) {
        Set<String> keys = new LinkedHashSet<>(goldKeys(actor));
        if (viaState) {
            Resource represented = actor.getPropertyResourceValue(DIP.represents);
            if (represented != null) {
                keys.addAll(goldKeys(represented));
            }
        }
        return new ArrayList<>(keys);
    }

    private Set<String> goldKeys(Resource actor) {
        Set<String> keys = new LinkedHashSet<>();
        String qid = qid(actor);
        Set<String> names = new LinkedHashSet<>();
        for (String name : names(actor)) {
            names.add(Keys.normalise(name));
        }
        for (GoldArticle.GoldActor g : gold.actors()) {
            if (g.key().equals(qid)) {
                keys.add(g.key());
                continue;
            }
            for (String name : g.names()) {
                if (names.contains(Keys.normalise(name))) {
                    keys.add(g.key());
                    break;
                }
            }
            if (g.key().startsWith("name:") && names.contains(Keys.normalise(g.key().substring(5)))) {
                keys.add(g.key());
            }
        }
        return keys;
    }

    private String qid(Resource actor) {
        for (RDFNode match : model.listObjectsOfProperty(actor, SKOS.exactMatch).toList()) {
            if (match.isURIResource() && match.asResource().getURI().startsWith(WIKIDATA)) {
                return match.asResource().getURI().substring(WIKIDATA.length());
            }
        }
        return null;
    }

    /** An actor's label and alternative labels, as written. */
    static List<String> names(Resource actor) {
        List<String> names = new ArrayList<>();
        for (Statement s : actor.listProperties(RDFS.label).toList()) {
            names.add(s.getString());
        }
        for (Statement s : actor.listProperties(SKOS.altLabel).toList()) {
            names.add(s.getString());
        }
        return names;
    }

    /** An actor's label, or its IRI when it has none. */
    static String label(Resource actor) {
        Statement label = actor.getProperty(RDFS.label);
        return label == null ? actor.toString() : label.getString();
    }

    /** The rule that proposed a fact ({@code dip:extractedBy}), or empty. */
    private static String rule(Resource fact) {
        Statement rule = fact.getProperty(DIP.extractedBy);
        return rule == null ? "" : rule.getString();
    }

    /** A fact's {@code dip:confidence}, or NaN. */
    private static double confidence(Resource fact) {
        Statement confidence = fact.getProperty(DIP.confidence);
        return confidence == null ? Double.NaN : confidence.getDouble();
    }

    private String evidence(Resource node) {
        Resource evidence = node.getPropertyResourceValue(DIP.evidence);
        if (evidence == null) {
            return "";
        }
        Statement text = evidence.getProperty(DIP.text);
        return text == null ? "" : text.getString();
    }
}
