package org.diplograph.link;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A reconciliation service for tests, on a real local HTTP server: it reads the
 * {@code queries} form field of a POST (or the query string of a GET) as the W3C
 * reconciliation protocol sends it and answers what it was told for each name: a match, a
 * candidate that is no match, a late answer or a body that is not JSON. Names it was not
 * told about get an empty result list.
 */
public final class ReconciliationService implements AutoCloseable {

    /** What the service does when asked about a name. */
    public sealed interface Answer permits Match, NoMatch, Slow, BadJson {
    }

    /** A result marked as a match. */
    public record Match(String qid, String name) implements Answer {
    }

    /** A candidate with a low score, not marked as a match. */
    public record NoMatch(String qid, String name) implements Answer {
    }

    /** An answer after a delay longer than any test's timeout. */
    public record Slow(long millis) implements Answer {
    }

    /** A body that is not JSON. */
    public record BadJson() implements Answer {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();

    private ReconciliationService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/reconcile", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static ReconciliationService start() throws IOException {
        return new ReconciliationService();
    }

    /** Tells the service how to answer a name. */
    public ReconciliationService answer(String name, Answer answer) {
        answers.put(name, answer);
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/reconcile";
    }

    /** Every query object received (with its "query" and "type"), in order. */
    public List<JsonObject> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String form = "POST".equals(exchange.getRequestMethod())
                ? new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                : exchange.getRequestURI().getRawQuery();
        String queries = null;
        for (String pair : form == null ? new String[0] : form.split("&")) {
            if (pair.startsWith("queries=")) {
                queries = URLDecoder.decode(pair.substring("queries=".length()), StandardCharsets.UTF_8);
            }
        }
        if (queries == null) {
            respond(exchange, 400, "{\"error\":\"no queries\"}");
            return;
        }
        JsonObject all = JSON.parse(queries);
        JsonObject reply = new JsonObject();
        for (String id : all.keys()) {
            JsonObject query = all.get(id).getAsObject();
            received.add(query);
            Answer answer = answers.get(query.get("query").getAsString().value());
            if (answer instanceof Slow slow) {
                try {
                    Thread.sleep(slow.millis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (answer instanceof BadJson) {
                respond(exchange, 200, "{\"q0\": {\"result\": [ {\"id\": ");
                return;
            }
            JsonArray results = new JsonArray();
            if (answer instanceof Match match) {
                results.add(result(match.qid(), match.name(), 100, true));
            } else if (answer instanceof NoMatch candidate) {
                results.add(result(candidate.qid(), candidate.name(), 41.5, false));
            }
            JsonObject body = new JsonObject();
            body.put("result", results);
            reply.put(id, body);
        }
        respond(exchange, 200, reply.toString());
    }

    private static JsonObject result(String qid, String name, double score, boolean match) {
        JsonObject result = new JsonObject();
        result.put("id", qid);
        result.put("name", name);
        result.put("score", JsonNumber.value(score));
        result.put("match", match);
        return result;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up waiting (the timeout case): nothing left to answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
