package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.diplograph.ingest.IngestResult;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The demo builds every example article into a store, and serves it with a query that works. */
class DemoCommandTest {

    private static final Path EXAMPLES = Path.of("examples");

    private static final String PREFIXES = """
            PREFIX dip:    <https://w3id.org/diplograph/ns#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            """;

    @TempDir
    Path dir;

    @Test
    void buildsEveryExampleIntoItsOwnGraph() {
        Path data = dir.resolve("data");
        CliRun run = CliRun.run(new DemoCommand(), "--examples=" + EXAMPLES, "--loc=" + data, "--no-serve",
                "--seed=" + dir.resolve("no-seed-here.txt"));
        assertEquals(0, run.code(), run.toString());
        List<String> urls = exampleUrls();
        assertTrue(run.out().startsWith("loaded " + urls.size() + " articles into " + data + ":"), run.toString());

        try (Store store = Store.connect(data)) {
            Map<String, Integer> statementsByUrl = store.calculate(dataset -> {
                Map<String, Integer> counts = new TreeMap<>();
                String query = PREFIXES + """
                        SELECT ?url (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                          GRAPH ?g {
                            ?article a schema:NewsArticle ; schema:url ?url .
                            OPTIONAL { ?statement a dip:Statement }
                          }
                        } GROUP BY ?url
                        """;
                QueryExecution.dataset(dataset).query(query).select().forEachRemaining(row ->
                        counts.put(row.get("url").toString(), row.getLiteral("statements").getInt()));
                return counts;
            });
            assertEquals(new TreeSet<>(urls), statementsByUrl.keySet(), "one named graph per example article");
            List<String> thin = new ArrayList<>();
            statementsByUrl.forEach((url, statements) -> {
                if (statements < 2) {
                    thin.add(url + " has " + statements);
                }
            });
            assertTrue(thin.isEmpty(), "example articles with fewer than two statements: " + thin);

            List<String> conditions = select(store, PREFIXES + """
                    SELECT ?type WHERE { ?statement a dip:Statement ; dip:hasCondition/dip:conditionType ?type }
                    """, "type");
            assertFalse(conditions.isEmpty(), "no statement of the examples has a condition");

            List<String> guarantees = select(store, PREFIXES + """
                    SELECT ?pair WHERE {
                      ?statement a dip:Proposal ; dip:hasGuarantee ?guarantee .
                      ?guarantee dip:guarantor/rdfs:label ?guarantor ; dip:beneficiary/rdfs:label ?beneficiary .
                      BIND(CONCAT(?guarantor, " secures ", ?beneficiary) AS ?pair)
                    }
                    """, "pair");
            assertTrue(guarantees.contains("Turkey secures Ukraine"),
                    "no proposed guarantee of Ukraine's security by Turkey among: " + guarantees);
        }
    }

    @Test
    void servesTheExamplesAndItsExampleQueryAnswers() throws Exception {
        Path data = dir.resolve("served");
        int port = freePort();
        DemoCommand demo = new DemoCommand();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(demo);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> commandLine.execute("--loc=" + data, "--port=" + port));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (!out.toString().contains("Stop with Ctrl-C.") && !exit.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            String printed = out.toString();
            String sparql = "http://localhost:" + port + "/diplograph/sparql";
            assertTrue(printed.contains("Graph view:      http://localhost:" + port + "/\n")
                    || printed.contains("Graph view:      http://localhost:" + port + "/" + System.lineSeparator()), printed + err);
            assertTrue(printed.contains("Query UI:        http://localhost:" + port + "/query/"), printed + err);
            assertTrue(printed.contains("SPARQL endpoint: " + sparql), printed + err);

            Matcher curl = Pattern.compile("curl -s (\\S+) -H 'Accept: text/csv' --data-urlencode 'query=([^']+)'")
                    .matcher(printed);
            assertTrue(curl.find(), "no example curl command in: " + printed);
            assertEquals(sparql, curl.group(1));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(curl.group(1)))
                            .header("Accept", "text/csv")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "query=" + URLEncoder.encode(curl.group(2), StandardCharsets.UTF_8)))
                            .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("Dmytro Kuleba,Turkey,Ukraine"),
                    "the example query does not name Kuleba's proposed guarantee:\n" + response.body());
        } finally {
            demo.stop();
        }
        assertEquals(0, exit.get(60, TimeUnit.SECONDS));
    }

    @Test
    void aMissingExamplesFolderIsAUsageError() {
        Path none = dir.resolve("none");
        CliRun run = CliRun.run(new DemoCommand(), "--examples=" + none, "--loc=" + dir.resolve("data"), "--no-serve");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("no folder of examples at " + none
                + ": run from the project folder, or give the folder with --examples=DIR"), run.toString());
        assertFalse(Files.exists(dir.resolve("data")), "a failed demo must not leave a store behind");
    }

    @Test
    void aPortOutOfRangeIsRefusedBeforeBuilding() {
        CliRun run = CliRun.run(new DemoCommand(), "--loc=" + dir.resolve("data"), "--port=0");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("port must be in 1..65535, but was: 0"), run.toString());
        assertFalse(Files.exists(dir.resolve("data")), "nothing is built when the port is wrong");
    }

    private static List<String> exampleUrls() {
        IngestResult read = Ingest.read(List.of(EXAMPLES));
        assertTrue(read.errors().isEmpty(), "example articles that do not read: " + read.errors());
        return read.articles().stream().map(Article::url).toList();
    }

    private static List<String> select(Store store, String query, String variable) {
        return store.calculate(dataset -> {
            List<String> values = new ArrayList<>();
            QueryExecution.dataset(dataset).query(query).select().forEachRemaining((QuerySolution row) -> {
                RDFNode value = row.get(variable);
                values.add(value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString());
            });
            return values;
        });
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
