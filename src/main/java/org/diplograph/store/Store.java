package org.diplograph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The knowledge graph on local disk: an Apache Jena TDB2 database with one named graph per
 * article. The default graph is left empty; SPARQL queries see the union of the named graphs
 * as their default graph.
 *
 * <pre>{@code
 * try (Store store = Store.connect(Path.of("data"))) {
 *     store.replaceArticle(graphName, articleGraph);
 *     long n = store.calculate(ds -> QueryExecution.dataset(ds).query(q).select().stream().count());
 * }
 * }</pre>
 *
 * TDB2 locks its folder for one process at a time; opening a folder that another process holds
 * fails with a {@link StoreException} that says so. Stores opened on one folder in one process
 * share the database, which stays open until the last of them is closed.
 */
public final class Store implements AutoCloseable {

    /** Where the store lives unless told otherwise. */
    public static final Path DEFAULT_LOCATION = Path.of("data");

    /** Where the JSON-LD context is looked for unless told otherwise. */
    public static final Path DEFAULT_JSONLD_CONTEXT = Path.of("ontology", "context.jsonld");

    /** The formats {@link #export} writes. */
    public static final List<Lang> EXPORT_LANGS = List.of(Lang.TRIG, Lang.NQUADS, Lang.TURTLE, Lang.JSONLD);

    /** Open databases by their real path, with the number of open stores using each. */
    private static final Map<Path, Integer> OPEN = new HashMap<>();

    private final Path location;
    private final Path jsonLdContext;
    private final DatasetGraph datasetGraph;
    private final Dataset dataset;
    private boolean closed;

    private Store(Path location, Path jsonLdContext, DatasetGraph datasetGraph) {
        this.location = location;
        this.jsonLdContext = jsonLdContext;
        this.datasetGraph = datasetGraph;
        this.dataset = DatasetFactory.wrap(datasetGraph);
    }

    /** A builder for a store; {@link Builder#build()} opens it. */
    public static Builder create() {
        return new Builder();
    }

    /** Opens (creating it if needed) the store in the folder {@code location}. */
    public static Store connect(Path location) {
        return create().location(location).build();
    }

    /** The folder of this store, as it was given. */
    public Path location() {
        return location;
    }

    /**
     * The TDB2 dataset itself, for a SPARQL server (Fuseki) to serve. Its context asks for the
     * union of the named graphs as the default graph.
     */
    public DatasetGraph datasetGraph() {
        checkOpen();
        return datasetGraph;
    }

    /**
     * Replaces the named graph {@code graphName} by {@code articleGraph}, in one write transaction:
     * the old graph is deleted and the new one added, or, if anything fails on the way, nothing
     * changes.
     *
     * @throws StoreException when the graph could not be loaded; the store is as it was before
     */
    public void replaceArticle(Node graphName, Graph articleGraph) {
        checkGraphName(graphName);
        Objects.requireNonNull(articleGraph, "articleGraph");
        checkOpen();
        try {
            Txn.executeWrite(datasetGraph, () -> replace(graphName, articleGraph));
        } catch (RuntimeException e) {
            throw new StoreException(String.format("could not load graph %s into the store at %s: %s",
                    graphName.getURI(), location, e.getMessage()), e);
        }
    }

    /**
     * Replaces named graphs as {@link #replaceArticle} does, all in one write transaction, which
     * spares the commit's forced writes to disk for all but one of them. If that transaction
     * fails, each graph is loaded in a transaction of its own, so that a graph that cannot be
     * loaded costs only itself: every graph is loaded whole or not at all, as before.
     *
     * @param graphs the graphs by name, loaded in the map's order
     * @return why each graph that could not be loaded was not (none: every graph was loaded); the
     *         store holds the others
     */
    public Map<Node, StoreException> replaceArticles(Map<Node, Graph> graphs) {
        Objects.requireNonNull(graphs, "graphs");
        graphs.forEach((graphName, articleGraph) -> {
            Objects.requireNonNull(articleGraph, "articleGraph");
            checkGraphName(graphName);
        });
        checkOpen();
        if (graphs.isEmpty()) {
            return Map.of();
        }
        try {
            Txn.executeWrite(datasetGraph, () -> graphs.forEach(this::replace));
            return Map.of();
        } catch (RuntimeException e) {
            Map<Node, StoreException> failures = new LinkedHashMap<>();
            graphs.forEach((graphName, articleGraph) -> {
                try {
                    replaceArticle(graphName, articleGraph);
                } catch (StoreException failure) {
                    failures.put(graphName, failure);
                }
            });
            return failures;
        }
    }

    private void replace(Node graphName, Graph articleGraph) {
        datasetGraph.removeGraph(graphName);
        articleGraph.find().forEachRemaining(t -> datasetGraph.add(graphName, t.getSubject(),
                t.getPredicate(), t.getObject()));
        articleGraph.getPrefixMapping().getNsPrefixMap()
                .forEach((prefix, uri) -> datasetGraph.prefixes().add(prefix, uri));
    }

    private static void checkGraphName(Node graphName) {
        Objects.requireNonNull(graphName, "graphName");
        if (!graphName.isURI() || Quad.isDefaultGraph(graphName) || Quad.isUnionGraph(graphName)) {
            throw new IllegalArgumentException(
                    "graphName must be the IRI of an article's named graph, but was: " + graphName);
        }
    }

