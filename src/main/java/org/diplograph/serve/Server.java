package org.diplograph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.diplograph.store.Store;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * The knowledge graph over HTTP: an embedded Fuseki that serves a {@link Store} read-only as the
 * dataset {@value #DATASET}, with SPARQL query at {@code /diplograph/sparql} and
 * {@code /diplograph/query}, Graph Store Protocol reads at {@code /diplograph/get} and
 * {@code /diplograph/data}, our graph view at {@code /} (and {@code /graph/}), which reads the
 * same SPARQL endpoint, and our query editor at {@code /query/}. Cytoscape.js, which the graph
 * view draws with, and YASGUI, which the query editor is, are served from their WebJars at
 * {@code /lib/cytoscape/} and {@code /lib/yasgui/}, so the pages work offline.
 * There is no update, upload or dataset administration, and no server or statistics pages; only
 * {@code /$/ping} answers under {@code /$/}. Queries see the union of the named graphs as their
 * default graph.
 * <p>
 * The defaults are those of an endpoint that may face the public: it listens on 127.0.0.1 only;
 * a query runs at most {@link #DEFAULT_TIMEOUT}, answers at most {@value #DEFAULT_MAX_ROWS} rows,
 * may be {@value #DEFAULT_MAX_QUERY_LENGTH} characters long in a request body of at most
 * {@value #DEFAULT_MAX_REQUEST_BYTES} bytes (413 beyond), and is stopped within about
 * {@link #CLIENT_PROBE_INTERVAL} once its client has gone; {@code SERVICE} calls no host unless
 * named; TRACE and JSONP are refused.
 *
 * <pre>{@code
 * Server server = Server.create().location(Path.of("data")).port(3030)
 *         .timeout(Duration.ofSeconds(30)).allowService(List.of("query.wikidata.org")).build().start();
 * server.join();
 * }</pre>
 */
public final class Server {

    /** The name of the dataset, and the first segment of its URLs. */
    public static final String DATASET = "/diplograph";

    /** The port used unless told otherwise: Fuseki's usual one. */
    public static final int DEFAULT_PORT = 3030;

    /** The classpath folder served at {@code /graph/}, whose {@code index.html} is also {@code /}. */
    static final String PAGES = "org/diplograph/serve/web/";

    /** The address listened on unless told otherwise: this machine only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** How long a query may run unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** How many rows a query answers at most unless told otherwise. */
    public static final long DEFAULT_MAX_ROWS = 100_000;

    /** How many characters a query may have unless told otherwise. */
    public static final int DEFAULT_MAX_QUERY_LENGTH = 100_000;

    /** How many bytes a request body may have unless told otherwise. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1 << 20;

    /**
     * How often the connection of a running query is probed for a client that has gone: a gone
     * client's query stops within this much (and the next step of the query), and a probe is one
     * non-blocking read, so it costs nothing to do it often.
     */
    static final Duration CLIENT_PROBE_INTERVAL = Duration.ofMillis(500);


    /** The classpath folder of the query editor, served at {@code /query/}. */
    static final String QUERY_PAGES = "org/diplograph/serve/query/";

    /** The query editor's address on the server. */
    static final String QUERY_UI_PATH = "/query/";

    private final FusekiServer fuseki;
    private final Store store;
    private final boolean ownsStore;
    private final String host;
    private final int port;
    private final String bounds;
    private final ClientWatch clients;

    private Server(FusekiServer fuseki, Store store, boolean ownsStore, String host, int port, String bounds,
            ClientWatch clients) {
        this.fuseki = fuseki;
        this.clients = clients;
        this.store = store;
        this.ownsStore = ownsStore;
        this.host = host;
        this.port = port;
        this.bounds = bounds;
    }

    /** A builder: give it a store or a store location, and a port. */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Starts serving.
     *
     * @return this server
     * @throws ServerException when the port is in use or Fuseki cannot start
     */
    public Server start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            closeOwnedStore();
            if (causedBy(e, BindException.class)) {
                throw new ServerException(String.format(
                        "port %d is already in use: stop what runs there or choose another with --port", port), e);
            }
            throw new ServerException("the server could not start on port " + port + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** Stops serving, and closes the store if this server opened it. */
    public void stop() {
        try {
            fuseki.stop();
        } finally {
            clients.shutdown();
            closeOwnedStore();
        }
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port served. */
    public int port() {
        return port;
    }

    /** The address listened on. */
    public String host() {
        return host;
    }

    /** The bounds a query runs within, in words, for the operator who started the server. */
    public String bounds() {
        return bounds;
    }

    /** The address of the server's home page: the graph view. */
    public String url() {
        return origin() + "/";
    }

    /** The address of the query editor. */
    public String queryUiUrl() {
        return origin() + QUERY_UI_PATH;
    }

    /** The address of the SPARQL query endpoint. */
    public String sparqlUrl() {
        return origin() + DATASET + "/sparql";
    }

    /** How a browser on this machine reaches the server: by name on loopback and on every interface. */
    private String origin() {
        String name;
        try {
            InetAddress address = InetAddress.getByName(host);
            name = address.isLoopbackAddress() || address.isAnyLocalAddress() ? "localhost"
                    : host.contains(":") ? "[" + host + "]" : host;
        } catch (UnknownHostException e) {
            name = host;
        }
        return "http://" + name + ":" + port;
    }

    /** The store served. */
    public Store store() {
        return store;
    }

    /** What watches the clients of running queries, with its counts. */
    ClientWatch clients() {
        return clients;
    }

    private void closeOwnedStore() {
        if (ownsStore) {
            store.close();
        }
    }

    /**
     * The folder {@code subfolder} of the npm WebJar {@code artifact} on the classpath. Its version
     * is read from the WebJar's own Maven properties, so that pom.xml alone pins it.
     *
     * @param library what the WebJar holds, for the message when it is missing
     */
    static String webjarFolder(String artifact, String subfolder, String library) {
        String properties = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = Server.class.getClassLoader().getResourceAsStream(properties)) {
            if (in == null) {
                throw new ServerException(library + " (the WebJar org.webjars.npm:" + artifact + ") is not on the classpath");
            }
            Properties read = new Properties();
            read.load(in);
            String version = read.getProperty("version");
            if (version == null || version.isBlank()) {
                throw new ServerException(properties + " names no version");
            }
            return "META-INF/resources/webjars/" + artifact + "/" + version + "/" + subfolder;
        } catch (IOException e) {
            throw new ServerException("cannot read " + properties + ": " + e.getMessage(), e);
        }
    }

    /** Fuseki's query UI lived at /index.html; links to it lead to the query editor now. */
    private static final class MovedToQueryEditor extends HttpServlet {

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendRedirect(QUERY_UI_PATH);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Builds a {@link Server}. */
    public static final class Builder {

        private Store store;
        private Path location;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Set<String> serviceHosts = Set.of();
        private long maxRows = DEFAULT_MAX_ROWS;
        private int maxQueryLength = DEFAULT_MAX_QUERY_LENGTH;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private Duration clientProbeInterval = CLIENT_PROBE_INTERVAL;

        private Builder() {
        }

        /** The store to serve; the caller keeps it and closes it after {@link Server#stop()}. */
        public Builder store(Store store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The folder of a store to open, serve, and close when the server stops. */
        public Builder location(Path location) {
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        /** The HTTP port, in 1..65535. Default {@value Server#DEFAULT_PORT}. */
        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(String.format("port must be in 1..65535, but was: %s", port));
            }
            this.port = port;
            return this;
        }

        /**
         * The address to listen on: {@value Server#DEFAULT_HOST} by default, {@code 0.0.0.0} for
         * every interface (then put the server behind a reverse proxy with TLS and authentication).
         */
        public Builder host(String host) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException(String.format("host must be an address such as 127.0.0.1, but was: %s", host));
            }
            try {
                InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(String.format("host must be an address of this machine, but was: %s", host), e);
            }
            this.host = host;
            return this;
        }

        /** How long a query may run before it is stopped and answered with 503. */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /** The hosts a query may call with {@code SERVICE}, such as query.wikidata.org; none by default. */
        public Builder allowService(Collection<String> hosts) {
            this.serviceHosts = ServiceHosts.checked(Objects.requireNonNull(hosts, "hosts"));
            return this;
        }

        /** How many rows (solutions) a query answers at most; a lower LIMIT in the query is kept. */
        public Builder maxRows(long maxRows) {
            this.maxRows = positive(maxRows, "maxRows");
            return this;
        }

        /** How many characters a query may have; a longer one is refused with 413. */
        public Builder maxQueryLength(int maxQueryLength) {
            this.maxQueryLength = (int) positive(maxQueryLength, "maxQueryLength");
            return this;
        }

        /** How many bytes a request body may have; a longer one is refused with 413. */
        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = positive(maxRequestBytes, "maxRequestBytes");
            return this;
        }

        /** How often a running query's connection is probed for a gone client; shorter in tests. */
        Builder clientProbeInterval(Duration interval) {
            this.clientProbeInterval = positive(interval, "clientProbeInterval");
            return this;
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(String.format("%s must be positive, but was: %s", name, value));
            }
            return value;
        }

        private static long positive(long value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(String.format("%s must be positive, but was: %s", name, value));
            }
            return value;
        }

        /**
         * Builds the server, not yet started. Opens the store when given a location.
         *
         * @throws IllegalStateException when given both a store and a location, or neither
         */
        public Server build() {
            if ((store == null) == (location == null)) {
                throw new IllegalStateException(
                        "a server needs either a store or a store location, but was given "
                                + (store == null ? "neither" : "both"));
            }
            boolean owns = store == null;
            Store served = owns ? Store.connect(location) : store;
            ClientWatch clients = new ClientWatch(clientProbeInterval);
            try {
                BoundedQuery query = new BoundedQuery(maxQueryLength, maxRows, clients);
                Context context = queryContext();
                DataService.Builder service = DataService.newBuilder(served.datasetGraph())
                        .addEndpoint(queryEndpoint(null, query, context))
                        .addEndpoint(queryEndpoint("sparql", query, context))
                        .addEndpoint(queryEndpoint("query", query, context))
                        .addEndpoint(Operation.GSP_R)
                        .addEndpoint(Operation.GSP_R, "get")
                        .addEndpoint(Operation.GSP_R, "data");
                FusekiServer fuseki = FusekiServer.create()
                        .port(port)
                        .fusekiModules(FusekiModules.create())
                        .enablePing(true)
                        .enableStats(false)
                        .enableMetrics(false)
                        .add(DATASET, service)
                        .addFilter("/*", new RequestGuard())
                        .addServlet("", new ClasspathPages(PAGES))
                        .addServlet("/graph/*", new ClasspathPages(PAGES))
                        .addServlet(QUERY_UI_PATH + "*", new ClasspathPages(QUERY_PAGES))
                        .addServlet("/index.html", new MovedToQueryEditor())
                        .addServlet("/lib/cytoscape/*", new ClasspathPages(webjarFolder("cytoscape", "dist/", "Cytoscape.js")))
                        .addServlet("/lib/yasgui/*", new ClasspathPages(webjarFolder("zazuko__yasgui", "build/", "YASGUI")))
                        .build();
                listenOn(fuseki);
                return new Server(fuseki, served, owns, host, port, describeBounds(), clients);
            } catch (RuntimeException e) {
                clients.shutdown();
                if (owns) {
                    served.close();
                }
                throw e;
            }
        }
    
        private String describeBounds() {
            return String.format("queries stop after %d s or when their client leaves, and answer at most %d rows; SERVICE may call %s",
                    timeout.toSeconds(), maxRows, serviceHosts.isEmpty() ? "no host" : String.join(", ", serviceHosts));
        }

        /** The context of the query endpoints, where Jena looks for the timeout and the SERVICE rules. */
        private Context queryContext() {
            Context context = new Context();
            context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            ServiceHosts.configure(context, serviceHosts);
            return context;
        }

        private static Endpoint queryEndpoint(String name, BoundedQuery processor, Context context) {
            return Endpoint.create()
                    .operation(Operation.Query)
                    .endpointName(name)
                    .processor(processor)
                    .context(context)
                    .build();
        }

        /**
         * Binds Fuseki's connector to the host and puts Jetty's request size limit in front of
         * everything: a body over the limit is refused with 413 before it is read.
         */
        private void listenOn(FusekiServer fuseki) {
            org.eclipse.jetty.server.Server jetty = fuseki.getJettyServer();
            for (var connector : jetty.getConnectors()) {
                if (connector instanceof ServerConnector network) {
                    network.setHost(host);
                }
            }
            SizeLimitHandler limit = new SizeLimitHandler(maxRequestBytes, -1);
            limit.setHandler(jetty.getHandler());
            jetty.setHandler(limit);
        }
    }
}
