package org.diplograph.load;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The load of a target that takes one named graph at a time, each in one request or transaction
 * of its own, so that a graph is either all there or as it was. The quads of a file are gathered
 * graph by graph (an export writes each graph's quads together); the first time the load meets a
 * graph it replaces what the target held under that name, and a later run of the same graph's
 * quads, in the same file or another, is added to it.
 */
public abstract class GraphAtATime implements Target {

    /**
     * Writes {@code graph} as the named graph {@code name}: replacing what the target holds under
     * that name when {@code replace}, else adding to it. Either all of it is written, or nothing.
     *
     * @throws LoadException when the target refuses the graph, or cannot be reached
     */
    protected abstract void put(Node name, Graph graph, boolean replace);

    @Override
    public void load(List<Source> sources, LoadReport report) {
        Set<Node> seen = new HashSet<>();
        for (Source source : sources) {
            source.parse(new StreamRDFBase() {
                private Node current;
                private Graph graph;

                @Override
                public void quad(Quad quad) {
                    if (!quad.getGraph().equals(current)) {
                        flush();
                        current = quad.getGraph();
                        graph = GraphFactory.createDefaultGraph();
                    }
                    graph.add(quad.asTriple());
                }

                @Override
                public void triple(Triple triple) {
                    throw new IllegalStateException("checked sources hold no default-graph triples");
                }

                private final Map<String, String> prefixes = new LinkedHashMap<>();

                @Override
                public void prefix(String prefix, String iri) {
                    prefixes.put(prefix, iri);
                }

                @Override
                public void finish() {
                    flush();
                }

                private void flush() {
                    if (current == null) {
                        return;
                    }
                    Node name = current;
                    Graph toWrite = graph;
                    current = null;
                    graph = null;
                    toWrite.getPrefixMapping().setNsPrefixes(prefixes);
                    try {
                        put(name, toWrite, !seen.contains(name));
                        report.written(seen.add(name) ? 1 : 0, toWrite.size());
                    } catch (LoadException e) {
                        if (e.endsLoad()) {
                            throw e;
                        }
                        report.failed(source.path() + ": graph " + name.getURI() + " not loaded: " + e.getMessage());
                    }
                }
            });
        }
    }
}