    /**
     * Runs {@code action} on the dataset in a read transaction, begun and ended here.
     */
    public void consume(Consumer<Dataset> action) {
        Objects.requireNonNull(action, "action");
        checkOpen();
        Txn.executeRead(dataset, () -> action.accept(dataset));
    }

    /**
     * Computes a value from the dataset in a read transaction, begun and ended here. The value
     * must not hold on to iterators or results of the dataset: they end with the transaction.
     */
    public <T> T calculate(Function<Dataset, T> function) {
        Objects.requireNonNull(function, "function");
        checkOpen();
        return Txn.calculateRead(dataset, () -> function.apply(dataset));
    }

    /**
     * Writes the store to {@code out}: TriG and N-Quads get every named graph; Turtle and JSON-LD
     * get the union of the named graphs, JSON-LD compacted with the context file when there is
     * one (by default {@code ontology/context.jsonld}).
     *
     * @throws IllegalArgumentException when {@code lang} is not one of {@link #EXPORT_LANGS}
     */
    public void export(OutputStream out, Lang lang) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(lang, "lang");
        if (!EXPORT_LANGS.contains(lang)) {
            throw new IllegalArgumentException(String.format(
                    "export format must be one of %s, but was: %s", langNames(), lang.getLabel()));
        }
        checkOpen();
        Txn.executeRead(datasetGraph, () -> {
            if (lang.equals(Lang.TRIG)) {
                RDFDataMgr.write(out, datasetGraph, RDFFormat.TRIG_BLOCKS);
            } else if (lang.equals(Lang.NQUADS)) {
                RDFDataMgr.write(out, datasetGraph, RDFFormat.NQUADS);
            } else if (lang.equals(Lang.TURTLE)) {
                RDFDataMgr.write(out, datasetGraph.getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
            } else {
                JsonLdExport.write(out, datasetGraph.getUnionGraph(),
                        jsonLdContext != null && Files.isRegularFile(jsonLdContext) ? jsonLdContext : null);
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new StoreException("could not write the export: " + e.getMessage(), e);
        }
    }

    /** Counts the named graphs and the triples in them. */
    public Stats stats() {
        checkOpen();
        return Txn.calculateRead(datasetGraph, () -> {
            long graphs = 0;
            for (var it = datasetGraph.listGraphNodes(); it.hasNext(); it.next()) {
                graphs++;
            }
            long triples = 0;
            for (var it = datasetGraph.find(); it.hasNext(); it.next()) {
                triples++;
            }
            return new Stats(graphs, triples);
        });
    }

    /**
     * Closes this store; the database itself is released when the last store open on its folder
     * in this process is closed.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Path key = realPath(location);
        synchronized (OPEN) {
            int users = OPEN.getOrDefault(key, 1) - 1;
            if (users > 0) {
                OPEN.put(key, users);
                return;
            }
            OPEN.remove(key);
            TDBInternal.expel(datasetGraph);
        }
    }

    @Override
    public String toString() {
        return "Store[" + location + "]";
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the store at " + location + " is closed");
        }
    }

    private static String langNames() {
        return EXPORT_LANGS.stream().map(Lang::getLabel).toList().toString();
    }

    private static Path realPath(Path location) {
        try {
            return location.toRealPath();
        } catch (IOException e) {
            return location.toAbsolutePath().normalize();
        }
    }

    /**
     * The size of a store.
     *
     * @param graphs  the number of named graphs (one per article)
     * @param triples the number of triples over all named graphs
     */
    public record Stats(long graphs, long triples) {
    }

    /** Builds a {@link Store}: where it lives and which JSON-LD context its export uses. */
    public static final class Builder {

        private Path location = DEFAULT_LOCATION;
        private Path jsonLdContext = DEFAULT_JSONLD_CONTEXT;

        private Builder() {
        }

        /** The folder of the TDB2 database; created when missing. Default {@code data}. */
        public Builder location(Path location) {
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        /**
         * The JSON-LD context file used by the JSON-LD export when it exists; {@code null} for
         * none. Default {@code ontology/context.jsonld}.
         */
        public Builder jsonLdContext(Path jsonLdContext) {
            this.jsonLdContext = jsonLdContext;
            return this;
        }

        /**
         * Opens the store.
         *
         * @throws StoreException when the folder cannot be used, or another process holds it
         */
        public Store build() {
            if (Files.exists(location) && !Files.isDirectory(location)) {
                throw new StoreException("store location " + location + " is not a folder");
            }
            try {
                Files.createDirectories(location);
            } catch (IOException e) {
                throw new StoreException("cannot create the store folder " + location + ": " + e.getMessage(), e);
            }
            synchronized (OPEN) {
                DatasetGraph dsg = open(location);
                dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
                OPEN.merge(realPath(location), 1, Integer::sum);
                return new Store(location, jsonLdContext, dsg);
            }
        }

        private static DatasetGraph open(Path location) {
            try {
                return DatabaseMgr.connectDatasetGraph(Location.create(location));
            } catch (RuntimeException e) {
                if (isLockFailure(e)) {
                    throw new StoreException(String.format("store at %s%s is in use by another process",
                            location, location.toString().endsWith("/") ? "" : "/"), e);
                }
                throw new StoreException("cannot open the store at " + location + ": " + e.getMessage(), e);
            }
        }

        private static boolean isLockFailure(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DBOpEnvException && t.getMessage() != null
                        && t.getMessage().toLowerCase().contains("lock")) {
                    return true;
                }
            }
            return false;
        }
    }
}
