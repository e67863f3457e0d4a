package org.diplograph.rdf;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One article's facts as RDF: the named graph they are loaded under and its triples.
 *
 * @param articleId the article's stable id
 * @param name      the graph name, {@code id:graph/{articleId}}
 * @param graph     the triples
 */
public record ArticleGraph(String articleId, Node name, Graph graph) {

    public ArticleGraph {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(graph, "graph");
    }
}
