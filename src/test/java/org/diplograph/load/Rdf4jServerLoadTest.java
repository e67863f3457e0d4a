package org.diplograph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.cli.CliRun;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.config.RepositoryConfig;
import org.eclipse.rdf4j.repository.http.HTTPRepository;
import org.eclipse.rdf4j.repository.manager.RemoteRepositoryManager;
import org.eclipse.rdf4j.repository.sail.config.SailRepositoryConfig;
import org.eclipse.rdf4j.sail.nativerdf.config.NativeStoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * {@code load --rdf4j} against a live RDF4J Server: the {@code rdf4j-http-server} web application
 * from Maven Central runs in a second JVM ({@link Rdf4jServer}, Jetty's ee8 container) over
 * loopback, with its data in a temporary folder, and gets a NativeStore repository created through
 * RDF4J's {@link RemoteRepositoryManager}. The fixture articles and the examples are loaded into it
 * over HTTP twice, on top of a stale graph: the stale triple is gone, every context holds its
 * graph once, and every competency query without SERVICE answers the same rows from the server as
 * from Fuseki over the TDB2 store ({@link Rdf4jReference}). A repository the server does not have,
 * and a URL of the server that is no repository, each end the load with the URL and the reason.
 */
class Rdf4jServerLoadTest {

    private static final String REPOSITORY = "news";
    /** How long the server may take to start: about 5 s on an idle machine, more on a busy one. */
    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    static Path dir;

    private static ServerProcess server;
    private static String serverUrl;
    private static String repositoryUrl;
    private static Rdf4jReference reference;

    @BeforeAll
    static void start() throws Exception {
        Path webapp = builtByMaven("diplograph.rdf4j-server.webapp");
        Path classpathFile = builtByMaven("diplograph.rdf4j-server.classpath");
        String launcher = Path.of(Rdf4jServer.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String jars = Files.readString(classpathFile).trim();
        assertOneJettyRelease(jars);
        String classpath = launcher + File.pathSeparator + jars;
        // A small server JVM that starts fast: the C1 compiler alone and the serial collector.
        server = ServerProcess.launch("RDF4J Server", dir, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dorg.eclipse.rdf4j.appdata.basedir=" + dir.resolve("rdf4j-data")), classpath, Rdf4jServer.class,
                webapp.toString(), dir.resolve("jetty").toString());

        // The reference store is loaded while the server starts.
        reference = Rdf4jReference.loadTdb2(dir);

        long deadline = System.nanoTime() + START.toNanos();
        serverUrl = "http://127.0.0.1:" + server.awaitPort(deadline) + "/rdf4j-server";
        awaitProtocol(deadline);

        RemoteRepositoryManager manager = new RemoteRepositoryManager(serverUrl);
        manager.init();
        try {
            manager.addRepositoryConfig(new RepositoryConfig(REPOSITORY, "diplograph load test",
                    new SailRepositoryConfig(new NativeStoreConfig())));
            assertTrue(manager.hasRepositoryConfig(REPOSITORY), "the server did not keep the repository");
        } finally {
            manager.shutDown();
        }
        repositoryUrl = serverUrl + "/repositories/" + REPOSITORY;
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (reference != null) {
                reference.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void loadsTwiceOverAStaleGraphAndAnswersAsFusekiDoes() throws IOException {
        DatasetGraph snapshot = RDFDataMgr.loadDatasetGraph(Rdf4jReference.SNAPSHOT.toString());
        Node graph = snapshot.listGraphNodes().next();
        Node stale = NodeFactory.createURI("https://example.org/stale");
        DatasetGraph old = DatasetGraphFactory.create();
        old.add(graph, stale, stale, stale);
        Path oldFile = dir.resolve("old.trig");
        try (OutputStream out = Files.newOutputStream(oldFile)) {
            RDFDataMgr.write(out, old, Lang.TRIG);
        }
        CliRun before = Rdf4jReference.load(oldFile.toString(), "--rdf4j=" + repositoryUrl);
        assertEquals(0, before.code(), before::toString);
        assertTrue(before.out().startsWith("loaded 1 graphs, 1 quads from 1 files into RDF4J repository " + repositoryUrl), before::toString);

        for (int run = 0; run < 2; run++) {
            CliRun load = reference.loadInto("--rdf4j=" + repositoryUrl);
            assertEquals(0, load.code(), load::toString);
            assertTrue(load.out().startsWith("loaded 7 graphs, "), load::toString);
            assertTrue(load.out().contains(" from 2 files into RDF4J repository " + repositoryUrl + " in "), load::toString);
        }

        HTTPRepository repository = new HTTPRepository(repositoryUrl);
        repository.init();
        try {
            try (RepositoryConnection conn = repository.getConnection()) {
                IRI s = conn.getValueFactory().createIRI(stale.getURI());
                assertFalse(conn.hasStatement(s, s, s, false), "the stale graph was added to, not replaced");
            }
            reference.assertSameAnswers(repository);
        } finally {
            repository.shutDown();
        }
    }

    @Test
    void aRepositoryTheServerDoesNotHaveIsNamed() {
        String url = serverUrl + "/repositories/no-such-repository";
        CliRun run = Rdf4jReference.load(Rdf4jReference.SNAPSHOT.toString(), "--rdf4j=" + url);
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("RDF4J repository " + url + " cannot be used: "), run::toString);
        assertTrue(run.out().contains("cannot be used: the RDF4J server " + serverUrl + " has no repository no-such-repository (it has "), run::toString);
        assertFalse(run.out().contains("loaded 4 graphs"), run::toString);
    }

    @Test
    void aUrlOfTheServerThatIsNoRepositoryIsNamed() {
        String url = serverUrl + "/no-such-path";
        CliRun run = Rdf4jReference.load(Rdf4jReference.SNAPSHOT.toString(), "--rdf4j=" + url);
        assertEquals(1, run.code(), run::toString);
        assertTrue(run.out().contains("RDF4J repository " + url + " cannot be used: "), run::toString);
        assertTrue(run.out().contains("a repository's URL is http://HOST:PORT/rdf4j-server/repositories/ID"), run::toString);
        assertFalse(run.out().contains("loaded 4 graphs"), run::toString);
    }

    /** Polls the server's protocol version until it answers. */
    private static void awaitProtocol(long deadline) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(serverUrl + "/protocol")).timeout(Duration.ofSeconds(10)).build();
        String last = "no answer";
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(200);
        }
        fail("RDF4J Server at " + serverUrl + " did not answer its protocol version (" + last + "): " + server.log());
    }

    /**
     * Jetty's core jars come with Fuseki, its ee8 jars with {@code jetty.version} in the parent
     * pom: a Jena upgrade that brings another Jetty needs that property raised with it.
     */
    private static void assertOneJettyRelease(String jars) {
        Set<String> releases = new TreeSet<>();
        for (String jar : jars.split(File.pathSeparator)) {
            Matcher m = Pattern.compile("/jetty-[a-z0-9-]+-(12\\.[0-9.]+)\\.jar$").matcher(jar.replace('\\', '/'));
            if (m.find()) {
                releases.add(m.group(1));
            }
        }
        assertEquals(1, releases.size(), () -> "the RDF4J Server's Jetty jars are of several releases " + releases
                + ": set jetty.version in pom.xml to the Jetty that Fuseki brings");
    }

    /** A file or folder that the Maven build lays out before the tests (see core/pom.xml). */
    private static Path builtByMaven(String property) {
        String value = System.getProperty(property);
        assertTrue(value != null && Files.exists(Path.of(value)), () -> "no " + property + " (" + value
                + "): run the test through Maven (mvn test), which unpacks RDF4J Server and writes its classpath");
        return Path.of(value);
    }
}
