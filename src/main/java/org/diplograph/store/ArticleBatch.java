package org.diplograph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Article graphs loaded into a {@link Store} several to a write transaction, and what is to
 * follow each (counting it, reporting it) run in the order it was given once the graphs before
 * it are committed. Each commit of TDB2 forces its files to disk, which costs more than loading
 * a news article's graph; a batch commits once for up to {@code articles} graphs
 * ({@link Store#replaceArticles}), each graph still loaded whole or not at all. It commits
 * sooner once its graphs hold {@link #MAX_TRIPLES} triples, so that a run of very long articles
 * (tens of thousands of triples each) is not held in memory sixteen at a time.
 * <p>
 * What a batch holds and has not committed is lost if the process dies, and nothing of it is in
 * the store before; {@link #close} commits the rest. Not thread-safe: one writer uses it.
 *
 * <pre>{@code
 * try (ArticleBatch batch = ArticleBatch.of(store, 16)) {
 *     batch.load(name, graph, () -> loaded++, e -> report(e.getMessage()));
 *     batch.then(() -> report("rejected: ..."));
 * }
 * }</pre>
 */
public final class ArticleBatch implements AutoCloseable {

    /**
     * The articles a transaction takes unless told otherwise: enough that a commit's cost is shared
     * (README, Commits: the writer's CPU over train falls by a third from 16 to 64), few enough that
     * a build stopped half-way loses only seconds of work.
     */
    public static final int DEFAULT_ARTICLES = 64;

    /** The triples a batch holds before it commits, whatever its number of articles: some two hundred news articles' worth. */
    public static final long MAX_TRIPLES = 50_000;

    private final Store store;
    private final int articles;
    private final long maxTriples;
    private long triples;
    private final Map<Node, Graph> graphs = new LinkedHashMap<>();
    /** What follows each load or action, in order, given the commit's failures by graph name. */
    private final List<Consumer<Map<Node, StoreException>>> steps = new ArrayList<>();

    private ArticleBatch(Store store, int articles, long maxTriples) {
        this.store = store;
        this.articles = articles;
        this.maxTriples = maxTriples;
    }

    /**
     * A batch that commits to {@code store} every {@code articles} graphs (1: each graph in its own
     * transaction), or sooner once they hold {@link #MAX_TRIPLES} triples.
     */
    public static ArticleBatch of(Store store, int articles) {
        return of(store, articles, MAX_TRIPLES);
    }

    static ArticleBatch of(Store store, int articles, long maxTriples) {
        Objects.requireNonNull(store, "store");
        if (articles < 1) {
            throw new IllegalArgumentException("articles per transaction must be at least 1, but was: " + articles);
        }
        if (maxTriples < 1) {
            throw new IllegalArgumentException("triples per transaction must be at least 1, but was: " + maxTriples);
        }
        return new ArticleBatch(store, articles, maxTriples);
    }

    /**
     * Replaces the named graph {@code graphName} by {@code graph} in the batch's next commit; then
     * runs {@code loaded}, or {@code failed} with the reason if this graph could not be loaded.
     */
    public void load(Node graphName, Graph graph, Runnable loaded, Consumer<StoreException> failed) {
        Objects.requireNonNull(graphName, "graphName");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(failed, "failed");
        if (graphs.containsKey(graphName)) {
            // the same article twice in one transaction: the first must be in before the second replaces it
            commit();
        }
        graphs.put(graphName, graph);
        triples += graph.size();
        steps.add(failures -> {
            if (failures.containsKey(graphName)) {
                failed.accept(failures.get(graphName));
            } else {
                loaded.run();
            }
        });
        if (graphs.size() >= articles || triples >= maxTriples) {
            commit();
        }
    }

    /** Runs {@code action} after the graphs given before it are committed: now, if none waits. */
    public void then(Runnable action) {
        Objects.requireNonNull(action, "action");
        if (steps.isEmpty()) {
            action.run();
        } else {
            steps.add(failures -> action.run());
        }
    }

    /** Commits the graphs waiting, then runs what follows each of them, in order. */
    public void commit() {
        if (steps.isEmpty()) {
            return;
        }
        Map<Node, StoreException> failures = store.replaceArticles(graphs);
        List<Consumer<Map<Node, StoreException>>> done = List.copyOf(steps);
        graphs.clear();
        steps.clear();
        triples = 0;
        done.forEach(step -> step.accept(failures));
    }

    /** Commits what waits. */
    @Override
    public void close() {
        commit();
    }
}
