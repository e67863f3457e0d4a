package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.diplograph.graph.ActorGraph;
import org.diplograph.graph.GraphFormat;
import org.diplograph.rdf.Ontology;
import org.diplograph.store.Fixtures;
import org.junit.jupiter.api.Test;

class ExportCommandTest extends FixtureStoreTest {

    private static DatasetGraph quads(String text, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(dsg);
        return dsg;
    }

    @Test
    void nQuadsToStandardOutputByDefault() {
        CliRun run = CliRun.run(new ExportCommand(), loc);
        assertEquals(0, run.code(), run.err());
        assertTrue(IsoMatcher.isomorphic(Fixtures.readAll(), quads(run.out(), Lang.NQUADS)),
                "the N-Quads on standard output are not the fixture articles");
    }

    @Test
    void turtleHoldsTheUnionGraph() {
        CliRun run = CliRun.run(new ExportCommand(), loc, "--output=ttl");
        assertEquals(0, run.code(), run.err());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.TURTLE).parse(graph);
        assertTrue(Fixtures.readAll().getUnionGraph().isIsomorphicWith(graph), "the Turtle is not the union of the articles");
    }

    @Test
    void aFileGetsTheFormatOfItsExtension() throws Exception {
        Path file = dir.resolve("graph.trig");
        CliRun run = CliRun.run(new ExportCommand(), loc, file.toString());
        assertEquals(0, run.code(), run.err());
        DatasetGraph expected = Fixtures.readAll();
        long triples = expected.stream().count();
        assertEquals("wrote 3 graphs, " + triples + " triples as TriG to " + file, run.out().strip());
        assertTrue(IsoMatcher.isomorphic(expected, quads(Files.readString(file), Lang.TRIG)), "the TriG file differs");
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(f -> f.toString().endsWith(".part")).count(), "a partial file was left");
        }
    }

    @Test
    void jsonLdGoesToAFileWhateverItsName() throws Exception {
        Path file = dir.resolve("graph.out");
        CliRun run = CliRun.run(new ExportCommand(), loc, "--output=jsonld", file.toString());
        assertEquals(0, run.code(), run.err());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.JSONLD).parse(graph);
        assertTrue(Fixtures.readAll().getUnionGraph().isIsomorphicWith(graph), "the JSON-LD is not the union of the articles");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.run(new ExportCommand(), loc, "--output=rdfxml");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("--output must be one of nq, trig, ttl, jsonld, graphml, gexf, dot, cyjs, but was: rdfxml"), run.toString());
    }

    @Test
    void aFileExtensionThatNamesNoFormatIsAUsageError() {
        Path file = dir.resolve("all.rdf");
        CliRun run = CliRun.run(new ExportCommand(), loc, file.toString());
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("the extension of " + file + ", .rdf, names no format: use one of "
                + ExportCommand.OUTPUT_NAMES + ", or give --output=FORMAT"), run.toString());
        assertFalse(java.nio.file.Files.exists(file), "a file was written under a name that names no format");
    }

    @Test
    void aMissingStoreIsReported() {
        CliRun run = CliRun.run(new ExportCommand(), "--loc=" + dir.resolve("none"));
        assertEquals(1, run.code(), run.toString());
        assertEquals("no store at " + dir.resolve("none") + ": build one first, or give its folder with --loc=DIR",
                run.err().strip());
    }

    @Test
    void actorGraphFormatsFollowTheFileExtension() throws Exception {
        ActorGraph expected = ActorGraph.read(Fixtures.readAll().getUnionGraph());
        for (GraphFormat format : GraphFormat.values()) {
            Path file = dir.resolve("actors." + format.extension());
            CliRun run = CliRun.run(new ExportCommand(), loc, file.toString());
            assertEquals(0, run.code(), run.err());
            assertEquals(String.format("wrote %d actors, %d edges as %s to %s", expected.nodes().size(),
                    expected.edges().size(), format.label(), file), run.out().strip());
            assertEquals(written(expected, format), Files.readString(file),
                    format + " export of the store differs from the actor graph of the fixture articles");
        }
    }

    @Test
    void dotToStandardOutput() {
        CliRun run = CliRun.run(new ExportCommand(), loc, "--output=dot");
        assertEquals(0, run.code(), run.err());
        assertEquals(written(ActorGraph.read(Fixtures.readAll().getUnionGraph()), GraphFormat.DOT), run.out());
    }

    @Test
    void jsonLdUsesTheShortNamesOfTheContext() {
        CliRun run = CliRun.run(new ExportCommand(), loc, "--output=jsonld");
        assertEquals(0, run.code(), run.err());
        JsonObject document = JSON.parse(run.out());
        JsonObject context = Ontology.jsonldContext().get("@context").getAsObject();
        assertEquals(context, document.get("@context"), "the export does not carry the context of ontology/");
        Set<String> keys = new TreeSet<>();
        document.get("@graph").getAsArray().forEach(node -> keys.addAll(node.getAsObject().keys()));
        Set<String> notShort = new TreeSet<>(keys);
        notShort.removeIf(key -> context.hasKey(key) || key.startsWith("@"));
        assertEquals(Set.of(), notShort, "keys that are not terms of the context");
        assertTrue(keys.containsAll(Set.of("agent", "statedOn", "hasCondition", "guarantor", "label")),
                "short names missing from " + keys);
    }

    private static String written(ActorGraph graph, GraphFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(graph, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
