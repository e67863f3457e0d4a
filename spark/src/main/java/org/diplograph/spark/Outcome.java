package org.diplograph.spark;

import java.io.Serializable;

/**
 * What became of one input: an article's graph as N-Quads ({@link #graph} set), or a reason it was
 * rejected (an input that could not be read, an article that failed or did not validate).
 *
 * @param id        the article's id, or null for an input that gave no article
 * @param hash      the article's content hash, or null
 * @param graphName the IRI of the article's named graph, or null when rejected
 * @param text      the graph's N-Quads, or the rejection's message (as {@code build} prints it)
 */
public record Outcome(String id, String hash, String graphName, String text) implements Serializable {

    private static final long serialVersionUID = 1L;

    static Outcome graph(ArticleRow row, String graphName, String nquads) {
        return new Outcome(row.id(), row.hash(), graphName, nquads);
    }

    static Outcome rejected(String id, String hash, String message) {
        return new Outcome(id, hash, null, message);
    }

    boolean loaded() {
        return graphName != null;
    }

    /** The manifest line of a written graph: id, content hash, graph IRI. */
    String manifestLine() {
        return id + "\t" + hash + "\t" + graphName;
    }
}
