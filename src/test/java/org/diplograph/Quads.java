package org.diplograph;

import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;

/**
 * Comparing datasets as a store holds them. TDB2 keeps numbers and dates by value, so a graph
 * written as {@code "0.90"^^xsd:decimal} comes back out of the store as {@code "0.9"}: the
 * comparisons here put every literal in its canonical form first, then ask for isomorphism
 * (blank nodes matched, everything else equal), graph by graph.
 */
public final class Quads {

    private Quads() {
    }

    /** A copy of {@code dsg} with every literal in its canonical form. */
    public static DatasetGraph canonical(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.create();
        CanonicalizeLiteral canon = CanonicalizeLiteral.get();
        dsg.find().forEachRemaining(q -> copy.add(Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(),
                canon.apply(q.getObject()))));
        return copy;
    }

    /** Whether the two datasets hold the same graphs, up to blank node labels and literal forms. */
    public static boolean isomorphic(DatasetGraph expected, DatasetGraph actual) {
        return IsoMatcher.isomorphic(canonical(expected), canonical(actual));
    }
}
