package org.diplograph.link;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Asks a reconciliation service (the W3C Entity Reconciliation protocol that OpenRefine
 * speaks, such as Wikidata's) for the Wikidata QID of an actor the gazetteer lacks. Every
 * answer, match or no match, is kept in a cache file so that a name is asked about once;
 * a service that fails (timeout, bad answer) is reported through the error sink and the
 * actor stays without a QID. After {@value #MAX_FAILURES} failures in a row the service
 * is not asked again by this reconciler. Thread-safe.
 *
 * <p>The cache is a UTF-8 TSV file with one line per question: the Wikidata type asked
 * for, the name asked about, and the QID of the match or nothing. It may be deleted at
 * any time to ask again.
 */
public final class Reconciler {

    /** Failures in a row after which the service is given up for this run. */
    static final int MAX_FAILURES = 3;

    /** What went wrong, also when the exception has no message (a refused connection has none). */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused (nothing answers at that address)";
        }
        return e.getClass().getSimpleName();
    }

    private static final Map<ActorType, String> WIKIDATA_TYPES = Map.of(
            ActorType.PERSON, "Q5",
            ActorType.STATE, "Q6256",
            ActorType.ORGANIZATION, "Q43229",
            ActorType.ARMED_GROUP, "Q43229");

    private final URI service;
    private final Duration timeout;
    private final Path cacheFile;
    private final Consumer<String> errors;
    private final HttpClient client;
    private final Map<String, String> cache = new HashMap<>();
    private int failuresInARow;
    private int requests;

    private Reconciler(Builder builder) {
        this.service = builder.service;
        this.timeout = builder.timeout;
        this.cacheFile = builder.cacheFile;
        this.errors = builder.errors;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        readCache();
    }

    /** A builder of reconcilers; the service and the cache file are required. */
    public static Builder create() {
        return new Builder();
    }

    /** Configures a {@link Reconciler}. */
    public static final class Builder {
        private URI service;
        private Duration timeout = Duration.ofSeconds(5);
        private Path cacheFile;
        private Consumer<String> errors = message -> { };

        private Builder() {
        }

        /** The service's endpoint, an http or https URL. */
        public Builder service(String url) {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("reconciliation service URL must not be empty");
            }
            URI uri;
            try {
                uri = URI.create(url.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("reconciliation service URL is not a URL: " + url, e);
            }
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException("reconciliation service URL must be http or https, but was: " + url);
            }
            this.service = uri;
            return this;
        }

        /** How long to wait to connect and for each answer (default 5 s). */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("reconciliation timeout must be positive, but was: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** The cache file; created on the first answer, its folder too. */
        public Builder cache(Path file) {
            if (file == null) {
                throw new IllegalArgumentException("reconciliation cache file must not be null");
            }
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException("reconciliation cache must be a file, but is a folder: " + file);
            }
            this.cacheFile = file;
            return this;
        }

        /** Where to report a failed question (one line each); by default nowhere. */
        public Builder errors(Consumer<String> errors) {
            this.errors = Objects.requireNonNull(errors, "errors");
            return this;
        }

        public Reconciler build() {
            if (service == null) {
                throw new IllegalArgumentException("a reconciler needs a service URL");
            }
            if (cacheFile == null) {
                throw new IllegalArgumentException("a reconciler needs a cache file");
            }
            return new Reconciler(this);
        }
    }

    /** Whether actors of this type are asked about (people, states, organisations, armed groups). */
    public static boolean asksAbout(ActorType type) {
        return WIKIDATA_TYPES.containsKey(type);
    }

    /**
     * The QID of the service's match for a name, from the cache when it was asked before.
     * Empty when the service has no match, when the type is not asked about, or when the
     * service failed (reported to the error sink).
     */
    public synchronized Optional<String> qidOf(String name, ActorType type) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name to reconcile must not be empty");
        }
        if (type == null || !asksAbout(type)) {
            return Optional.empty();
        }
        String wikidataType = WIKIDATA_TYPES.get(type);
        String key = cacheKey(wikidataType, name);
        if (cache.containsKey(key)) {
            return Optional.ofNullable(cache.get(key));
        }
        if (failuresInARow >= MAX_FAILURES) {
            return Optional.empty();
        }
        try {
            String qid = ask(name, wikidataType);
            failuresInARow = 0;
            cache.put(key, qid);
            appendToCache(wikidataType, name, qid);
            return Optional.ofNullable(qid);
        } catch (ServiceException e) {
            failuresInARow++;
            errors.accept("reconciliation of '%s' at %s failed: %s%s".formatted(name, service, e.getMessage(),
                    failuresInARow == MAX_FAILURES ? "; the service is not asked again in this run" : ""));
            return Optional.empty();
        }
    }

    /** How many questions went to the service (not to the cache) since this reconciler was built. */
    public synchronized int requests() {
        return requests;
    }

    private String ask(String name, String wikidataType) throws ServiceException {
        JsonObject query = new JsonObject();
        query.put("query", name);
        query.put("type", wikidataType);
        query.put("limit", 3);
        JsonObject queries = new JsonObject();
        queries.put("q0", query);
        String form = "queries=" + URLEncoder.encode(queries.toString(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(service).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        requests++;
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new ServiceException("no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new ServiceException("cannot reach the service: " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceException("interrupted while waiting for the service");
        }
        if (response.statusCode() != 200) {
            throw new ServiceException("the service answered HTTP " + response.statusCode());
        }
        return bestMatch(response.body());
    }

    /** The id of the first result marked as a match, if it is a QID; else null. */
    static String bestMatch(String body) throws ServiceException {
        JsonObject answer;
        try {
            answer = JSON.parse(body);
        } catch (RuntimeException e) {
            // Jena's JSON parser fails on a truncated body with other exceptions than JsonParseException.
            throw new ServiceException("the answer is not valid JSON (" + e.getMessage() + ")");
        }
        JsonValue q0 = answer.get("q0");
        if (q0 == null || !q0.isObject() || !q0.getAsObject().hasKey("result") || !q0.getAsObject().get("result").isArray()) {
            throw new ServiceException("the answer has no q0.result array");
        }
        JsonArray results = q0.getAsObject().get("result").getAsArray();
        for (JsonValue value : results) {
            if (!value.isObject()) {
                throw new ServiceException("a result is not an object: " + value);
            }
            JsonObject result = value.getAsObject();
            JsonValue match = result.get("match");
            JsonValue id = result.get("id");
            if (match != null && match.isBoolean() && match.getAsBoolean().value() && id != null && id.isString()) {
                String qid = id.getAsString().value();
                return qid.matches("Q[1-9][0-9]*") ? qid : null;
            }
        }
        return null;
    }

    private void readCache() {
        if (!Files.isRegularFile(cacheFile)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(cacheFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reconciliation cache " + cacheFile, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != 3 || !(cells[2].isEmpty() || cells[2].matches("Q[1-9][0-9]*"))) {
                throw new IllegalArgumentException("reconciliation cache %s line %d must be TYPE, NAME and an empty cell or a QID, tab-separated, but was: %s"
                        .formatted(cacheFile, i + 1, lines.get(i)));
            }
            cache.put(cacheKey(cells[0], cells[1]), cells[2].isEmpty() ? null : cells[2]);
        }
    }

    private void appendToCache(String wikidataType, String name, String qid) {
        try {
            Path parent = cacheFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter out = Files.newBufferedWriter(cacheFile, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(wikidataType + "\t" + name.replaceAll("[\t\r\n]", " ") + "\t" + (qid == null ? "" : qid) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reconciliation cache " + cacheFile, e);
        }
    }

    private static String cacheKey(String wikidataType, String name) {
        return wikidataType + "\t" + name.replaceAll("[\t\r\n]", " ").trim().toLowerCase(Locale.ROOT);
    }

    /** A question the service could not answer. */
    static final class ServiceException extends Exception {
        ServiceException(String message) {
            super(message);
        }
    }
}
