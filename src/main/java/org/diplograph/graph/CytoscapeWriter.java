package org.diplograph.graph;

import java.io.OutputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Cytoscape.js JSON ({@code .cyjs}): {@code {"elements": {"nodes": [...], "edges": [...]}}}, each
 * element a {@code data} object, which Cytoscape desktop imports as a network and Cytoscape.js
 * takes as its {@code elements}. Values are plain strings and numbers, so each becomes a column.
 */
final class CytoscapeWriter {

    private CytoscapeWriter() {
    }

    static void write(ActorGraph graph, OutputStream out) {
        JsonArray nodes = new JsonArray();
        for (ActorNode node : graph.nodes()) {
            JsonObject data = new JsonObject();
            data.put("id", graph.nodeId(node.iri()));
            data.put("name", node.label());
            data.put("label", node.label());
            data.put("type", node.type());
            node.qid().ifPresent(qid -> data.put("qid", qid));
            data.put("iri", node.iri());
            nodes.add(element(data));
        }
        JsonArray edges = new JsonArray();
        int index = 0;
        for (ActorEdge edge : graph.edges()) {
            JsonObject data = new JsonObject();
            data.put("id", "e" + index++);
            data.put("source", graph.nodeId(edge.source()));
            data.put("target", graph.nodeId(edge.target()));
            data.put("label", edge.label());
            data.put("interaction", edge.relation().label());
            data.put("relation", edge.relation().label());
            data.put("count", edge.count());
            if (!edge.details().isEmpty()) {
                data.put("details", String.join("; ", edge.details()));
            }
            edges.add(element(data));
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject document = new JsonObject();
        JsonObject graphData = new JsonObject();
        graphData.put("name", "diplograph actors");
        document.put("data", graphData);
        document.put("elements", elements);
        JSON.write(out, document);
    }

    private static JsonObject element(JsonObject data) {
        JsonObject element = new JsonObject();
        element.put("data", data);
        return element;
    }
}
