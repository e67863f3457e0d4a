package org.diplograph.validate;

import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case breaks the example article graph in one way, with a SPARQL update, and names the
 * violations the shapes must then report: no fewer, no more.
 */
class ShapesTest {

    private static final String ID = "https://w3id.org/diplograph/id/";
    private static final String PROPOSAL = ID + "statement/3f2a9c0d41b7e6a8-1c9e44aa";
    private static final String REJECTION = ID + "statement/3f2a9c0d41b7e6a8-52fe0b19";
    private static final String CONDITION = ID + "condition/3f2a9c0d41b7e6a8-7b21d0e3";
    private static final String GUARANTEE = ID + "guarantee/3f2a9c0d41b7e6a8-5e1d7a42";
    private static final String EVIDENCE = ID + "evidence/3f2a9c0d41b7e6a8-70-98";
    private static final String ARTICLE = ID + "article/3f2a9c0d41b7e6a8";
    private static final String EIDE = ID + "actor/Q5399479";
    private static final String NORWAY = ID + "actor/Q20";
    private static final String ICELAND = ID + "actor/Q189";
    private static final String POPULATION = ID + "population/aland-islanders";
    private static final String TERRITORY = ID + "territory/svalbard";

    private static final String PROPOSERS = "The actors linked to a proposal with dip:proposes must be exactly its agents.";
    private static final String ACTOR_KINDS =
            "An actor must be typed with exactly one of dip:State, dip:Person, dip:Organization, dip:ArmedGroup, dip:ActorGroup.";

    private static final String PREFIXES = """
            PREFIX dip:    <https://w3id.org/diplograph/ns#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            """;

    private static final ArticleValidator VALIDATOR = ArticleValidator.create();
    private static final Graph EXAMPLE = ArticleValidatorTest.articleGraph("/org/diplograph/rdf/example-article.trig");

