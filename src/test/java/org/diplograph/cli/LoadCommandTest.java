package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.Quads;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load} into a TDB2 folder: the bulk loader and the per-graph load give the store the
 * quads of the files; loading again replaces each graph rather than doubling it; a file with a
 * bad line, a missing file and a triple outside a named graph are each reported with their file
 * and reason, and the rest of the batch is loaded.
 */
class LoadCommandTest {

    static final Path SNAPSHOT = Path.of("src/test/resources/org/diplograph/cli/examples-snapshot.nq");

    @TempDir
    Path dir;

    @Test
    void bulkLoadHoldsTheFilesQuadsAndReloadingReplaces() throws IOException {
        Path gz = dir.resolve("examples.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(SNAPSHOT, out);
        }
        Path loc = dir.resolve("store");
        CliRun first = CliRun.run(new LoadCommand(), gz.toString(), "--loc=" + loc);
        assertEquals(0, first.code(), first::toString);
        long quads = RDFDataMgr.loadDatasetGraph(SNAPSHOT.toString()).stream().count();
        assertTrue(first.out().contains("loaded 4 graphs, " + quads + " quads from 1 files"), first::toString);
        assertIsomorphic(RDFDataMgr.loadDatasetGraph(SNAPSHOT.toString()), loc);

        // One graph changed in a second file: loading it replaces that graph, the others stay.
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(SNAPSHOT.toString());
        Node graph = expected.listGraphNodes().next();
        Path changed = dir.resolve("changed.trig");
        DatasetGraph one = DatasetGraphFactory.create();
        Node note = NodeFactory.createURI("https://example.org/note");
        one.add(graph, note, note, NodeFactory.createLiteralString("only this"));
        RDFDataMgr.write(Files.newOutputStream(changed), one, Lang.TRIG);
        CliRun second = CliRun.run(new LoadCommand(), changed.toString(), "--loc=" + loc);
        assertEquals(0, second.code(), second::toString);
        expected.removeGraph(graph);
        expected.add(graph, note, note, NodeFactory.createLiteralString("only this"));
        assertIsomorphic(expected, loc);

        // The whole snapshot again, per graph this time: back to the snapshot, nothing doubled.
        CliRun third = CliRun.run(new LoadCommand(), SNAPSHOT.toString(), "--loc=" + loc, "--per-graph");
        assertEquals(0, third.code(), third::toString);
        assertIsomorphic(RDFDataMgr.loadDatasetGraph(SNAPSHOT.toString()), loc);
    }

    @Test
    void badInputsAreReportedAndTheRestIsLoaded() throws IOException {
        List<String> lines = Files.readAllLines(SNAPSHOT, StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.nq");
        Files.write(bad, List.of(lines.get(0), lines.get(1), "<https://example.org/s> <https://example.org/p> \"open", lines.get(2)));
        Path defaultGraph = dir.resolve("triples.nq");
        Files.writeString(defaultGraph, "<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n");
        Path missing = dir.resolve("missing.nq");
        Path turtle = dir.resolve("data.ttl");
        Files.writeString(turtle, "");
        Path loc = dir.resolve("store");

        CliRun run = CliRun.run(new LoadCommand(), bad.toString(), defaultGraph.toString(), missing.toString(),
                turtle.toString(), SNAPSHOT.toString(), "--loc=" + loc);

        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("rejected 4:"), run::toString);
        assertTrue(run.out().contains(bad + ": not loaded: syntax error at line 4, column 1: Broken token (newline in string)"), run::toString);
        assertTrue(run.out().contains(defaultGraph + ": not loaded: quad 1 is a triple outside any named graph"), run::toString);
        assertTrue(run.out().contains(missing + ": not loaded: no such file"), run::toString);
        assertTrue(run.out().contains(turtle + ": not loaded: not a quad file"), run::toString);
        assertFalse(run.err().contains("ERROR"), run::toString);
        assertIsomorphic(RDFDataMgr.loadDatasetGraph(SNAPSHOT.toString()), loc);
    }

    @Test
    void aFolderStandsForItsQuadFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Files.copy(SNAPSHOT, folder.resolve("part-00000.nq"));
        Files.writeString(folder.resolve("_SUCCESS"), "");
        Path loc = dir.resolve("store");
        CliRun run = CliRun.run(new LoadCommand(), folder.toString(), "--loc=" + loc);
        assertEquals(0, run.code(), run::toString);
        assertIsomorphic(RDFDataMgr.loadDatasetGraph(SNAPSHOT.toString()), loc);
    }

    @Test
    void credentialsWithoutARemoteStoreAreAUsageError() {
        CliRun run = CliRun.run(new LoadCommand(), SNAPSHOT.toString(), "--loc=" + dir.resolve("store"), "--user=me");
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("--user, --password and --token go with --endpoint or --rdf4j"), run::toString);
    }


    static void assertIsomorphic(DatasetGraph expected, Path loc) {
        try (Store store = Store.connect(loc)) {
            store.consume(ds -> {
                DatasetGraph actual = DatasetGraphFactory.create();
                ds.asDatasetGraph().find().forEachRemaining(actual::add);
                assertTrue(Quads.isomorphic(expected, actual), () -> "the store at " + loc
                        + " differs from the expected quads: " + actual.stream().count() + " quads against "
                        + expected.stream().count());
            });
        }
    }
}
