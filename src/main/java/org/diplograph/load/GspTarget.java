package org.diplograph.load;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * Loads into any SPARQL 1.1 store through the Graph Store HTTP Protocol: one {@code PUT} per named
 * graph ({@code ?graph=IRI}), which replaces the graph in the store, as a request of its own. A
 * later run of quads of a graph already written by this load is sent with {@code POST}, which adds.
 * The URL is the store's graph store endpoint: for Fuseki {@code http://host:3030/DATASET/data}
 * (or the dataset's URL), for GraphDB {@code .../repositories/REPO/rdf-graphs/service}, for
 * Oxigraph {@code http://host:7878/store}, for Virtuoso {@code .../sparql-graph-crud-auth}.
 *
 * <p>Credentials: a user and a password answer the server's Basic or Digest challenge (Jena's
 * {@link AuthEnv}); a token is sent as {@code Authorization: Bearer TOKEN} with every request.
 */
public final class GspTarget extends GraphAtATime {

    private final String endpoint;
    private final HttpClient client;
    private final String token;
    private final boolean registered;

    /**
     * @param user     with {@code password}, the credentials for the server's challenge; or {@code null}
     * @param token    a bearer token, or {@code null}
     */
    public GspTarget(String endpoint, String user, String password, String token, Duration timeout) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new LoadException("endpoint " + endpoint + " is not a URL: " + e.getMessage(), true, e);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new LoadException("endpoint " + endpoint + " is not an http(s) URL", true);
        }
        this.endpoint = endpoint;
        this.token = token;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        if (user != null) {
            AuthEnv.get().registerUsernamePassword(uri, user, password == null ? "" : password);
            registered = true;
        } else {
            registered = false;
        }
    }

    @Override
    public String describe() {
        return "endpoint " + endpoint;
    }

    @Override
    protected void put(Node name, Graph graph, boolean replace) {
        GSP request = GSP.service(endpoint).httpClient(client).graphName(name).contentType(RDFFormat.NTRIPLES);
        if (token != null) {
            request.httpHeader("Authorization", "Bearer " + token);
        }
        try {
            if (replace) {
                request.PUT(graph);
            } else {
                request.POST(graph);
            }
        } catch (HttpException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            throw new LoadException(String.format("%s failed: %s", describe(), e.getMessage()), true, e);
        }
    }

    private LoadException failure(HttpException e) {
        int status = e.getStatusCode();
        if (status <= 0) {
            Throwable cause = rootCause(e);
            String reason = cause instanceof ConnectException ? "cannot connect (" + describeCause(cause) + ")"
                    : cause instanceof HttpTimeoutException ? "no answer in time" : describeCause(cause);
            return new LoadException(String.format("%s cannot be reached: %s", describe(), reason), true, e);
        }
        String what = status + (e.getStatusLine() != null && !e.getStatusLine().isBlank() ? " " + e.getStatusLine() : "");
        boolean endsLoad = status == 401 || status == 403 || status == 404 || status == 405;
        String hint = switch (status) {
            case 401 -> ": the user name and password (or token) were refused";
            case 403 -> ": the credentials may not write there";
            case 404, 405 -> ": is it the store's Graph Store Protocol endpoint, and does it accept updates?";
            default -> "";
        };
        String body = e.getResponse() == null ? "" : e.getResponse().strip();
        if (body.length() > 200) {
            body = body.substring(0, 200) + "...";
        }
        return new LoadException(String.format(Locale.ROOT, "%s answered %s%s%s", describe(), what, hint,
                body.isEmpty() || endsLoad ? "" : " (" + body.replaceAll("\\s+", " ") + ")"), endsLoad, e);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String describeCause(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        if (registered) {
            AuthEnv.get().unregisterUsernamePassword(URI.create(endpoint));
        }
    }
}