    static Stream<Arguments> brokenGraphs() {
        return Stream.of(
                Arguments.of("proposal agent without dip:proposes",
                        "DELETE WHERE { ?agent dip:proposes ?proposal }",
                        List.of(violation(PROPOSAL, "^dip:proposes", PROPOSERS))),
                Arguments.of("dip:proposes from an actor that is not the proposal's agent",
                        "INSERT DATA { <" + ICELAND + "> dip:proposes <" + PROPOSAL + "> }",
                        List.of(violation(PROPOSAL, "^dip:proposes", PROPOSERS))),
                Arguments.of("dip:proposes pointing at a rejection",
                        "INSERT DATA { <" + ICELAND + "> dip:proposes <" + REJECTION + "> }",
                        List.of(violation(ICELAND, "dip:proposes", "dip:proposes must link an actor to a dip:Proposal."))),
                Arguments.of("two statement kinds",
                        "INSERT DATA { <" + PROPOSAL + "> a dip:Demand }",
                        List.of(violation(PROPOSAL, "rdf:type", "A statement must be typed with exactly one of dip:Proposal, dip:Demand, "
                                + "dip:Offer, dip:Rejection, dip:Acceptance."))),
                Arguments.of("two actor kinds",
                        "INSERT DATA { <" + ICELAND + "> a dip:Organization }",
                        List.of(violation(ICELAND, "rdf:type", ACTOR_KINDS))),
                Arguments.of("actor without a kind",
                        "DELETE DATA { <" + ICELAND + "> a dip:State }",
                        List.of(violation(ICELAND, "rdf:type", ACTOR_KINDS))),
                Arguments.of("kind without dip:Statement",
                        "DELETE DATA { <" + REJECTION + "> a dip:Statement }",
                        List.of(violation(REJECTION, "", "A proposal, demand, offer, rejection or acceptance must also be typed dip:Statement."))),
                Arguments.of("attribution outside its scheme",
                        replace(REJECTION, "dip:attribution", "dip:Rumour"),
                        List.of(violation(REJECTION, "dip:attribution", "A statement must have exactly one dip:attribution, a concept of dip:Attributions."))),
                Arguments.of("CAMEO code with a letter",
                        replace(REJECTION, "dip:cameoCode", "\"12a\""),
                        List.of(violation(REJECTION, "dip:cameoCode", "A statement must have exactly one dip:cameoCode, a string of two to four digits."))),
                Arguments.of("confidence typed xsd:double",
                        replace(REJECTION, "dip:confidence", "\"0.7\"^^xsd:double"),
                        List.of(violation(REJECTION, "dip:confidence", "A statement must have exactly one dip:confidence, an xsd:decimal from 0 to 1."))),
                oneViolation("statement without dip:extractedBy", "DELETE WHERE { <" + PROPOSAL + "> dip:extractedBy ?rule }",
                        PROPOSAL, "dip:extractedBy", ruleMessage("A statement")),
                oneViolation("statement naming an empty rule", replace(REJECTION, "dip:extractedBy", "\"\""),
                        REJECTION, "dip:extractedBy", ruleMessage("A statement")),
                oneViolation("condition without dip:extractedBy", "DELETE WHERE { <" + CONDITION + "> dip:extractedBy ?rule }",
                        CONDITION, "dip:extractedBy", ruleMessage("A condition")),
                oneViolation("condition naming its rule by an IRI",
                        replace(CONDITION, "dip:extractedBy", "<https://w3id.org/diplograph/rules/condition-cues>"),
                        CONDITION, "dip:extractedBy", ruleMessage("A condition")),
                oneViolation("condition without dip:confidence", "DELETE WHERE { <" + CONDITION + "> dip:confidence ?confidence }",
                        CONDITION, "dip:confidence", confidenceMessage("A condition")),
                oneViolation("guarantee with confidence 1.5", guarantee(ICELAND, "1.5", ""),
                        GUARANTEE, "dip:confidence", confidenceMessage("A security guarantee")),
                Arguments.of("guarantee for a population",
                        guaranteeFor(POPULATION, "dip:Population", "Aland Islanders"),
                        List.of()),
                oneViolation("guarantee for a territory",
                        guaranteeFor(TERRITORY, "dip:Territory", "Svalbard"),
                        GUARANTEE, "dip:beneficiary",
                        "A security guarantee must have exactly one dip:beneficiary, a dip:Actor or a dip:Population."),
                Arguments.of("offset typed xsd:int",
                        replace(EVIDENCE, "dip:beginIndex", "\"70\"^^xsd:int"),
                        List.of(violation(EVIDENCE, "dip:beginIndex", "Evidence must have exactly one dip:beginIndex, an xsd:integer of 0 or more."))),
                Arguments.of("evidence outside any article",
                        "DELETE WHERE { <" + EVIDENCE + "> dip:inArticle ?article }",
                        List.of(violation(EVIDENCE, "dip:inArticle", "Evidence must be dip:inArticle exactly one schema:NewsArticle of the same graph."))),
                Arguments.of("publication date as a plain string",
                        replace(ARTICLE, "schema:datePublished", "\"4 March 2024\""),
                        List.of(violation(ARTICLE, "schema:datePublished", "An article may have at most one schema:datePublished, typed xsd:date."))),
                Arguments.of("condition attached to no statement",
                        "DELETE WHERE { ?s dip:hasCondition ?c }",
                        List.of(violation(CONDITION, "^dip:hasCondition", "A condition must be attached to a dip:Statement with dip:hasCondition."))),
                Arguments.of("exactMatch outside Wikidata",
                        replace(ICELAND, "skos:exactMatch", "<http://dbpedia.org/resource/Iceland>"),
                        List.of(violation(ICELAND, "skos:exactMatch", "skos:exactMatch must be at most one Wikidata entity IRI, "
                                + "http://www.wikidata.org/entity/Q followed by digits."))),
                Arguments.of("dip:represents on a state",
                        "INSERT DATA { <" + NORWAY + "> dip:represents <" + ICELAND + "> }",
                        List.of(violation(NORWAY, "", "Only a dip:Person may have dip:represents."))),
                Arguments.of("a side chosen by the model, with its confidence",
                        "INSERT DATA { <" + EIDE + "> dip:representsConfidence 0.42 }",
                        List.of()),
                oneViolation("a side's confidence above 1",
                        "INSERT DATA { <" + EIDE + "> dip:representsConfidence 1.2 }",
                        EIDE, "dip:representsConfidence", "A person's dip:representsConfidence is at most one xsd:decimal from 0 to 1."),
                Arguments.of("a side's confidence without the side",
                        "DELETE WHERE { <" + EIDE + "> dip:represents ?side } ; INSERT DATA { <" + EIDE + "> dip:representsConfidence 0.42 }",
                        List.of(violation(EIDE, "dip:represents", "A dip:representsConfidence needs the dip:represents whose confidence it is."))),
                Arguments.of("state not typed dip:Actor",
                        "DELETE DATA { <" + ICELAND + "> a dip:Actor }",
                        List.of(violation(ICELAND, "", "A state, person, organization, armed group or actor group must also be typed dip:Actor."),
                                violation(REJECTION, "dip:agent", "A statement must have at least one dip:agent, and every agent must be a dip:Actor."),
                                violation(PROPOSAL, "dip:concerns", "What a statement dip:concerns must be a dip:Actor."),
                                violation(CONDITION, "dip:obligedParty", "A condition may have at most one dip:obligedParty, and it must be a dip:Actor."))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenGraphs")
    void brokenGraphIsReported(String name, String update, List<Violation> expected) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(EXAMPLE.getPrefixMapping());
        EXAMPLE.find().forEachRemaining(graph::add);
        UpdateAction.parseExecute(PREFIXES + update, graph);

        ArticleValidatorTest.assertSameViolations(name, expected, VALIDATOR.validate(graph).violations());
    }

    /** An update that gives {@code subject} the one value {@code value} for {@code property}, in place of its own. */
    private static String replace(String subject, String property, String value) {
        return "DELETE { <%1$s> %2$s ?old } INSERT { <%1$s> %2$s %3$s } WHERE { <%1$s> %2$s ?old }"
                .formatted(subject, property, value);
    }

    /**
     * An update that attaches to the rejection a guarantee by Norway for {@code beneficiary}, with
     * the given confidence, and inserts the triples of {@code more} beside it.
     */
    private static String guarantee(String beneficiary, String confidence, String more) {
        return "INSERT DATA { <" + REJECTION + "> dip:hasGuarantee <" + GUARANTEE + "> . <" + GUARANTEE + "> a dip:SecurityGuarantee ; "
                + "dip:guarantor <" + NORWAY + "> ; dip:beneficiary <" + beneficiary + "> ; dip:confidence " + confidence + " ; "
                + "dip:extractedBy \"guarantee-reader\" ; dip:evidence <" + EVIDENCE + "> . " + more + " }";
    }

    /** The same, for a valid confidence and a beneficiary node of the given class and label. */
    private static String guaranteeFor(String beneficiary, String type, String label) {
        return guarantee(beneficiary, "0.6", "<" + beneficiary + "> a " + type + " ; rdfs:label \"" + label + "\" .");
    }

    private static Arguments oneViolation(String name, String update, String focusNode, String path, String message) {
        return Arguments.of(name, update, List.of(violation(focusNode, path, message)));
    }

    /** The message of the shapes for a fact (statement, condition, guarantee) whose dip:extractedBy is missing or wrong. */
    private static String ruleMessage(String fact) {
        return fact + " must have exactly one dip:extractedBy, a non-empty string naming the rule that proposed it.";
    }

    /** The message of the shapes for a fact whose dip:confidence is missing or wrong. */
    private static String confidenceMessage(String fact) {
        return fact + " must have exactly one dip:confidence, an xsd:decimal from 0 to 1.";
    }

    private static Violation violation(String focusNode, String path, String message) {
        return new Violation(focusNode, path, message, "Violation");
    }
}
