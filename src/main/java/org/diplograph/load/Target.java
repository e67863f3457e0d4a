package org.diplograph.load;

import java.util.List;

/**
 * A store that a load writes to: a TDB2 folder, a SPARQL store through the Graph Store Protocol,
 * or an RDF4J repository. Every target replaces a named graph that it held before the load with
 * the graph as the load's files have it (re-loading an article's graph replaces it, as
 * {@code build} does); a graph that several files of one load hold gets the quads of them all.
 */
public interface Target extends AutoCloseable {

    /** The target as messages name it: its folder or URL. */
    String describe();

    /**
     * Loads the graphs of {@code sources}, which {@link Source#check} has read through, counting
     * what it wrote in {@code report} as it goes (so that a load that ends early still tells how
     * far it came).
     * A graph that the target refuses is reported in the answer and the rest go on; a failure that
     * every further graph would meet too (the target cannot be reached, refuses the credentials)
     * ends the load with a {@link LoadException} whose {@link LoadException#endsLoad()} is true.
     */
    void load(List<Source> sources, LoadReport report);

    @Override
    void close();
}
