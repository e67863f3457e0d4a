package org.diplograph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.diplograph.cli.CliRun;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * {@code load --rdf4j-native}: the fixture articles and the examples, loaded into an RDF4J
 * NativeStore with RDF4J's API and into TDB2 with the bulk loader, answer every competency query
 * of {@code queries/} (those without SERVICE, which need the network) with the same rows from
 * RDF4J as from Fuseki serving the TDB2 store ({@link Rdf4jReference}). Loading the same files
 * again changes no answer: each context is replaced, not added to.
 */
class Rdf4jLoadTest {

    @TempDir
    static Path dir;

    private static Rdf4jReference reference;

    @BeforeAll
    static void loadBoth() throws IOException {
        reference = Rdf4jReference.loadTdb2(dir);
        CliRun rdf4j = reference.loadInto("--rdf4j-native=" + dir.resolve("native"));
        assertEquals(0, rdf4j.code(), rdf4j::toString);
        CliRun again = reference.loadInto("--rdf4j-native=" + dir.resolve("native"));
        assertEquals(0, again.code(), again::toString);
        assertTrue(again.out().startsWith("loaded 7 graphs, "), again::toString);
    }

    @AfterAll
    static void stop() {
        if (reference != null) {
            reference.close();
        }
    }

    @Test
    void competencyQueriesAnswerTheSameFromRdf4jAsFromFuseki() throws IOException {
        SailRepository repository = new SailRepository(new NativeStore(dir.resolve("native").toFile()));
        repository.init();
        try {
            reference.assertSameAnswers(repository);
        } finally {
            repository.shutDown();
        }
    }

    @Test
    void aRepositoryNobodyServesIsNamed() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/rdf4j-server/repositories/news";
        CliRun run = Rdf4jReference.load(Rdf4jReference.SNAPSHOT.toString(), "--rdf4j=" + url);
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("RDF4J repository " + url + " cannot be used: "), run::toString);
        assertFalse(run.out().contains("loaded 4 graphs"), run::toString);
    }
}
