package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.Pipeline;
import org.diplograph.SharedFolder;
import org.diplograph.TestPipeline;
import org.diplograph.extract.Attribution;
import org.diplograph.extract.Condition;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Guarantee;
import org.diplograph.extract.Modality;
import org.diplograph.extract.Span;
import org.diplograph.extract.Statement;
import org.diplograph.extract.StatementKind;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.diplograph.link.Actor;
import org.diplograph.link.ActorType;
import org.diplograph.validate.ArticleValidator;
import org.diplograph.validate.ValidationReport;
import org.junit.jupiter.api.Test;

/** The rdf stage: deterministic output, and every dip: term it writes is one the ontology defines. */
class ExtractionWriterTest {

    private static final String BODY = "Norway's foreign minister Espen Barth Eide said on Sunday that Iceland must halt trawling "
            + "near Svalbard and that Norway, Denmark and Finland should guarantee Iceland's security.\n"
            + "Iceland accepted the guarantee from Denmark and Finland.";

    @Test
    void sameArticleTwiceGivesIsomorphicGraphs() {
        Article seed = Ingest.readFile(SharedFolder.dev().resolve("000_lavrov-terms.txt")).articles().get(0);
        Pipeline pipeline = TestPipeline.get();
        Graph first = pipeline.process(seed).graph().graph();
        Graph second = pipeline.process(seed).graph().graph();
        assertTrue(first.isIsomorphicWith(second), "building the same article twice must give the same graph");
        Set<String> firstNodes = iris(first);
        Set<String> secondNodes = iris(second);
        assertTrue(firstNodes.equals(secondNodes), () -> "IRIs differ between two builds: "
                + symmetricDifference(firstNodes, secondNodes));
    }

    @Test
    void writesEveryContractTermAndOnlyTermsTheOntologyDefines() {
        ArticleGraph graph = ExtractionWriter.create().sameAs(true).build().write(handMadeExtraction());
        Set<String> used = new TreeSet<>();
        for (Triple triple : graph.graph().find().toList()) {
            collect(triple.getPredicate(), used);
            collect(triple.getObject(), used);
        }
        Model ontology = Ontology.ontologyModel();
        Set<String> undefined = new TreeSet<>();
        for (String term : used) {
            if (!ontology.contains(ontology.createResource(term), RDF.type)) {
                undefined.add(term);
            }
        }
        assertTrue(undefined.isEmpty(), () -> "the writer uses dip: terms the ontology does not define: " + undefined);
        Set<String> contract = new TreeSet<>(List.of("Actor", "State", "Person", "Organization", "ActorGroup", "Territory",
                "Statement", "Proposal", "Acceptance", "Condition", "SecurityGuarantee", "agent", "onBehalfOf", "proposes",
                "concerns", "hasCondition", "conditionType", "obligedParty", "conditionObject", "hasGuarantee", "guarantor",
                "beneficiary", "guarantorOf", "member", "represents", "attribution", "modality", "negated", "statedOn",
                "confidence", "extractedBy", "cameoCode", "evidence", "Evidence", "text", "beginIndex", "endIndex", "inArticle", "sourceFile"));
        Set<String> missing = new TreeSet<>();
        for (String term : contract) {
            if (!used.contains(DIP.NAMESPACE + term)) {
                missing.add(term);
            }
        }
        assertTrue(missing.isEmpty(), () -> "contract terms the writer did not produce: " + missing);
        ValidationReport report = ArticleValidator.create().validate(graph.graph());
        assertTrue(report.conforms(), () -> "the hand-made extraction's graph fails its shapes: " + report);
    }

    @Test
    void everyStatementConditionAndGuaranteeCarriesItsConfidenceAndRule() {
        Model graph = ModelFactory.createModelForGraph(ExtractionWriter.create().build().write(handMadeExtraction()).graph());
        Set<String> written = new TreeSet<>();
        for (Resource type : List.of(DIP.Statement, DIP.Condition, DIP.SecurityGuarantee)) {
            graph.listSubjectsWithProperty(RDF.type, type).forEachRemaining(fact -> {
                Literal confidence = fact.getProperty(DIP.confidence).getLiteral();
                written.add(type.getLocalName() + " " + fact.getProperty(DIP.extractedBy).getString() + " "
                        + confidence.getLexicalForm() + " " + confidence.getDatatypeURI());
            });
        }
        String decimal = " " + XSDDatatype.XSDdecimal.getURI();
        assertEquals(new TreeSet<>(List.of(
                        "Statement frame:say 0.80" + decimal,
                        "Statement speech-acts:accept/VERB 0.70" + decimal,
                        "Condition condition-acts:Other 0.80" + decimal,
                        "Condition condition-cues:NoAllianceMembership 0.80" + decimal,
                        "SecurityGuarantee guarantee-reader 0.80" + decimal,
                        "SecurityGuarantee guarantee-reader 0.67" + decimal)),
                written);
        assertTrue(graph.listObjectsOfProperty(DIP.extractedBy).toList().stream()
                        .allMatch(rule -> XSDDatatype.XSDstring.getURI().equals(rule.asLiteral().getDatatypeURI())),
                "every dip:extractedBy must be a plain xsd:string");
    }

