package org.diplograph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.diplograph.store.Store;

/**
 * The knowledge graph over HTTP: an embedded Fuseki that serves a {@link Store} read-only as the
 * dataset {@value #DATASET}, with SPARQL query at {@code /diplograph/sparql} and
 * {@code /diplograph/query}, Graph Store Protocol reads at {@code /diplograph/get} and
 * {@code /diplograph/data}, our graph view at {@code /} (and {@code /graph/}), which reads the
 * same SPARQL endpoint, and the Fuseki query UI at {@code /index.html}. Cytoscape.js, which the
 * graph view draws with, is served from its WebJar at {@code /lib/cytoscape/}, so the pages work
 * offline.
 * There is no update, upload or dataset administration. Queries see the union of the named
 * graphs as their default graph.
 *
 * <pre>{@code
 * Server server = Server.create().location(Path.of("data")).port(3030).build().start();
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

    /** Where Fuseki's query UI opens on the query page of our dataset. */
    static final String QUERY_UI_PATH = "/index.html#/dataset" + DATASET + "/query";

    /** The WebJar whose {@code dist/} folder is served at {@code /lib/cytoscape/}. */
    static final String CYTOSCAPE_WEBJAR = "META-INF/resources/webjars/cytoscape/";

    private final FusekiServer fuseki;
    private final Store store;
    private final boolean ownsStore;
    private final int port;

    private Server(FusekiServer fuseki, Store store, boolean ownsStore, int port) {
        this.fuseki = fuseki;
        this.store = store;
        this.ownsStore = ownsStore;
        this.port = port;
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

    /** The address of the server's home page: the graph view. */
    public String url() {
        return "http://localhost:" + port + "/";
    }

    /** The address of Fuseki's query UI, opened on the dataset served. */
    public String queryUiUrl() {
        return "http://localhost:" + port + QUERY_UI_PATH;
    }

    /** The address of the SPARQL query endpoint. */
    public String sparqlUrl() {
        return "http://localhost:" + port + DATASET + "/sparql";
    }

    /** The store served. */
    public Store store() {
        return store;
    }

    private void closeOwnedStore() {
        if (ownsStore) {
            store.close();
        }
    }

    /**
     * The {@code dist/} folder of the Cytoscape.js WebJar on the classpath. Its version is read
     * from the WebJar's own Maven properties, so that pom.xml alone pins it.
     */
    static String cytoscapeFolder() {
        String properties = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
        try (InputStream in = Server.class.getClassLoader().getResourceAsStream(properties)) {
            if (in == null) {
                throw new ServerException("Cytoscape.js (the WebJar org.webjars.npm:cytoscape) is not on the classpath");
            }
            Properties read = new Properties();
            read.load(in);
            String version = read.getProperty("version");
            if (version == null || version.isBlank()) {
                throw new ServerException(properties + " names no version");
            }
            return CYTOSCAPE_WEBJAR + version + "/dist/";
        } catch (IOException e) {
            throw new ServerException("cannot read " + properties + ": " + e.getMessage(), e);
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
            try {
                DataService.Builder service = DataService.newBuilder(served.datasetGraph())
                        .addEndpoint(Operation.Query)
                        .addEndpoint(Operation.Query, "sparql")
                        .addEndpoint(Operation.Query, "query")
                        .addEndpoint(Operation.GSP_R)
                        .addEndpoint(Operation.GSP_R, "get")
                        .addEndpoint(Operation.GSP_R, "data");
                FusekiServer fuseki = FusekiServer.create()
                        .port(port)
                        .fusekiModules(FusekiModules.create(new ReadOnlyUiModule()))
                        .add(DATASET, service)
                        .addServlet("", new ClasspathPages(PAGES))
                        .addServlet("/graph/*", new ClasspathPages(PAGES))
                        .addServlet("/lib/cytoscape/*", new ClasspathPages(cytoscapeFolder()))
                        .build();
                return new Server(fuseki, served, owns, port);
            } catch (RuntimeException e) {
                if (owns) {
                    served.close();
                }
                throw e;
            }
        }
    }
}
