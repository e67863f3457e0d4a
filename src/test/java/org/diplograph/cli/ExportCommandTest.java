package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
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
    void aMissingStoreIsReported() {
        CliRun run = CliRun.run(new ExportCommand(), "--loc=" + dir.resolve("none"));
        assertEquals(1, run.code(), run.toString());
        assertEquals("no store at " + dir.resolve("none") + ": build one first, or give its folder with --loc=DIR",
                run.err().strip());
    }
}
