package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.diplograph.graph.ActorGraph;
import org.diplograph.graph.GraphFormat;
import org.diplograph.rdf.Ontology;
import org.diplograph.store.Store;
import org.diplograph.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export [--loc=DIR] [--output=FORMAT] [FILE]}: writes the store to FILE, or to standard
 * output without one. N-Quads and TriG keep one named graph per article; Turtle and JSON-LD hold
 * the union of the articles, JSON-LD compacted with the project's context
 * ({@code ontology/context.jsonld}) so that its keys are the context's short names. GraphML, GEXF,
 * DOT and Cytoscape.js JSON hold the actor graph ({@link ActorGraph}) for graph tools. Without
 * {@code --output} the format follows FILE's extension (an extension that names no format is a
 * usage error, rather than N-Quads under another name), else N-Quads.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store as N-Quads, TriG, Turtle or JSON-LD, or its actor graph "
                + "as GraphML (yEd), GEXF (Gephi), DOT (Graphviz) or Cytoscape.js JSON (Cytoscape)."})
public final class ExportCommand implements Callable<Integer> {

    /** Every name {@code --output} takes, RDF syntaxes first. */
    static final String OUTPUT_NAMES = Formats.NAMES + ", " + String.join(", ", GraphFormat.NAMES);

    @Spec
    CommandSpec spec;

    @Mixin
    StoreLocation store;

    @Option(names = "--output", paramLabel = "FORMAT",
            description = "nq, trig, ttl, jsonld, graphml, gexf, dot or cyjs "
                    + "(default: from FILE's extension, which must name one of these; nq for standard output or a FILE without extension).")
    String output;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "File to write; standard output without it.")
    Path file;

    /** What one export writes. */
    private interface Content {
        void writeTo(OutputStream out);
    }

    /** The chosen format: an RDF syntax of the store, or a graph format of its actor graph. */
    private record Target(Lang lang, GraphFormat graphFormat) {
        static Target of(Lang lang) {
            return new Target(lang, null);
        }

        static Target of(GraphFormat graphFormat) {
            return new Target(null, graphFormat);
        }
    }

    @Override
    public Integer call() {
        Target target = chooseTarget();
        PrintWriter err = spec.commandLine().getErr();
        Path context = null;
        try {
            context = Lang.JSONLD.equals(target.lang()) ? bundledContext() : null;
            try (Store opened = Store.create().location(store.existing()).jsonLdContext(context).build()) {
                String summary;
                Content content;
                if (target.graphFormat() != null) {
                    GraphFormat graphFormat = target.graphFormat();
                    ActorGraph graph = opened.calculate(ds -> ActorGraph.read(ds.asDatasetGraph().getUnionGraph()));
                    content = out -> graphFormat.write(graph, out);
                    summary = String.format("wrote %d actors, %d edges as %s", graph.nodes().size(),
                            graph.edges().size(), graphFormat.label());
                } else {
                    Lang lang = target.lang();
                    content = out -> opened.export(out, lang);
                    Store.Stats stats = opened.stats();
                    summary = String.format("wrote %d graphs, %d triples as %s", stats.graphs(), stats.triples(),
                            lang.getLabel());
                }
                if (file == null) {
                    try (OutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
                        content.writeTo(out);
                    }
                } else {
                    writeFile(content);
                    spec.commandLine().getOut().printf("%s to %s%n", summary, file);
                    spec.commandLine().getOut().flush();
                }
            }
            return 0;
        } catch (StoreException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("cannot write " + (file == null ? "the export" : file) + ": " + e.getMessage());
            return 1;
        } finally {
            deleteQuietly(context);
        }
    }

    /** Writes beside FILE first, so that a failed export leaves no half-written FILE. */
    private void writeFile(Content content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                content.writeTo(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * The context file shipped in the jar, copied to a temporary file for the store's JSON-LD
     * writer: the export must use the context of this version wherever the command runs, not a
     * file that happens to lie in the working directory.
     */
    private static Path bundledContext() throws IOException {
        String resource = "/ontology/" + Ontology.CONTEXT_FILE;
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("the JSON-LD context " + resource + " is missing from the classpath");
            }
            Path copy = Files.createTempFile("diplograph-context", ".jsonld");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }

    private Target chooseTarget() {
        if (output != null) {
            return find(output).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--output must be one of " + OUTPUT_NAMES + ", but was: " + output));
        }
        if (file != null) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot >= 0) {
                String extension = name.substring(dot + 1);
                return find(extension).orElseThrow(() -> new ParameterException(spec.commandLine(), String.format(
                        "the extension of %s, .%s, names no format: use one of %s, or give --output=FORMAT",
                        file, extension, OUTPUT_NAMES)));
            }
        }
        return Target.of(Lang.NQUADS);
    }

    private static Optional<Target> find(String name) {
        Optional<Target> graphFormat = GraphFormat.find(name).map(Target::of);
        return graphFormat.isPresent() ? graphFormat : Formats.find(name).map(Target::of);
    }
}
