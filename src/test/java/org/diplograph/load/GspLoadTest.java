package org.diplograph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.DSP;
import org.diplograph.Quads;
import org.diplograph.cli.CliRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * {@code load --endpoint}: a Fuseki in a second JVM ({@link AuthFuseki}), with updates on and
 * Basic authentication, is loaded over loopback through the Graph Store Protocol. The graphs are
 * then all there, a graph it held before is replaced, and a wrong password, a wrong token and an
 * endpoint nobody listens on each end the load with a message naming the endpoint and the reason.
 */
class GspLoadTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/org/diplograph/cli/examples-snapshot.nq");
    private static final String USER = "loader";
    private static final String PASSWORD = "s3cret-for-the-test";

    @TempDir
    static Path dir;

    private static ServerProcess server;
    private static String base;

    @BeforeAll
    static void startServer() throws Exception {
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, USER + ": " + PASSWORD + "\n");
        server = ServerProcess.launch("the Fuseki process", dir, List.of("-Xmx256m"), System.getProperty("java.class.path"),
                AuthFuseki.class, passwords.toString());
        base = "http://127.0.0.1:" + server.awaitPort(System.nanoTime() + TimeUnit.SECONDS.toNanos(60)) + "/ds";
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void loadsEveryGraphAndReplacesOneTheStoreHeld() throws IOException {
        DatasetGraph snapshot = RDFDataMgr.loadDatasetGraph(SNAPSHOT.toString());
        Node graph = snapshot.listGraphNodes().next();
        Node stale = NodeFactory.createURI("https://example.org/stale");
        DatasetGraph old = DatasetGraphFactory.create();
        old.add(graph, stale, stale, stale);
        Path oldFile = dir.resolve("old.trig");
        RDFDataMgr.write(Files.newOutputStream(oldFile), old, Lang.TRIG);

        CliRun before = load(oldFile.toString(), "--endpoint=" + base + "/data", "--user=" + USER, "--password=" + PASSWORD);
        assertEquals(0, before.code(), before::toString);
        CliRun run = load(SNAPSHOT.toString(), "--endpoint=" + base + "/data", "--user=" + USER, "--password=" + PASSWORD);
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().startsWith("loaded 4 graphs, " + snapshot.stream().count() + " quads from 1 files into endpoint " + base + "/data"), run::toString);

        String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        DatasetGraph served = DSP.service(base).httpHeader("Authorization", basic).GET();
        assertTrue(Quads.isomorphic(snapshot, served), () -> "the server holds other quads than the file: "
                + served.stream().count() + " against " + snapshot.stream().count());
    }

    @Test
    void aWrongPasswordEndsTheLoadWithTheEndpointAndTheStatus() {
        CliRun run = load(SNAPSHOT.toString(), "--endpoint=" + base + "/data", "--user=" + USER, "--password=wrong");
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("stopped: endpoint " + base + "/data answered 401 Unauthorized"), run::toString);
        assertTrue(run.out().contains("the user name and password (or token) were refused"), run::toString);
    }

    @Test
    void aTokenTheServerDoesNotKnowIsRefusedToo() {
        CliRun run = load(SNAPSHOT.toString(), "--endpoint=" + base + "/data", "--token=not-a-token");
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("endpoint " + base + "/data answered 401"), run::toString);
    }

    @Test
    void anEndpointNobodyListensOnIsNamed() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port + "/ds/data";
        CliRun run = load(SNAPSHOT.toString(), "--endpoint=" + endpoint, "--timeout=5");
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("endpoint " + endpoint + " cannot be reached"), run::toString);
    }

    private static CliRun load(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "load";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.viaMain(all);
    }
}
