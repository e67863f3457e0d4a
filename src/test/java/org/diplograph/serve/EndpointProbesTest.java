package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

/**
 * The probes of issue 11, each a few requests against a real server on loopback over a small
 * synthetic store, each bounded in time: SERVICE refused and never echoing the remote (a tiny
 * HTTP server on 127.0.0.1 plays the remote), the query timeout, a query whose client has gone
 * (over raw sockets), the size limits, JSONP, TRACE, the server and statistics pages, updates,
 * and the address listened on.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EndpointProbesTest {

    /** What the 'remote' answers: it must never reach a client of the endpoint. */
    private static final String REMOTE_SECRET = "remote-secret-7d41c0";
    private static final int THINGS = 300;
    private static final int MAX_ROWS = 50;
    private static final int MAX_QUERY_LENGTH = 5_000;
    private static final int MAX_REQUEST_BYTES = 20_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final String CROSS_PRODUCT_COUNT = "SELECT (COUNT(*) AS ?n) { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }";
    /** THINGS to the fourth power, 8.1 billion rows: hours of counting before any byte of answer. */
    private static final String ENDLESS_COUNT = "SELECT (COUNT(*) AS ?n) { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z . ?d ?s ?w }";
    /** A count that takes a second or more, but well under a minute on a slow machine. */
    private static final long SOME_ROWS = 6_000_000;
    private static final String SOME_ROWS_COUNT =
            "SELECT (COUNT(*) AS ?n) { SELECT * { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z } LIMIT " + SOME_ROWS + " }";
    /** The timeout of the server that waits for its queries: far beyond any wait of these tests. */
    private static final Duration PATIENT = Duration.ofMinutes(10);
    /** How long a test waits for the server to do something it should do at once. */
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;

    private static Store store;
    /** Served with the defaults but for short limits: no SERVICE host. */
    private static Server server;
    /** Served with 127.0.0.1 as its one SERVICE host. */
    private static Server serviceServer;
    /** Served with a timeout of {@link #PATIENT} and a quick client watch. */
    private static Server patient;
    private static HttpServer remote;
    private static final AtomicInteger REMOTE_CALLS = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        store = Store.connect(dir);
        Graph things = GraphFactory.createDefaultGraph();
        for (int i = 0; i < THINGS; i++) {
            things.add(NodeFactory.createURI("urn:x:thing" + i), RDFS.label.asNode(), NodeFactory.createLiteralString("thing " + i));
        }
        store.replaceArticle(NodeFactory.createURI("urn:x:things"), things);

        remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/", exchange -> {
            REMOTE_CALLS.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("<html>" + REMOTE_SECRET + "</html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        remote.start();

        server = bounded().build().start();
        serviceServer = bounded().allowService(List.of("127.0.0.1")).build().start();
        patient = Server.create().store(store).port(ServerTest.freePort()).timeout(PATIENT)
                .clientProbeInterval(Duration.ofMillis(50)).build().start();
    }

    private static Server.Builder bounded() throws IOException {
        return Server.create().store(store).port(ServerTest.freePort()).timeout(TIMEOUT)
                .maxRows(MAX_ROWS).maxQueryLength(MAX_QUERY_LENGTH).maxRequestBytes(MAX_REQUEST_BYTES);
    }

    @AfterAll
    static void stop() {
        for (Server running : new Server[] {server, serviceServer, patient}) {
            if (running != null) {
                running.stop();
            }
        }
        if (remote != null) {
            remote.stop(0);
        }
        if (store != null) {
            store.close();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> query(Server on, String query) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(on.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))));
    }

    private static HttpResponse<String> get(Server on, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(on.url()).resolve(path)).GET());
    }

    private static void assertNoStackTrace(HttpResponse<String> response) {
        assertFalse(response.body().matches("(?s).*\\bat [a-z]+\\.[a-z.]+[A-Z]\\w*\\.\\w+\\(.*"),
                "a stack trace in the response:\n" + response.body());
    }

    private static String remoteService(String host) {
        return "SELECT * { SERVICE <http://" + host + ":" + remote.getAddress().getPort() + "/sparql> { ?s ?p ?o } }";
    }

    @Test
    void serviceIsRefusedByDefaultWithoutAnyRequestMade() throws Exception {
        int before = REMOTE_CALLS.get();
        HttpResponse<String> response = query(server, remoteService("127.0.0.1"));
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("SERVICE is not allowed on this server"), response.body());
        assertEquals(before, REMOTE_CALLS.get(), "the server called the remote");
        assertNoStackTrace(response);
    }

    @Test
    void serviceReachesOnlyTheNamedHosts() throws Exception {
        int before = REMOTE_CALLS.get();
        for (String other : List.of("localhost", "127.0.0.1.nip.io", "user@127.0.0.1")) {
            HttpResponse<String> response = query(serviceServer, remoteService(other));
            assertEquals(422, response.statusCode(), other + ": " + response.body());
            assertTrue(response.body().contains("SERVICE"), response.body());
        }
        assertEquals(before, REMOTE_CALLS.get(), "the server called a host not named");
    }

    @Test
    void aFailedServiceCallNeverEchoesTheRemote() throws Exception {
        int before = REMOTE_CALLS.get();
        HttpResponse<String> response = query(serviceServer, remoteService("127.0.0.1"));
        assertEquals(before + 1, REMOTE_CALLS.get(), "the named host was not called");
        assertEquals(502, response.statusCode(), response.body());
        assertFalse(response.body().contains(REMOTE_SECRET), "the remote's reply was echoed:\n" + response.body());
        assertTrue(response.body().contains("the SERVICE call to 127.0.0.1 failed (HTTP 500)"), response.body());
        assertNoStackTrace(response);
    }

    @Test
    void aQueryPastTheTimeoutIsStopped() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = query(server, CROSS_PRODUCT_COUNT);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(seconds < 15, "the timeout of " + TIMEOUT + " answered after " + seconds + " s");
        assertNoStackTrace(response);
    }

    /**
     * A client sends a query that computes for a long time before its first byte of answer, waits
     * a second and closes its socket: the query stops soon after, long before its timeout, by
     * the hand of the client watch. Sent as each kind of request a SPARQL client makes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST form", "POST sparql-query"})
    void aQueryWhoseClientHasGoneIsStopped(String how) throws Exception {
        ClientWatch clients = patient.clients();
        long stoppedBefore = clients.stopped();
        int runningBefore = clients.running();
        try (Socket client = connect(patient)) {
            send(client, how, ENDLESS_COUNT, false);
            assertTrue(eventually(() -> clients.running() == runningBefore + 1), "the query did not start");
            Thread.sleep(1_000);
            assertEquals(runningBefore + 1, clients.running(), "the query ended while its client was there");
        }
        assertTrue(eventually(() -> clients.running() == runningBefore),
                "the query still runs " + WAIT.toSeconds() + " s after its client left (its timeout is " + PATIENT + ")");
        assertEquals(stoppedBefore + 1, clients.stopped(), "the query ended, but not because its client had gone");
    }

    /**
     * A client that stays gets its answer although its connection is probed while the query runs,
     * and the request it pipelines meanwhile, which the probe reads, is answered too.
     */
    @Test
    void aClientThatStaysIsAnsweredAndSoIsTheRequestItPipelines() throws Exception {
        ClientWatch clients = patient.clients();
        long probesBefore = clients.probes();
        long handedBackBefore = clients.handedBack();
        String answers;
        try (Socket client = connect(patient)) {
            send(client, "GET", SOME_ROWS_COUNT, false);
            assertTrue(eventually(() -> clients.running() == 1 && clients.probes() > probesBefore + 2),
                    "the running query's connection was not probed");
            send(client, "GET", "ASK { ?s ?p ?o }", true);
            answers = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(2, answers.split("HTTP/1.1 200 OK", -1).length - 1, answers);
        assertTrue(answers.matches("(?s).*\"value\"\\s*:\\s*\"" + SOME_ROWS + "\".*"), "no count of " + SOME_ROWS + " in\n" + answers);
        assertTrue(answers.matches("(?s).*\"boolean\"\\s*:\\s*true.*"), "no answer to the ASK in\n" + answers);
        assertEquals(handedBackBefore + 1, clients.handedBack(), "the pipelined request did not reach the probe");
        assertEquals(0, clients.running());
    }

    private static Socket connect(Server on) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), on.port());
        // A server that never answers fails the test instead of hanging it.
        socket.setSoTimeout((int) Duration.ofSeconds(50).toMillis());
        return socket;
    }

    /** Writes a SPARQL request for {@code query} on a raw connection, as a GET or a POST of the kind named. */
    private static void send(Socket socket, String how, String query, boolean last) throws IOException {
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        String head = "Host: localhost\r\nAccept: application/sparql-results+json\r\n" + (last ? "Connection: close\r\n" : "");
        String request = switch (how) {
            case "GET" -> "GET /diplograph/sparql?query=" + encoded + " HTTP/1.1\r\n" + head + "\r\n";
            case "POST form" -> post(head, "application/x-www-form-urlencoded", "query=" + encoded);
            case "POST sparql-query" -> post(head, "application/sparql-query", query);
            default -> throw new IllegalArgumentException("no such request: " + how);
        };
        socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    private static String post(String head, String type, String body) {
        return "POST /diplograph/sparql HTTP/1.1\r\n" + head + "Content-Type: " + type + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    /** Whether {@code condition} holds within {@link #WAIT}, asked every 20 ms. */
    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Test
    void aQueryAnswersAtMostTheRowLimitAndKeepsALowerLimit() throws Exception {
        HttpResponse<String> all = query(server, "SELECT ?s { ?s ?p ?o }");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(MAX_ROWS, JSON.parse(all.body()).get("results").getAsObject().get("bindings").getAsArray().size());
        HttpResponse<String> ten = query(server, "SELECT ?s { ?s ?p ?o } LIMIT 10");
        assertEquals(10, JSON.parse(ten.body()).get("results").getAsObject().get("bindings").getAsArray().size());
    }

    @Test
    void aQueryOverTheLengthLimitIsRefusedWith413() throws Exception {
        String padded = "SELECT ?s { ?s ?p ?o } #" + "x".repeat(MAX_QUERY_LENGTH);
        HttpResponse<String> form = query(server, padded);
        assertEquals(413, form.statusCode(), form.body());
        assertTrue(form.body().contains("a query may have at most " + MAX_QUERY_LENGTH + " characters"), form.body());

        HttpResponse<String> byGet = get(server, "/diplograph/sparql?query=" + URLEncoder.encode(padded, StandardCharsets.UTF_8));
        assertEquals(413, byGet.statusCode(), byGet.body());

        HttpResponse<String> body = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT ?s { ?s ?p ?o } #" + "x".repeat(MAX_REQUEST_BYTES))));
        assertEquals(413, body.statusCode(), body.body());
        assertNoStackTrace(body);
    }

    @Test
    void theLogKeepsABoundedPrefixOfAQuery() {
        String query = "SELECT ?s\n{ ?s ?p ?o } #" + "x".repeat(10_000);
        String logged = BoundedQuery.prefix(query);
        assertTrue(logged.startsWith("SELECT ?s { ?s ?p ?o } #xxx"), logged);
        assertTrue(logged.endsWith("... (" + query.length() + " characters)"), logged);
        assertTrue(logged.length() < BoundedQuery.LOGGED + 30, "logged " + logged.length() + " characters");
        assertEquals("SELECT ?s { ?s ?p ?o }", BoundedQuery.prefix("  SELECT ?s\n\t{ ?s ?p ?o }\n"), "a short query is kept whole, on one line");
    }

    @Test
    void jsonpIsRefused() throws Exception {
        HttpResponse<String> response = get(server, "/diplograph/sparql?callback=stealIt&query="
                + URLEncoder.encode("SELECT ?s { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode(), response.body());
        assertFalse(response.body().contains("stealIt("), response.body());
    }

    @Test
    void traceIsRefused() throws Exception {
        for (String path : List.of("/", "/diplograph/sparql", "/query/")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path))
                    .header("X-Probe", "echo-me")
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()));
            assertEquals(405, response.statusCode(), "TRACE " + path + ": " + response.body());
            assertFalse(response.body().contains("echo-me"), response.body());
        }
    }

    @Test
    void serverAndStatisticsPagesAreNotPublic() throws Exception {
        for (String path : List.of("/$/server", "/$/stats", "/$/stats/diplograph", "/$/datasets", "/$/metrics",
                "/$/backup/diplograph", "/$/tasks")) {
            HttpResponse<String> response = get(server, path);
            assertTrue(List.of(403, 404, 405).contains(response.statusCode()), path + " answered " + response.statusCode());
        }
        assertEquals(200, get(server, "/$/ping").statusCode(), "the ping the query editor shows as its status");
    }

    @Test
    void updatesAreRefused() throws Exception {
        Store.Stats before = store.stats();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")));
        assertTrue(List.of(400, 404, 405, 415).contains(response.statusCode()), "an update answered " + response.statusCode());
        assertEquals(before, store.stats());
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        assertEquals(Server.DEFAULT_HOST, server.host());
        assertEquals(200, get(server, "/$/ping").statusCode());
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        assumeTrue(outside.isPresent(), "this machine has no address but loopback to try the server on");
        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class,
                    () -> socket.connect(new InetSocketAddress(outside.get(), server.port()), 5_000),
                    "the server answers on " + outside.get());
        }
    }
}
