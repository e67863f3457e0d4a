package org.diplograph.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The file formats an {@link ActorGraph} is written in, one for each graph tool. */
public enum GraphFormat {
    /** GraphML, for yEd (and Gephi, Cytoscape). */
    GRAPHML("graphml", "GraphML", GraphMlWriter::write),
    /** GEXF 1.2, Gephi's own format. */
    GEXF("gexf", "GEXF", GexfWriter::write),
    /** Graphviz DOT. */
    DOT("dot", "DOT", DotWriter::write),
    /** Cytoscape.js JSON, for Cytoscape desktop and Cytoscape.js. */
    CYJS("cyjs", "Cytoscape.js JSON", CytoscapeWriter::write);

    /** The names of all formats, as help texts list them. */
    public static final List<String> NAMES = Arrays.stream(values()).map(GraphFormat::extension).toList();

    private final String extension;
    private final String label;
    private final BiConsumer<ActorGraph, OutputStream> writer;

    GraphFormat(String extension, String label, BiConsumer<ActorGraph, OutputStream> writer) {
        this.extension = extension;
        this.label = label;
        this.writer = writer;
    }

    /** The format's name, which is also its file extension: "graphml", "gexf", "dot", "cyjs". */
    public String extension() {
        return extension;
    }

    /** The format's name as people write it: "GraphML". */
    public String label() {
        return label;
    }

    /** The format named {@code name} (its extension, any case; "gv" for DOT), if there is one. */
    public static Optional<GraphFormat> find(String name) {
        String lower = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
        if (lower.equals("gv")) {
            return Optional.of(DOT);
        }
        return Arrays.stream(values()).filter(f -> f.extension.equals(lower)).findFirst();
    }

    /** Writes {@code graph} to {@code out} in this format, UTF-8, and flushes {@code out}. */
    public void write(ActorGraph graph, OutputStream out) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(out, "out");
        writer.accept(graph, out);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + label + " export: " + e.getMessage(), e);
        }
    }
}
