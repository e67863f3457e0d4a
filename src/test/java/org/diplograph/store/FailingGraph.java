package org.diplograph.store;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/** A graph whose iteration breaks down after some triples, as a failing disk or parser would. */
final class FailingGraph extends GraphWrapper {

    private final int failAfter;

    FailingGraph(Graph graph, int failAfter) {
        super(graph);
        this.failAfter = failAfter;
    }

    @Override
    public ExtendedIterator<Triple> find() {
        List<Triple> triples = get().find().toList();
        return WrappedIterator.create(new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < triples.size();
            }

            @Override
            public Triple next() {
                if (next == failAfter) {
                    throw new IllegalStateException("disk gave up");
                }
                return triples.get(next++);
            }
        });
    }
}
