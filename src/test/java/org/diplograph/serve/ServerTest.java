package org.diplograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.store.Fixtures;
import org.diplograph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {

    private static final String STATES = "PREFIX dip: <https://w3id.org/diplograph/ns#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?label { ?state a dip:State ; rdfs:label ?label } ORDER BY ?label";
    private static final Set<String> STATE_LABELS =
            new TreeSet<>(List.of("France", "Iceland", "Norway", "Russia", "Turkey", "Ukraine"));

    @TempDir
    static Path dir;

    private static Store store;
    private static Server server;
    private static String base;


    @BeforeAll
    static void start() throws IOException {
        store = Store.connect(dir);
        Fixtures.load(store);
        server = Server.create().store(store).port(freePort()).build().start();
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Each request on a client of its own: the server may close a connection after refusing a
     * request, and a shared client would then send the next request down that closed connection.
     */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    private static HttpResponse<String> postForm(String path, String name, String value)
            throws IOException, InterruptedException {
        String body = name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Set<String> labels(String sparqlJson) {
        JsonArray bindings = JSON.parse(sparqlJson).get("results").getAsObject().get("bindings").getAsArray();
        Set<String> labels = new TreeSet<>();
        for (JsonValue row : bindings) {
            labels.add(row.getAsObject().get("label").getAsObject().get("value").getAsString().value());
        }
        return labels;
    }

    @Test
    void aQueryPostedToTheSparqlEndpointSeesTheUnionOfTheArticles() throws Exception {
        HttpResponse<String> response = postForm("/diplograph/sparql", "query", STATES);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(STATE_LABELS, labels(response.body()));
    }

    @Test
    void aQuerySentByGetToTheQueryEndpointAnswers() throws Exception {
        HttpResponse<String> response = get("/diplograph/query?query="
                + URLEncoder.encode(STATES, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(STATE_LABELS, labels(response.body()));
    }

    @Test
    void theGraphStoreProtocolReturnsOneArticleGraph() throws Exception {
        for (String endpoint : List.of("/diplograph/get", "/diplograph/data")) {
            HttpResponse<String> response = get(endpoint + "?graph="
                    + URLEncoder.encode(Fixtures.MOSCOW_GRAPH, StandardCharsets.UTF_8), "text/turtle");
            assertEquals(200, response.statusCode(), endpoint + ": " + response.body());
            Graph served = GraphFactory.createDefaultGraph();
            RDFParser.fromString(response.body()).lang(Lang.TURTLE).parse(served);
            Graph expected = Fixtures.read(Fixtures.ARTICLES.get(1)).getGraph(NodeFactory.createURI(Fixtures.MOSCOW_GRAPH));
            assertTrue(expected.isIsomorphicWith(served), endpoint + " served another graph:\n" + response.body());
        }
    }

    @Test
    void updatesAndUploadsAreRefused() throws Exception {
        Store.Stats before = store.stats();
        String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";

        List<Integer> refused = List.of(400, 404, 405, 415);
        HttpResponse<String> updateEndpoint = postForm("/diplograph/update", "update", update);
        assertTrue(refused.contains(updateEndpoint.statusCode()), "/diplograph/update answered " + updateEndpoint.statusCode());

        HttpResponse<String> updateViaQuery = send(HttpRequest.newBuilder(URI.create(base + "/diplograph/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)));
        assertTrue(refused.contains(updateViaQuery.statusCode()),
                "an update sent to /diplograph/sparql answered " + updateViaQuery.statusCode());

        HttpResponse<String> updateViaDataset = postForm("/diplograph", "update", update);
        assertTrue(refused.contains(updateViaDataset.statusCode()),
                "an update sent to /diplograph answered " + updateViaDataset.statusCode());

        for (String endpoint : List.of("/diplograph/data", "/diplograph/get", "/diplograph/upload")) {
            HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + endpoint + "?graph=urn:x:g"))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")));
            assertTrue(refused.contains(put.statusCode()), "PUT " + endpoint + " answered " + put.statusCode());
            HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(base + endpoint + "?graph=urn:x:g"))
                    .header("Content-Type", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")));
            assertTrue(refused.contains(post.statusCode()), "POST " + endpoint + " answered " + post.statusCode());
        }
        HttpResponse<String> delete = send(HttpRequest.newBuilder(
                URI.create(base + "/diplograph/data?graph=" + URLEncoder.encode(Fixtures.MOSCOW_GRAPH, StandardCharsets.UTF_8)))
                .DELETE());
        assertTrue(refused.contains(delete.statusCode()), "DELETE of a graph answered " + delete.statusCode());

        assertEquals(before, store.stats(), "the store changed through the server");
    }

    @Test
    void theHomePageIsTheGraphViewWithALinkToTheQueryUi() throws Exception {
        HttpResponse<String> response = get("/", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                "content type " + response.headers().firstValue("Content-Type"));
        assertTrue(response.body().contains("<title>diplograph: graph view</title>"),
                "/ is not the graph view:\n" + response.body());
        assertTrue(response.body().contains("href=\"" + Server.QUERY_UI_PATH + "\">SPARQL query</a>"),
                "/ has no link to the query UI:\n" + response.body());
        for (String script : List.of("/lib/cytoscape/cytoscape.min.js", "/graph/graph.js")) {
            assertTrue(response.body().contains("<script src=\"" + script + "\">"), "/ does not load " + script);
            HttpResponse<String> served = get(script, "*/*");
            assertEquals(200, served.statusCode(), script + " is not served");
            assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"),
                    script + " has content type " + served.headers().firstValue("Content-Type"));
        }
        assertTrue(get("/lib/cytoscape/cytoscape.min.js", "*/*").body().contains("cytoscape"),
                "/lib/cytoscape/cytoscape.min.js is not Cytoscape.js");
    }

    @Test
    void theQueryEditorIsServedWithYasguiFromTheJar() throws Exception {
        HttpResponse<String> response = get("/query/", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<title>diplograph: SPARQL query</title>"),
                "/query/ is not the query editor:\n" + response.body());
        for (String asset : List.of("/lib/yasgui/yasgui.min.js", "/query/query.js", "/lib/yasgui/yasgui.min.css")) {
            assertTrue(response.body().contains("\"" + asset + "\""), "/query/ does not load " + asset);
            assertEquals(200, get(asset, "*/*").statusCode(), asset + " is not served");
        }
        assertTrue(get("/lib/yasgui/yasgui.min.js", "*/*").body().contains("Yasgui"), "/lib/yasgui/yasgui.min.js is not YASGUI");
        assertEquals("http://localhost:" + server.port() + "/query/", server.queryUiUrl());

        HttpResponse<String> old = get("/index.html", "text/html");
        assertEquals(302, old.statusCode(), "the Fuseki UI's old address does not lead to the query editor");
        assertTrue(old.headers().firstValue("Location").orElse("").endsWith("/query/"),
                "Location: " + old.headers().firstValue("Location"));
    }

    @Test
    void datasetsCannotBeAddedOrRemoved() throws Exception {
        for (String admin : List.of("/$/datasets?dbName=other&dbType=mem", "/$/backup/diplograph", "/$/compact/diplograph")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + admin))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertTrue(List.of(404, 405).contains(response.statusCode()), admin + " answered " + response.statusCode());
        }
        HttpResponse<String> remove = send(HttpRequest.newBuilder(URI.create(base + "/$/datasets/diplograph")).DELETE());
        assertTrue(List.of(404, 405).contains(remove.statusCode()), "DELETE of the dataset answered " + remove.statusCode());
        assertEquals(STATE_LABELS, labels(postForm("/diplograph/sparql", "query", STATES).body()));
    }

    @Test
    void ourOwnPagesAreUnderGraph() throws Exception {
        HttpResponse<String> page = get("/graph/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                "content type " + page.headers().firstValue("Content-Type"));
        assertEquals(get("/", "text/html").body(), page.body(), "/graph/ is not the page served at /");
        assertEquals(200, get("/graph/graph.css", "text/css").statusCode());

        HttpResponse<String> bare = get("/graph", "text/html");
        assertEquals(302, bare.statusCode());
        assertTrue(bare.headers().firstValue("Location").orElse("").endsWith("/graph/"),
                "Location: " + bare.headers().firstValue("Location"));

        assertEquals(404, get("/graph/missing.html", "text/html").statusCode());
        int escape = get("/graph/..%2F..%2Forg/diplograph/serve/Server.class", "*/*").statusCode();
        assertTrue(escape == 400 || escape == 404, "a path out of the page folder answered " + escape);
    }

    @Test
    void aPortInUseIsReportedClearly() throws Exception {
        Server second = Server.create().store(store).port(server.port()).build();
        ServerException e = assertThrows(ServerException.class, second::start);
        assertEquals("port " + server.port() + " is already in use: stop what runs there or choose another with --port",
                e.getMessage());
        assertEquals(3, store.stats().graphs(), "a server that failed to start closed a store it does not own");
    }

    @Test
    void theBuilderChecksItsArguments() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class, () -> Server.create().port(0));
        assertEquals("port must be in 1..65535, but was: 0", port.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Server.create().port(65536));
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> Server.create().build());
        assertEquals("a server needs either a store or a store location, but was given neither", none.getMessage());
        IllegalStateException both = assertThrows(IllegalStateException.class,
                () -> Server.create().store(store).location(dir).build());
        assertEquals("a server needs either a store or a store location, but was given both", both.getMessage());
        assertEquals("timeout must be positive, but was: PT0S",
                assertThrows(IllegalArgumentException.class, () -> Server.create().timeout(Duration.ZERO)).getMessage());
        assertEquals("maxRows must be positive, but was: 0",
                assertThrows(IllegalArgumentException.class, () -> Server.create().maxRows(0)).getMessage());
        assertEquals("maxQueryLength must be positive, but was: -1",
                assertThrows(IllegalArgumentException.class, () -> Server.create().maxQueryLength(-1)).getMessage());
        assertEquals("maxRequestBytes must be positive, but was: 0",
                assertThrows(IllegalArgumentException.class, () -> Server.create().maxRequestBytes(0)).getMessage());
        assertEquals("a SERVICE host must be a host name such as query.wikidata.org, but was: http://evil.example/",
                assertThrows(IllegalArgumentException.class,
                        () -> Server.create().allowService(List.of("http://evil.example/"))).getMessage());
        assertEquals("host must be an address such as 127.0.0.1, but was: ",
                assertThrows(IllegalArgumentException.class, () -> Server.create().host("")).getMessage());
    }
}
