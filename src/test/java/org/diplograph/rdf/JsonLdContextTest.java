package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class JsonLdContextTest {

    private final Model ontology = Ontology.ontologyModel();
    private final JsonObject context = Ontology.jsonldContext().get("@context").getAsObject();

    @Test
    void everyTermHasAContextEntryOfItsKind() {
        Map<String, String> wrong = new TreeMap<>();
        ontology.listSubjectsWithProperty(RDF.type).forEachRemaining(term -> {
            if (!term.isURIResource() || !term.getURI().startsWith(DIP.NAMESPACE)) {
                return;
            }
            String name = term.getLocalName();
            String expectedType = expectedType(term);
            JsonValue entry = context.get(name);
            if (entry == null) {
                wrong.put(name, "no entry");
            } else if (expectedType == null) {
                String id = entry.isString() ? entry.getAsString().value()
                        : entry.getAsObject().get("@id").getAsString().value();
                if (!id.equals("dip:" + name) || (entry.isObject() && entry.getAsObject().hasKey("@type"))) {
                    wrong.put(name, "expected \"dip:" + name + "\" without @type, but was " + entry);
                }
            } else if (!entry.isObject()
                    || !entry.getAsObject().get("@id").getAsString().value().equals("dip:" + name)
                    || !expectedType.equals(entry.getAsObject().get("@type").getAsString().value())) {
                wrong.put(name, "expected {\"@id\": \"dip:" + name + "\", \"@type\": \"" + expectedType + "\"}, but was " + entry);
            }
        });
        assertEquals(Map.of(), wrong, "context entries that do not match diplograph.ttl");
    }

    @Test
    void documentUsingTheContextReadsAsTheArticleGraphShape() {
        String document = """
                {"@context": %s,
                 "@graph": [
                  {"id": "dipid:statement/a-1", "type": ["Statement", "Proposal"],
                   "agent": "dipid:actor/Q20", "attribution": "DirectQuote", "modality": "Recommendation",
                   "negated": false, "statedOn": "2024-03-03", "confidence": "0.8", "cameoCode": "020",
                   "hasCondition": {"id": "dipid:condition/a-1", "type": "Condition", "conditionType": "Ceasefire",
                                    "label": "halt trawling", "confidence": "0.8",
                                    "extractedBy": "condition-cues:Ceasefire"},
                   "evidence": {"id": "dipid:evidence/a-0-9", "type": "Evidence", "text": "Norway ha",
                                "beginIndex": "0", "endIndex": "9", "inArticle": "dipid:article/a"}},
                  {"id": "dipid:article/a", "type": "NewsArticle", "url": "https://news.example.org/a",
                   "datePublished": "2024-03-04", "sourceFile": "a.txt"},
                  {"id": "dipid:actor/Q20", "type": ["Actor", "State"], "label": "Norway",
                   "exactMatch": "http://www.wikidata.org/entity/Q20"}
                 ]}
                """.formatted(context.toString());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(document, Lang.JSONLD).parse(model);

        Resource statement = model.createResource(DIP.ID + "statement/a-1");
        Resource condition = model.createResource(DIP.ID + "condition/a-1");
        Resource evidence = model.createResource(DIP.ID + "evidence/a-0-9");
        Resource article = model.createResource(DIP.ID + "article/a");
        List<String> missing = new ArrayList<>();
        expect(model, statement, RDF.type, DIP.Proposal, missing);
        expect(model, statement, DIP.agent, model.createResource(DIP.ID + "actor/Q20"), missing);
        expect(model, statement, DIP.attribution, DIP.DirectQuote, missing);
        expect(model, statement, DIP.modality, DIP.Recommendation, missing);
        expect(model, statement, DIP.negated, model.createTypedLiteral(false), missing);
        expect(model, statement, DIP.statedOn, model.createTypedLiteral("2024-03-03", XSDDatatype.XSDdate), missing);
        expect(model, statement, DIP.confidence, model.createTypedLiteral(new BigDecimal("0.8")), missing);
        expect(model, statement, DIP.cameoCode, model.createLiteral("020"), missing);
        expect(model, condition, DIP.conditionType, DIP.Ceasefire, missing);
        expect(model, condition, RDFS.label, model.createLiteral("halt trawling"), missing);
        expect(model, condition, DIP.confidence, model.createTypedLiteral(new BigDecimal("0.8")), missing);
        expect(model, condition, DIP.extractedBy, model.createLiteral("condition-cues:Ceasefire"), missing);
        expect(model, evidence, DIP.beginIndex, model.createTypedLiteral("0", XSDDatatype.XSDinteger), missing);
        expect(model, evidence, DIP.inArticle, article, missing);
        expect(model, article, RDF.type, model.createResource("https://schema.org/NewsArticle"), missing);
        expect(model, article, model.createProperty("https://schema.org/url"), model.createResource("https://news.example.org/a"), missing);
        expect(model, article, model.createProperty("https://schema.org/datePublished"),
                model.createTypedLiteral("2024-03-04", XSDDatatype.XSDdate), missing);
        expect(model, model.createResource(DIP.ID + "actor/Q20"), SKOS.exactMatch,
                model.createResource("http://www.wikidata.org/entity/Q20"), missing);
        assertTrue(missing.isEmpty(), "triples missing from the JSON-LD read with the context: " + missing
                + "\nread: " + model.listStatements().toList());
    }

    private static void expect(Model model, Resource subject, org.apache.jena.rdf.model.Property property,
                               org.apache.jena.rdf.model.RDFNode object, List<String> missing) {
        if (!model.contains(subject, property, object)) {
            String shown = object.isLiteral() ? ((Literal) object).getLexicalForm() + "^^" + ((Literal) object).getDatatypeURI() : object.toString();
            missing.add(subject.getURI() + " " + property.getLocalName() + " " + shown);
        }
    }

    /** The JSON-LD @type a term's entry must carry, or null where it must carry none. */
    private String expectedType(Resource term) {
        Resource withModel = term.inModel(ontology);
        if (withModel.hasProperty(RDF.type, OWL2.ObjectProperty)) {
            boolean conceptValued = SKOS.Concept.equals(withModel.getPropertyResourceValue(RDFS.range));
            return conceptValued ? "@vocab" : "@id";
        }
        if (withModel.hasProperty(RDF.type, OWL2.DatatypeProperty)) {
            String range = withModel.getPropertyResourceValue(RDFS.range).getLocalName();
            return range.equals("string") ? null : "xsd:" + range;
        }
        return null;
    }
}
