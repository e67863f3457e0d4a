package org.diplograph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;

/**
 * The actor-level view of the knowledge graph: one node per actor, one edge per relation between
 * two actors with the number of facts behind it. Immutable; nodes are sorted by IRI and edges by
 * source, target and relation, so the same store always gives the same graph and the same files.
 *
 * <pre>{@code
 * ActorGraph graph = store.calculate(ds -> ActorGraph.read(ds.asDatasetGraph().getUnionGraph()));
 * GraphFormat.GRAPHML.write(graph, out);
 * }</pre>
 */
public final class ActorGraph {

    private static final Comparator<ActorEdge> EDGE_ORDER = Comparator.comparing(ActorEdge::source)
            .thenComparing(ActorEdge::target).thenComparing(ActorEdge::relation);

    private final List<ActorNode> nodes;
    private final List<ActorEdge> edges;
    private final Map<String, Integer> indexByIri;

    private ActorGraph(List<ActorNode> nodes, List<ActorEdge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.nodes.size(); i++) {
            index.put(this.nodes.get(i).iri(), i);
        }
        this.indexByIri = Map.copyOf(index);
    }

    /** A builder that collects actors and single facts and aggregates the facts into edges. */
    public static Builder create() {
        return new Builder();
    }

    /**
     * The actor graph of {@code rdf}, a graph in the shape the rdf stage writes (for a store,
     * the union of its article graphs), read with SPARQL over the dip: terms.
     */
    public static ActorGraph read(Graph rdf) {
        return ActorGraphReader.read(Objects.requireNonNull(rdf, "rdf"));
    }

    /** The actors, sorted by IRI. */
    public List<ActorNode> nodes() {
        return nodes;
    }

    /** The edges, sorted by source IRI, target IRI and relation. */
    public List<ActorEdge> edges() {
        return edges;
    }

    /**
     * The short id of the actor {@code iri} in the exported files ("n0", "n1", ...), which follow
     * the order of {@link #nodes()}; XML ids cannot hold an IRI.
     *
     * @throws IllegalArgumentException when {@code iri} is not a node of this graph
     */
    public String nodeId(String iri) {
        Integer index = indexByIri.get(iri);
        if (index == null) {
            throw new IllegalArgumentException("not an actor of this graph: " + iri);
        }
        return "n" + index;
    }

    @Override
    public String toString() {
        return "ActorGraph[" + nodes.size() + " actors, " + edges.size() + " edges]";
    }

    /** Collects actors and facts for an {@link ActorGraph}. */
    public static final class Builder {

        private final Map<String, ActorNode> nodes = new TreeMap<>();
        private final Map<EdgeKey, Facts> facts = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds an actor.
         *
         * @throws IllegalArgumentException when another actor with the same IRI was added
         */
        public Builder node(ActorNode node) {
            Objects.requireNonNull(node, "node");
            ActorNode before = nodes.putIfAbsent(node.iri(), node);
            if (before != null && !before.equals(node)) {
                throw new IllegalArgumentException("actor " + node.iri() + " was added twice, as " + before
                        + " and as " + node);
            }
            return this;
        }

        /**
         * Adds one fact of {@code relation} from {@code source} to {@code target}. Facts with the
         * same {@code factIri} on one edge count once; {@code detail}, when not {@code null},
         * joins the edge's details.
         */
        public Builder fact(String source, String target, Relation relation, String factIri, String detail) {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(factIri, "factIri");
            Facts edge = facts.computeIfAbsent(new EdgeKey(source, target, relation), k -> new Facts());
            edge.iris.add(factIri);
            if (detail != null && !detail.isBlank()) {
                edge.details.add(detail);
            }
            return this;
        }

        /**
         * The graph.
         *
         * @throws IllegalArgumentException when a fact names an actor that was not added
         */
        public ActorGraph build() {
            Set<String> unknown = new LinkedHashSet<>();
            List<ActorEdge> edges = new ArrayList<>();
            facts.forEach((key, edge) -> {
                for (String end : List.of(key.source, key.target)) {
                    if (!nodes.containsKey(end)) {
                        unknown.add(end);
                    }
                }
                edges.add(new ActorEdge(key.source, key.target, key.relation, edge.iris.size(),
                        List.copyOf(edge.details)));
            });
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("facts name actors that were not added: " + new TreeSet<>(unknown));
            }
            edges.sort(EDGE_ORDER);
            return new ActorGraph(new ArrayList<>(nodes.values()), edges);
        }

        private record EdgeKey(String source, String target, Relation relation) {
        }

        private static final class Facts {
            final Set<String> iris = new TreeSet<>();
            final Set<String> details = new TreeSet<>();
        }
    }
}
