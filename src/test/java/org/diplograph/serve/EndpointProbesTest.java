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
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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

import com.sun.net.httpserver.HttpServer;

/**
 * The probes of issue 11, each a few requests against a real server on loopback over a small
 * synthetic store, each bounded in time: SERVICE refused and never echoing the remote (a tiny
 * HTTP server on 127.0.0.1 plays the remote), the query timeout, the size limits, JSONP, TRACE,
 * the server and statistics pages, updates, and the address listened on.
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

    @TempDir
    static Path dir;

    private static Store store;
    /** Served with the defaults but for short limits: no SERVICE host. */
    private static Server server;
    /** Served with 127.0.0.1 as its one SERVICE host. */
    private static Server serviceServer;
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
    }

    private static Server.Builder bounded() throws IOException {
        return Server.create().store(store).port(ServerTest.freePort()).timeout(TIMEOUT)
                .maxRows(MAX_ROWS).maxQueryLength(MAX_QUERY_LENGTH).maxRequestBytes(MAX_REQUEST_BYTES);
    }

    @AfterAll
    static void stop() {
        for (Server running : new Server[] {server, serviceServer}) {
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

    @Test
    void aQueryWhoseClientHasGoneIsStopped() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                        + URLEncoder.encode(CROSS_PRODUCT_COUNT, StandardCharsets.UTF_8)))
                .timeout(Duration.ofMillis(300)).GET().build();
        assertThrows(HttpTimeoutException.class, () -> client.send(request, HttpResponse.BodyHandlers.discarding()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        Optional<String> running = queryThread();
        while (running.isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            running = queryThread();
        }
        assertEquals(Optional.empty(), running, "a query still runs after its client went and its timeout passed");
    }

    /** A thread of this JVM that is evaluating a SPARQL query, named with the frame that shows it. */
    private static Optional<String> queryThread() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> List.of(e.getValue()).stream()
                        .anyMatch(frame -> frame.getClassName().startsWith("org.apache.jena.sparql.engine.iterator")))
                .map(e -> e.getKey().getName())
                .findFirst();
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
