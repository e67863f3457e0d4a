package org.diplograph.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.diplograph.store.Store;

/**
 * Loads into the TDB2 store of a folder, the store that {@code build}, {@code serve} and
 * {@code query} use.
 *
 * <p>{@link Mode#BULK}, the default, runs Jena's parallel bulk loader
 * ({@link LoaderFactory#parallelLoader}) over every file of the load in one pass: first the
 * graphs of the load that the store already holds are deleted (one transaction), then the loader
 * writes all the quads. The parallel loader is not one transaction: it locks the store for
 * itself and writes the indexes on threads of its own, so a load killed half-way (power, a full
 * disk) can leave the store partly loaded. Data errors cannot do that, since every file has been
 * read through by {@link Source#check} before.
 *
 * <p>{@link Mode#PER_GRAPH} loads each named graph in a transaction of its own, as {@code build}
 * loads each article: slower, but a graph is always either whole or as it was.
 */
public final class Tdb2Target implements Target {

    /** How the quads go in. */
    public enum Mode {
        /** Jena's parallel bulk loader over the whole load. */
        BULK,
        /** One write transaction per named graph. */
        PER_GRAPH
    }

    private final Path location;
    private final Mode mode;
    private final Consumer<String> log;
    private final Store store;

    /**
     * Opens (creating it if needed) the store in {@code location}.
     *
     * @param log where the bulk loader's progress lines go; {@code null} for none
     */
    public Tdb2Target(Path location, Mode mode, Consumer<String> log) {
        this.location = location;
        this.mode = mode;
        this.log = log;
        this.store = Store.connect(location);
    }

    @Override
    public String describe() {
        return "the TDB2 store at " + location;
    }

    @Override
    public void load(List<Source> sources, LoadReport report) {
        if (mode == Mode.BULK) {
            bulk(sources, report);
        } else {
            perGraph(sources, report);
        }
    }

    private void bulk(List<Source> sources, LoadReport report) {
        if (sources.isEmpty()) {
            return;
        }
        DatasetGraph dsg = store.datasetGraph();
        Set<Node> graphs = new LinkedHashSet<>();
        long quads = 0;
        for (Source source : sources) {
            graphs.addAll(source.graphs());
            quads += source.quads();
        }
        Txn.executeWrite(dsg, () -> {
            for (Node graph : graphs) {
                if (dsg.containsGraph(graph)) {
                    dsg.removeGraph(graph);
                }
            }
        });
        MonitorOutput output = log == null ? (format, args) -> { } : (format, args) -> log.accept(String.format(format, args));
        DataLoader loader = LoaderFactory.parallelLoader(dsg, output);
        loader.startBulk();
        try {
            for (Source source : sources) {
                try (InputStream raw = Files.newInputStream(source.path());
                        InputStream in = source.gzip() ? new GZIPInputStream(raw, 1 << 16) : raw) {
                    loader.loadFromInputStream(source.path().toString(), in, source.lang());
                }
            }
            loader.finishBulk();
        } catch (IOException | RuntimeException e) {
            loader.finishException(e);
            throw new LoadException(String.format("the bulk load into %s failed, the store may hold part of it: %s",
                    describe(), e.getMessage()), true, e);
        }
        report.written(graphs.size(), quads);
    }

    private void perGraph(List<Source> sources, LoadReport report) {
        GraphAtATime oneByOne = new GraphAtATime() {
            @Override
            protected void put(Node name, Graph graph, boolean replace) {
                try {
                    if (replace) {
                        store.replaceArticle(name, graph);
                        return;
                    }
                    DatasetGraph dsg = store.datasetGraph();
                    Txn.executeWrite(dsg, () -> graph.find().forEachRemaining(
                            t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
                } catch (RuntimeException e) {
                    throw new LoadException(e.getMessage(), false, e);
                }
            }

            @Override
            public String describe() {
                return Tdb2Target.this.describe();
            }

            @Override
            public void close() {
            }
        };
        oneByOne.load(sources, report);
    }

    @Override
    public void close() {
        store.close();
    }
}
