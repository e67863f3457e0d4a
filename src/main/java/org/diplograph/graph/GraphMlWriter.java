package org.diplograph.graph;

import java.io.OutputStream;
import java.util.List;

import org.w3c.dom.Element;

/**
 * GraphML for yEd, Gephi and Cytoscape: one key per node and edge property, each with
 * {@code attr.name}, which yEd lists as data to map onto labels and colours.
 */
final class GraphMlWriter {

    static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlWriter() {
    }

    static void write(ActorGraph graph, OutputStream out) {
        Xml xml = Xml.create(NAMESPACE, "graphml", "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        Element root = xml.root();
        for (String name : List.of("label", "type", "qid", "iri")) {
            xml.add(root, "key", "id", "node_" + name, "for", "node", "attr.name", name, "attr.type", "string");
        }
        for (String name : List.of("label", "relation", "details")) {
            xml.add(root, "key", "id", "edge_" + name, "for", "edge", "attr.name", name, "attr.type", "string");
        }
        xml.add(root, "key", "id", "edge_count", "for", "edge", "attr.name", "count", "attr.type", "int");
        Element g = xml.add(root, "graph", "id", "diplograph", "edgedefault", "directed");
        for (ActorNode node : graph.nodes()) {
            Element element = xml.add(g, "node", "id", graph.nodeId(node.iri()));
            xml.addText(element, "data", node.label(), "key", "node_label");
            xml.addText(element, "data", node.type(), "key", "node_type");
            node.qid().ifPresent(qid -> xml.addText(element, "data", qid, "key", "node_qid"));
            xml.addText(element, "data", node.iri(), "key", "node_iri");
        }
        int index = 0;
        for (ActorEdge edge : graph.edges()) {
            Element element = xml.add(g, "edge", "id", "e" + index++,
                    "source", graph.nodeId(edge.source()), "target", graph.nodeId(edge.target()));
            xml.addText(element, "data", edge.label(), "key", "edge_label");
            xml.addText(element, "data", edge.relation().label(), "key", "edge_relation");
            xml.addText(element, "data", Integer.toString(edge.count()), "key", "edge_count");
            if (!edge.details().isEmpty()) {
                xml.addText(element, "data", String.join("; ", edge.details()), "key", "edge_details");
            }
        }
        xml.write(out);
    }
}