    @Test
    void schemaUrlIsWrittenOnlyForAbsoluteWebUrls() {
        for (String web : List.of("https://example.org/arctic", "http://news.example.org/2025/09/02/a?b=c#d")) {
            assertEquals(List.of(web), schemaUrls(web), web);
        }
        for (String other : List.of("javascript:alert(document.cookie)", "file:///etc/passwd", "mailto:desk@example.org",
                "data:text/html,<b>x</b>", "/2025/relative", "https://exa mple.org/space", "http:no-host", "ftp://example.org/a")) {
            assertEquals(List.of(), schemaUrls(other), other);
        }
    }

    private static List<String> schemaUrls(String url) {
        Article article = new Article("0a1b2c3d4e5f6a7b", url, "A title", LocalDate.of(2024, 3, 4), BODY, "examples/arctic.txt");
        Graph graph = ExtractionWriter.create().build().write(new Extraction(article, List.of(), List.of())).graph();
        return graph.find(Node.ANY, NodeFactory.createURI(ExtractionWriter.SCHEMA + "url"), Node.ANY)
                .mapWith(triple -> triple.getObject().getURI()).toList();
    }

    private static Extraction handMadeExtraction() {
        Actor norway = new Actor("Q20", ActorType.STATE, "Norway", List.of("Norwegian"), "Q20", null, "NOR");
        Actor iceland = new Actor("Q189", ActorType.STATE, "Iceland", List.of(), "Q189", null, "ISL");
        Actor denmark = new Actor("Q35", ActorType.STATE, "Denmark", List.of(), "Q35", null, "DNK");
        Actor finland = new Actor("Q33", ActorType.STATE, "Finland", List.of(), "Q33", null, "FIN");
        Actor nato = new Actor("Q7184", ActorType.ORGANIZATION, "NATO", List.of(), "Q7184", null, "IGOWSTNAT");
        Actor eide = new Actor("name:Espen Barth Eide", ActorType.PERSON, "Espen Barth Eide", List.of("Eide"), null, "Q20", null);
        Actor svalbard = new Actor("name:Svalbard", ActorType.TERRITORY, "Svalbard", List.of(), null, null, null);
        Article article = new Article("0a1b2c3d4e5f6a7b", "https://example.org/arctic", "Norway proposes Arctic guarantee",
                LocalDate.of(2024, 3, 4), BODY, "examples/arctic.txt");
        Span halt = span("Iceland must halt trawling near Svalbard");
        Span guarantee = span("Norway, Denmark and Finland should guarantee Iceland's security");
        Span accepted = span("Iceland accepted the guarantee from Denmark and Finland");
        Statement proposal = new Statement(StatementKind.PROPOSAL, List.of(eide), norway, List.of(iceland),
                Attribution.REPORTED_SPEECH, Modality.RECOMMENDATION, false, LocalDate.of(2024, 3, 3), 0.8,
                "frame:say", "020", guarantee,
                List.of(new Condition("Other", "halt trawling", iceland, svalbard, halt, 0.8, "condition-acts:Other"),
                        new Condition("NoAllianceMembership", "no NATO", iceland, nato, halt, 0.8,
                                "condition-cues:NoAllianceMembership")),
                List.of(new Guarantee(List.of(norway, denmark, finland), iceland, guarantee, false, 0.8, "guarantee-reader")));
        Statement acceptance = new Statement(StatementKind.ACCEPTANCE, List.of(iceland), null, List.of(denmark, finland),
                Attribution.REPORTED_SPEECH, Modality.ASSERTION, false, LocalDate.of(2024, 3, 4), 0.7,
                "speech-acts:accept/VERB", "050", accepted,
                List.of(), List.of(new Guarantee(List.of(denmark, finland), iceland, accepted, true, 0.666, "guarantee-reader")));
        return new Extraction(article, List.of(norway, iceland, denmark, finland, nato, eide), List.of(proposal, acceptance));
    }

    private static Span span(String text) {
        int begin = BODY.indexOf(text);
        return new Span(begin, begin + text.length(), text);
    }

    private static void collect(Node node, Set<String> used) {
        if (node.isURI() && node.getURI().startsWith(DIP.NAMESPACE)) {
            used.add(node.getURI());
        }
    }

    private static Set<String> iris(Graph graph) {
        Set<String> iris = new TreeSet<>();
        for (Triple triple : graph.find().toList()) {
            if (triple.getSubject().isURI()) {
                iris.add(triple.getSubject().getURI());
            }
        }
        return iris;
    }

    private static Set<String> symmetricDifference(Set<String> a, Set<String> b) {
        Set<String> difference = new TreeSet<>(a);
        difference.addAll(b);
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        difference.removeAll(both);
        return difference;
    }
}
