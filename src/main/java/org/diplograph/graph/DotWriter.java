package org.diplograph.graph;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Graphviz DOT: a digraph with the actors as rounded boxes and one coloured, labelled edge per
 * relation. The properties the other formats carry as data ride along as extra attributes,
 * which Graphviz keeps and ignores when drawing.
 */
final class DotWriter {

    private static final Map<Relation, String> COLORS = new EnumMap<>(Map.of(
            Relation.PROPOSES, "#1f77b4",
            Relation.DEMANDS, "#d62728",
            Relation.OFFERS, "#2ca02c",
            Relation.REJECTS, "#000000",
            Relation.ACCEPTS, "#17becf",
            Relation.GUARANTOR_PROPOSED, "#9467bd",
            Relation.CONDITION_ON_PARTY, "#ff7f0e"));

    private DotWriter() {
    }

    static void write(ActorGraph graph, OutputStream out) {
        PrintWriter dot = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        dot.println("digraph diplograph {");
        dot.println("  graph [rankdir=LR];");
        dot.println("  node [shape=box, style=rounded, fontname=\"Helvetica\"];");
        dot.println("  edge [fontname=\"Helvetica\", fontsize=10];");
        for (ActorNode node : graph.nodes()) {
            dot.printf("  %s [label=%s, type=%s%s, iri=%s];%n", graph.nodeId(node.iri()), quote(node.label()),
                    quote(node.type()), node.qid().map(q -> ", qid=" + quote(q)).orElse(""), quote(node.iri()));
        }
        for (ActorEdge edge : graph.edges()) {
            dot.printf("  %s -> %s [label=%s, color=%s, fontcolor=%s, relation=%s, count=%d%s];%n",
                    graph.nodeId(edge.source()), graph.nodeId(edge.target()), quote(edge.label()),
                    quote(COLORS.get(edge.relation())), quote(COLORS.get(edge.relation())),
                    quote(edge.relation().label()), edge.count(),
                    edge.details().isEmpty() ? "" : ", details=" + quote(String.join("; ", edge.details())));
        }
        dot.println("}");
        dot.flush();
    }

    /** A DOT double-quoted string: only the quote, the backslash and line ends need escaping. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> { }
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
