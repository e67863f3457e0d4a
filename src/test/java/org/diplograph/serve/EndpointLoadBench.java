package org.diplograph.serve;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.fuseki.main.FusekiServer;
import org.diplograph.store.Fixtures;
import org.diplograph.store.Store;

/**
 * Measures the SPARQL endpoint under concurrent load, against a plain Fuseki as the anchor:
 * our {@link Server} and a {@link FusekiServer} with nothing added (jena-fuseki-main, no
 * filters, no limits) serve the same TDB2 store on loopback, and CLIENTS clients each send
 * REQUESTS simple SELECTs one after another, to each server in turn, ROUNDS times, alternately.
 * Each run prints requests/s, the median and 95th percentile of the request times, how many
 * requests did not answer 200, and the CPU time the server's threads spent per request. A program, not a test: the figures depend on the machine and its
 * load, so it asserts nothing about them. Run it with
 * {@code bench/endpoint-load.sh [STORE [CLIENTS [REQUESTS [ROUNDS]]]]} (defaults: a store of the
 * test fixtures, 50 clients, 40 requests, 3 rounds).
 */
public final class EndpointLoadBench {

    /** Simple SELECTs of the kind the graph page and a user send, taken in turn. */
    private static final List<String> QUERIES = List.of(
            "SELECT ?actor ?label WHERE { ?actor a <https://w3id.org/diplograph/ns#State> ;"
                    + " <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 20",
            "SELECT ?statement ?agent WHERE { ?statement <https://w3id.org/diplograph/ns#agent> ?agent } LIMIT 20",
            "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private EndpointLoadBench() {
    }

    /** What one run measured. */
    private record Run(String server, int requests, int failed, double seconds, double p50, double p95, double serverCpuMillis) {

        String line() {
            return String.format(Locale.ROOT,
                    "%-12s %5d requests (%d not 200) in %6.2f s: %6.1f requests/s, p50 %6.1f ms, p95 %6.1f ms, server CPU %5.2f ms a request",
                    server, requests, failed, seconds, requests / seconds, p50, p95, serverCpuMillis / requests);
        }
    }

    /** Entry point: {@code [STORE [CLIENTS [REQUESTS [ROUNDS]]]]}; STORE "-" for the fixtures. */
    public static void main(String[] args) throws Exception {
        Path location = args.length > 0 && !args[0].equals("-") ? Path.of(args[0]) : null;
        int clients = GraphViewBench.argument(args, 1, "CLIENTS", 50);
        int requests = GraphViewBench.argument(args, 2, "REQUESTS", 40);
        int rounds = GraphViewBench.argument(args, 3, "ROUNDS", 3);
        if (location != null && !Files.isDirectory(location)) {
            throw new IllegalArgumentException("STORE must be the folder of a store built by diplograph, but was: " + location);
        }
        PrintStream out = System.out;
        Path scratch = location == null ? Files.createTempDirectory("endpoint-load-bench") : null;
        try (Store store = Store.connect(location != null ? location : scratch.resolve("store"))) {
            if (location == null) {
                Fixtures.load(store);
            }
            Server ours = Server.create().store(store).port(ServerTest.freePort()).build().start();
            FusekiServer plain = FusekiServer.create().port(ServerTest.freePort()).loopback(true)
                    .add("/plain", store.datasetGraph()).build().start();
            try {
                String oursUrl = ours.sparqlUrl();
                String plainUrl = "http://localhost:" + plain.getHttpPort() + "/plain/sparql";
                out.printf(Locale.ROOT, "%d clients x %d SELECTs, %d rounds, %d cores, load average %.2f at the start%n",
                        clients, requests, rounds, Runtime.getRuntime().availableProcessors(), loadAverage());
                // A first run against each server loads classes and warms the JIT; it is not counted.
                load("warm-up", oursUrl, clients, requests);
                load("warm-up", plainUrl, clients, requests);
                List<Run> runs = new ArrayList<>();
                for (int round = 1; round <= rounds; round++) {
                    // each goes first in every other round, so neither always meets the other's aftermath
                    boolean oursFirst = round % 2 == 1;
                    runs.add(load(oursFirst ? "ours" : "plain Fuseki", oursFirst ? oursUrl : plainUrl, clients, requests));
                    out.println(runs.get(runs.size() - 1).line());
                    runs.add(load(oursFirst ? "plain Fuseki" : "ours", oursFirst ? plainUrl : oursUrl, clients, requests));
                    out.println(runs.get(runs.size() - 1).line());
                }
                out.printf(Locale.ROOT, "load average %.2f at the end%n", loadAverage());
            } finally {
                plain.stop();
                ours.stop();
            }
        }
    }

    /** CLIENTS clients, each sending REQUESTS queries one after another on its own connection. */
    private static Run load(String name, String endpoint, int clients, int requests) throws Exception {
        long[] nanos = new long[clients * requests];
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<Long, Long> cpuBegin = serverThreadCpu();
        long begin = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    for (int r = 0; r < requests; r++) {
                        String query = QUERIES.get((client + r) % QUERIES.size());
                        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                                .header("Accept", "application/sparql-results+json").timeout(REQUEST_TIMEOUT).GET().build();
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                        nanos[client * requests + r] = System.nanoTime() - start;
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        long cpu = 0;
        for (Map.Entry<Long, Long> thread : serverThreadCpu().entrySet()) {
            cpu += thread.getValue() - cpuBegin.getOrDefault(thread.getKey(), 0L);
        }
        Arrays.sort(nanos);
        return new Run(name, nanos.length, failed.get(), seconds, percentile(nanos, 0.50), percentile(nanos, 0.95), cpu / 1e6);
    }

    /** The q-quantile of sorted durations, in milliseconds (nearest rank). */
    private static double percentile(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /**
     * The CPU time of each thread of the servers' Jetty pools (named qtp...), by thread id. Only
     * one server is under load at a time, so a run's difference is that server's: on a machine
     * shared with other work, the CPU a request costs varies far less than the time it waits.
     */
    private static Map<Long, Long> serverThreadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("qtp")) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId(), nanos);
                }
            }
        }
        return cpu;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
