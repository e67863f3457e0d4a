package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.extract.Attribution;
import org.diplograph.extract.Modality;
import org.diplograph.extract.StatementKind;
import org.diplograph.link.ActorType;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    /** The terms of the contract table of DESIGN.md, which must never be renamed. */
    private static final List<String> CONTRACT = List.of(
            "Actor", "State", "Person", "Organization", "ArmedGroup", "ActorGroup", "Territory",
            "Statement", "Proposal", "Demand", "Offer", "Rejection", "Acceptance",
            "Condition", "SecurityGuarantee",
            "agent", "onBehalfOf", "proposes", "concerns", "hasCondition", "conditionType", "obligedParty",
            "conditionObject", "hasGuarantee", "guarantor", "beneficiary", "guarantorOf", "member", "represents",
            "attribution", "DirectQuote", "ReportedSpeech", "AnonymousSources", "Document",
            "modality", "Obligation", "Recommendation", "Possibility", "Intention",
            "negated", "statedOn", "confidence", "extractedBy", "cameoCode",
            "evidence", "Evidence", "text", "beginIndex", "endIndex", "inArticle", "sourceFile",
            "ConditionTypes");

    private static final Set<Resource> PROPERTY_TYPES =
            Set.of(OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty);

    private static final Resource ONTOLOGY = ResourceFactory.createResource(DIP.ONTOLOGY);

    private static final Property SHACL_PATH = ResourceFactory.createProperty("http://www.w3.org/ns/shacl#path");
    private static final Property SHACL_IN = ResourceFactory.createProperty("http://www.w3.org/ns/shacl#in");

    private final Model ontology = Ontology.ontologyModel();

    @Test
    void everyConstantIsATermOfTheOntologyNamedByItsLocalName() {
        List<String> undefined = new ArrayList<>();
        List<String> misnamed = new ArrayList<>();
        List<String> wrongJavaType = new ArrayList<>();
        constants().forEach((name, term) -> {
            if (!ontology.contains(term, RDF.type)) {
                undefined.add(name);
            }
            if (!term.getURI().equals(DIP.NAMESPACE + name)) {
                misnamed.add(name + " = " + term.getURI());
            }
            if ((term instanceof Property) != isProperty(term)) {
                wrongJavaType.add(name);
            }
        });
        assertEquals(List.of(), undefined, "DIP constants not defined in diplograph.ttl");
        assertEquals(List.of(), misnamed, "DIP constants whose IRI is not the namespace plus the field name");
        assertEquals(List.of(), wrongJavaType, "DIP constants that should be a Property exactly when the term is a property");
    }

    @Test
    void everyTermOfTheOntologyHasAConstant() {
        Set<String> missing = new TreeSet<>(ontologyTerms().keySet());
        missing.removeAll(constants().keySet());
        assertEquals(Set.of(), missing, "terms of diplograph.ttl without a DIP constant");
    }

    @Test
    void everyContractTermHasAConstant() {
        Set<String> missing = new TreeSet<>(CONTRACT);
        missing.removeAll(constants().keySet());
        assertEquals(Set.of(), missing, "contract terms of DESIGN.md missing from DIP");
    }

    @Test
    void everyTermIsDocumented() {
        Map<String, List<String>> gaps = new TreeMap<>();
        ontologyTerms().forEach((name, term) -> {
            List<String> lacking = new ArrayList<>();
            requireEnglishLiteral(term, RDFS.label, lacking);
            requireEnglishLiteral(term, RDFS.comment, lacking);
            if (!ontology.contains(term, RDFS.isDefinedBy, ONTOLOGY)) {
                lacking.add("rdfs:isDefinedBy <" + DIP.ONTOLOGY + ">");
            }
            if (isProperty(term)) {
                if (!term.hasProperty(RDFS.domain)) {
                    lacking.add("rdfs:domain");
                }
                if (!term.hasProperty(RDFS.range)) {
                    lacking.add("rdfs:range");
                }
            }
            if (!lacking.isEmpty()) {
                gaps.put(name, lacking);
            }
        });
        assertEquals(Map.of(), gaps, "terms of diplograph.ttl and what each lacks");
    }

    @Test
    void datatypePropertiesHaveTheirDatatypes() {
        Map<Property, String> expected = Map.of(
                DIP.confidence, "decimal", DIP.statedOn, "date", DIP.negated, "boolean",
                DIP.beginIndex, "integer", DIP.endIndex, "integer", DIP.text, "string",
                DIP.cameoCode, "string", DIP.sourceFile, "string", DIP.cameoActorCode, "string",
                DIP.extractedBy, "string");
        Map<String, String> wrong = new TreeMap<>();
        expected.forEach((property, datatype) -> {
            Resource range = property.inModel(ontology).getPropertyResourceValue(RDFS.range);
            String actual = range == null ? "none" : range.getURI();
            if (!ontology.contains(property, RDF.type, OWL2.DatatypeProperty)
                    || !("http://www.w3.org/2001/XMLSchema#" + datatype).equals(actual)) {
                wrong.put(property.getLocalName(), "expected a datatype property with range xsd:" + datatype + ", but range is " + actual);
            }
        });
        assertEquals(Map.of(), wrong);
    }

    @Test
    void confidenceRuleAndEvidenceApplyToStatementsConditionsAndGuarantees() {
        List<RDFNode> facts = List.of(DIP.Statement, DIP.Condition, DIP.SecurityGuarantee);
        Map<String, List<RDFNode>> wrong = new TreeMap<>();
        for (Property property : List.of(DIP.confidence, DIP.extractedBy, DIP.evidence)) {
            Resource domain = property.inModel(ontology).getPropertyResourceValue(RDFS.domain);
            Resource union = domain == null ? null : domain.getPropertyResourceValue(OWL2.unionOf);
            List<RDFNode> members = union == null ? List.of() : union.as(RDFList.class).asJavaList();
            if (!members.equals(facts)) {
                wrong.put(property.getLocalName(), members);
            }
        }
        assertEquals(Map.of(), wrong, "properties whose domain is not the union of dip:Statement, dip:Condition and "
                + "dip:SecurityGuarantee, with the members of their union");
    }

    @Test
    void actorKindsAndStatementKindsAreSubclasses() {
        List<String> missing = new ArrayList<>();
        for (Resource kind : List.of(DIP.State, DIP.Person, DIP.Organization, DIP.ArmedGroup, DIP.ActorGroup)) {
            if (!ontology.contains(kind, RDFS.subClassOf, DIP.Actor)) {
                missing.add(kind.getLocalName() + " subClassOf Actor");
            }
        }
        for (StatementKind kind : StatementKind.values()) {
            if (!ontology.contains(term(kind.localName()), RDFS.subClassOf, DIP.Statement)) {
                missing.add(kind.localName() + " subClassOf Statement");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void ontologyHeaderNamesVersionAndLicence() {
        assertTrue(ontology.contains(ONTOLOGY, RDF.type, OWL2.Ontology), "no owl:Ontology <" + DIP.ONTOLOGY + ">");
        assertTrue(ontology.contains(ONTOLOGY, OWL2.versionIRI, ResourceFactory.createResource(DIP.ONTOLOGY + "/0.4.0")),
                "owl:versionIRI must be " + DIP.ONTOLOGY + "/0.4.0");
        assertTrue(ontology.contains(ONTOLOGY, DCTerms.license, ResourceFactory.createResource("https://spdx.org/licenses/GPL-3.0-or-later")),
                "dcterms:license must be GPL-3.0-or-later");
        for (Property annotation : List.of(DCTerms.title, DCTerms.description, OWL2.versionInfo)) {
            assertTrue(ONTOLOGY.inModel(ontology).hasProperty(annotation), "ontology header lacks " + annotation);
        }
    }

    @Test
    void conditionTypesAreTheTypesOfTheGuidelines() throws IOException {
        Set<String> guidelines = conditionTypesOfGuidelines();
        assertEquals(23, guidelines.size(), "condition types read from GUIDELINES.md: " + guidelines);
        Set<String> scheme = conceptsOf(DIP.ConditionTypes);
        assertSameNames(guidelines, scheme, "concepts of dip:ConditionTypes against GUIDELINES.md");

        Map<String, List<String>> gaps = new TreeMap<>();
        for (String type : guidelines) {
            Resource concept = term(type).inModel(ontology);
            List<String> lacking = new ArrayList<>();
            for (Property property : List.of(SKOS.prefLabel, SKOS.definition)) {
                requireEnglishLiteral(concept, property, lacking);
            }
            if (!concept.hasProperty(RDF.type, SKOS.Concept)) {
                lacking.add("a skos:Concept");
            }
            if (!concept.hasProperty(SKOS.topConceptOf, DIP.ConditionTypes)) {
                lacking.add("skos:topConceptOf dip:ConditionTypes");
            }
            if (!lacking.isEmpty()) {
                gaps.put(type, lacking);
            }
        }
        assertEquals(Map.of(), gaps, "condition concepts and what each lacks");
    }

    @Test
    void attributionsAndModalitiesAreTheValuesOfTheRecords() {
        assertSameNames(Arrays.stream(Attribution.values()).map(Attribution::localName).collect(Collectors.toSet()),
                conceptsOf(DIP.Attributions), "concepts of dip:Attributions against extract.Attribution");
        assertSameNames(Arrays.stream(Modality.values()).map(Modality::localName).collect(Collectors.toSet()),
                conceptsOf(DIP.Modalities), "concepts of dip:Modalities against extract.Modality");
        List<String> notClasses = Arrays.stream(ActorType.values())
                .map(ActorType::localName)
                .filter(name -> !ontology.contains(term(name), RDF.type, OWL2.Class))
                .toList();
        assertEquals(List.of(), notClasses, "link.ActorType values without an owl:Class of that name");
    }

    @Test
    void everyStatementKindHasItsCameoAlignment() {
        Map<String, String> wrong = new TreeMap<>();
        for (StatementKind kind : StatementKind.values()) {
            Set<String> codes = term(kind.localName()).inModel(ontology).listProperties(DIP.cameoAlignment)
                    .mapWith(statement -> statement.getString())
                    .toSet();
            if (!codes.contains(kind.defaultCameoCode())) {
                wrong.put(kind.localName(), "cameoAlignment " + codes + " lacks the default code " + kind.defaultCameoCode());
            }
            codes.stream().filter(code -> !code.matches("[0-9]{2,4}"))
                    .forEach(code -> wrong.put(kind.localName(), "cameoAlignment " + code + " is not two to four digits"));
        }
        assertEquals(Map.of(), wrong);
    }

    @Test
    void shapesListEveryConceptOfTheSchemes() {
        Model shapes = Ontology.shapesModel();
        Map<Property, Resource> schemeOf = Map.of(
                DIP.conditionType, DIP.ConditionTypes, DIP.attribution, DIP.Attributions, DIP.modality, DIP.Modalities);
        schemeOf.forEach((path, scheme) -> {
            List<Resource> lists = shapes.listResourcesWithProperty(SHACL_PATH, path)
                    .filterKeep(shape -> shape.hasProperty(SHACL_IN))
                    .mapWith(shape -> shape.getPropertyResourceValue(SHACL_IN))
                    .toList();
            assertEquals(1, lists.size(), "shapes.ttl must have one sh:in list for " + path.getLocalName());
            Set<String> listed = lists.get(0).as(RDFList.class).asJavaList().stream()
                    .map(node -> node.asResource().getLocalName())
                    .collect(Collectors.toSet());
            assertSameNames(conceptsOf(scheme), listed, "sh:in of " + path.getLocalName() + " against " + scheme.getLocalName());
        });
    }

    private static void assertSameNames(Set<String> expected, Set<String> actual, String what) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        assertTrue(missing.isEmpty() && unexpected.isEmpty(), what + ": missing " + missing + ", unexpected " + unexpected);
    }

    private void requireEnglishLiteral(Resource term, Property property, List<String> lacking) {
        org.apache.jena.rdf.model.Statement statement = term.inModel(ontology).getProperty(property);
        RDFNode value = statement == null ? null : statement.getObject();
        if (value == null || !value.isLiteral() || value.asLiteral().getString().isBlank()) {
            lacking.add(ontology.shortForm(property.getURI()));
        } else if (!"en".equals(value.asLiteral().getLanguage())) {
            lacking.add(ontology.shortForm(property.getURI()) + " in English (@en)");
        }
    }

    private Set<String> conceptsOf(Resource scheme) {
        Set<String> names = new TreeSet<>();
        ontology.listSubjectsWithProperty(SKOS.inScheme, scheme).forEachRemaining(concept -> names.add(concept.getLocalName()));
        return names;
    }

    private boolean isProperty(Resource term) {
        return PROPERTY_TYPES.stream().anyMatch(type -> ontology.contains(term, RDF.type, type));
    }

    private Map<String, Resource> ontologyTerms() {
        Map<String, Resource> terms = new TreeMap<>();
        ontology.listSubjectsWithProperty(RDF.type).forEachRemaining(subject -> {
            if (subject.isURIResource() && subject.getURI().startsWith(DIP.NAMESPACE)) {
                terms.put(subject.getLocalName(), subject);
            }
        });
        return terms;
    }

    private static Map<String, Resource> constants() {
        return Stream.of(DIP.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType()))
                .collect(Collectors.toMap(Field::getName, VocabularyTest::valueOf, (a, b) -> a, TreeMap::new));
    }

    private static Resource valueOf(Field field) {
        try {
            return (Resource) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("DIP." + field.getName() + " is not readable", e);
        }
    }

    private static Resource term(String localName) {
        return ResourceFactory.createResource(DIP.NAMESPACE + localName);
    }

    /** The first column of the table under "## Condition types" in GUIDELINES.md. */
    private static Set<String> conditionTypesOfGuidelines() throws IOException {
        Path guidelines = Path.of(System.getProperty("diplograph.shared", "../shared"), "eval", "GUIDELINES.md");
        assertTrue(Files.isRegularFile(guidelines), guidelines.toAbsolutePath().normalize()
                + " not found: set the system property diplograph.shared to the shared folder");
        String text = Files.readString(guidelines, StandardCharsets.UTF_8);
        int section = text.indexOf("## Condition types");
        assertFalse(section < 0, guidelines + " has no section \"## Condition types\"");
        int next = text.indexOf("\n## ", section + 1);
        String table = text.substring(section, next < 0 ? text.length() : next);
        Set<String> types = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\|\\s*([A-Z][A-Za-z]+)\\s*\\|").matcher(table);
        while (row.find()) {
            types.add(row.group(1));
        }
        return types;
    }
}
