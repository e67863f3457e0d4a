package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the store exports, RDF4J reads back as the same data: the named graphs for TriG and
 * N-Quads, the union graph for Turtle and JSON-LD.
 */
class InteropTest {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    @TempDir
    Path dir;

    private static byte[] export(Store store, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, lang);
        return out.toByteArray();
    }

    private static Model rio(byte[] bytes, RDFFormat format) throws IOException {
        return Rio.parse(new ByteArrayInputStream(bytes), "", format);
    }

    /** Jena's quads as RDF4J statements; {@code withGraphs} false drops the graph names. */
    private static Model toRdf4j(DatasetGraph dsg, boolean withGraphs) {
        Model model = new LinkedHashModel();
        dsg.find().forEachRemaining(q -> {
            Resource subject = (Resource) value(q.getSubject());
            var predicate = VF.createIRI(q.getPredicate().getURI());
            Value object = value(q.getObject());
            if (withGraphs && !Quad.isDefaultGraph(q.getGraph())) {
                model.add(subject, predicate, object, (Resource) value(q.getGraph()));
            } else {
                model.add(subject, predicate, object);
            }
        });
        return model;
    }

    private static Value value(Node node) {
        if (node.isURI()) {
            return VF.createIRI(node.getURI());
        }
        if (node.isBlank()) {
            return VF.createBNode(node.getBlankNodeLabel());
        }
        if (!node.getLiteralLanguage().isEmpty()) {
            return VF.createLiteral(node.getLiteralLexicalForm(), node.getLiteralLanguage());
        }
        return VF.createLiteral(node.getLiteralLexicalForm(), VF.createIRI(node.getLiteralDatatypeURI()));
    }

    private static void assertSameData(Model expected, Model actual, String format) {
        assertEquals(expected.size(), actual.size(), format + ": statement count");
        if (!Models.isomorphic(expected, actual)) {
            Set<Statement> missing = new HashSet<>(expected);
            missing.removeAll(actual);
            Set<Statement> unexpected = new HashSet<>(actual);
            unexpected.removeAll(expected);
            fail(format + " read by RDF4J is not the store's data; missing " + missing + ", unexpected " + unexpected);
        }
    }

    private static Store loaded(Path location, Path context) {
        Store store = Store.create().location(location).jsonLdContext(context).build();
        Fixtures.load(store);
        return store;
    }

    @Test
    void namedGraphFormatsKeepEveryArticleGraph() throws IOException {
        Model expected = toRdf4j(Fixtures.readAll(), true);
        try (Store store = loaded(dir, null)) {
            Model trig = rio(export(store, Lang.TRIG), RDFFormat.TRIG);
            assertSameData(expected, trig, "TriG");
            Model nquads = rio(export(store, Lang.NQUADS), RDFFormat.NQUADS);
            assertSameData(expected, nquads, "N-Quads");
            assertEquals(3, trig.contexts().size(), "TriG graphs: " + trig.contexts());
            assertEquals(trig.contexts(), nquads.contexts(), "N-Quads graphs");
        }
    }

    @Test
    void tripleFormatsHoldTheUnionOfTheArticles() throws IOException {
        DatasetGraph union = DatasetGraphFactory.wrap(Fixtures.readAll().getUnionGraph());
        Model expected = toRdf4j(union, false);
        try (Store store = loaded(dir, null)) {
            assertSameData(expected, rio(export(store, Lang.TURTLE), RDFFormat.TURTLE), "Turtle");
            assertSameData(expected, rio(export(store, Lang.JSONLD), RDFFormat.JSONLD), "JSON-LD");
        }
    }

    @Test
    void jsonLdUsesTheContextFileWhenThereIsOne() throws IOException, URISyntaxException {
        Path context = Path.of(InteropTest.class.getResource("context.jsonld").toURI());
        Model expected = toRdf4j(DatasetGraphFactory.wrap(Fixtures.readAll().getUnionGraph()), false);
        try (Store store = loaded(dir, context)) {
            byte[] jsonld = export(store, Lang.JSONLD);
            String text = new String(jsonld, StandardCharsets.UTF_8);
            assertTrue(text.contains("\"statedOn\"") && text.contains("\"label\""),
                    "the export does not use the context's terms:\n" + text.substring(0, Math.min(600, text.length())));
            assertSameData(expected, rio(jsonld, RDFFormat.JSONLD), "JSON-LD with context");
        }
    }

    @Test
    void aMissingContextFileFallsBackToPlainJsonLd() throws IOException {
        Model expected = toRdf4j(DatasetGraphFactory.wrap(Fixtures.readAll().getUnionGraph()), false);
        try (Store store = loaded(dir.resolve("data"), dir.resolve("no-such-context.jsonld"))) {
            byte[] jsonld = export(store, Lang.JSONLD);
            assertTrue(!new String(jsonld, StandardCharsets.UTF_8).contains("\"statedOn\""), "a context was used");
            assertSameData(expected, rio(jsonld, RDFFormat.JSONLD), "plain JSON-LD");
        }
    }
}
