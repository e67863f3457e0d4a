package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void servesTheStoreUntilStopped() throws Exception {
        Path data = CliRun.fixtureStore(dir.resolve("data"));
        int port = freePort();
        ServeCommand serve = new ServeCommand();
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(serve);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> commandLine.execute("--loc=" + data, "--port=" + port));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!out.toString().contains("Stop with Ctrl-C.") && !exit.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(out.toString().contains("on http://localhost:" + port + "/"), out.toString());
            assertTrue(out.toString().contains("SPARQL endpoint: http://localhost:" + port + "/diplograph/sparql"),
                    out.toString());
            assertTrue(out.toString().contains("Bounds:          queries stop after 30 s or when their client leaves, and answer at most 100000 rows; "
                    + "SERVICE may call no host"), out.toString());

            String ask = "ASK { ?s <https://w3id.org/diplograph/ns#cameoCode> \"036\" }";
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + port + "/diplograph/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().replace(" ", "").contains("\"boolean\":true"), response.body());
        } finally {
            serve.stop();
        }
        assertEquals(0, exit.get(30, TimeUnit.SECONDS));
        try (Store store = Store.connect(data)) {
            assertEquals(3, store.stats().graphs(), "the store is usable again after the server stopped");
        }
    }

    @Test
    void aPortInUseIsReported() throws Exception {
        Path data = CliRun.fixtureStore(dir.resolve("data"));
        try (ServerSocket taken = new ServerSocket(0)) {
            CliRun run = CliRun.run(new ServeCommand(), "--loc=" + data, "--port=" + taken.getLocalPort());
            assertEquals(1, run.code(), run.toString());
            assertEquals("port " + taken.getLocalPort()
                    + " is already in use: stop what runs there or choose another with --port", run.err().strip());
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.run(new ServeCommand(), "--loc=" + dir, "--port=70000");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().contains("port must be in 1..65535, but was: 70000"), run.toString());
    }

    @Test
    void theBoundsOfTheEndpointAreCheckedAsUsageErrors() {
        CliRun timeout = CliRun.run(new ServeCommand(), "--loc=" + dir, "--timeout=0");
        assertEquals(2, timeout.code(), timeout.toString());
        assertTrue(timeout.err().contains("timeout must be positive, but was: 0"), timeout.toString());
        CliRun service = CliRun.run(new ServeCommand(), "--loc=" + dir, "--allow-service=query.wikidata.org,https://x.example/");
        assertEquals(2, service.code(), service.toString());
        assertTrue(service.err().contains("a SERVICE host must be a host name such as query.wikidata.org, but was: https://x.example/"),
                service.toString());
        CliRun rows = CliRun.run(new ServeCommand(), "--loc=" + dir, "--max-rows=0");
        assertEquals(2, rows.code(), rows.toString());
        assertTrue(rows.err().contains("maxRows must be positive, but was: 0"), rows.toString());
    }

    @Test
    void aMissingStoreIsReported() {
        CliRun run = CliRun.run(new ServeCommand(), "--loc=" + dir.resolve("none"), "--port=" + 3031);
        assertEquals(1, run.code(), run.toString());
        assertEquals("no store at " + dir.resolve("none") + ": build one first, or give its folder with --loc=DIR",
                run.err().strip());
    }
}
