package org.diplograph.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * One input file of a load, read through once before anything is loaded: its syntax (N-Quads or
 * TriG, either gzipped), its named graphs and its number of quads. A file that does not parse to
 * the end, or that holds a triple outside any named graph, is refused here as a whole, so that a
 * load never stops half-way through a file for a reason the file itself carries.
 *
 * @param path   the file
 * @param lang   {@link Lang#NQUADS} or {@link Lang#TRIG}
 * @param gzip   whether the file is gzipped ({@code .gz})
 * @param graphs the named graphs, in the order of their first quad
 * @param quads  the number of quads
 */
public record Source(Path path, Lang lang, boolean gzip, Set<Node> graphs, long quads) {

    /** The file names a load takes. */
    public static final String EXTENSIONS = ".nq, .nquads, .trig, each optionally .gz";

    /**
     * Reads {@code path} through and describes it.
     *
     * @throws LoadException naming the file and the reason (unreadable, not a quad syntax, a syntax
     *                       error and its line, a triple in the default graph)
     */
    public static Source check(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        boolean gzip = name.toLowerCase(Locale.ROOT).endsWith(".gz");
        Lang lang = langOf(gzip ? name.substring(0, name.length() - 3) : name);
        if (lang == null) {
            throw new LoadException(path + ": not loaded: not a quad file (" + EXTENSIONS + ")", false);
        }
        if (!Files.isRegularFile(path)) {
            throw new LoadException(path + ": not loaded: " + (Files.exists(path) ? "not a file" : "no such file"), false);
        }
        if (!Files.isReadable(path)) {
            throw new LoadException(path + ": not loaded: not readable", false);
        }
        Set<Node> graphs = new LinkedHashSet<>();
        long[] quads = {0};
        StreamRDF check = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                throw new DefaultGraphTriple();
            }

            @Override
            public void quad(Quad quad) {
                if (quad.isDefaultGraph()) {
                    throw new DefaultGraphTriple();
                }
                graphs.add(quad.getGraph());
                quads[0]++;
            }
        };
        try {
            parse(path, lang, gzip, check);
        } catch (DefaultGraphTriple e) {
            throw new LoadException(String.format(Locale.ROOT,
                    "%s: not loaded: quad %d is a triple outside any named graph; diplograph stores one named graph per article",
                    path, quads[0] + 1), false);
        } catch (RiotException e) {
            throw new LoadException(path + ": not loaded: syntax error " + oneLine(e.getMessage()), false, e);
        } catch (IOException | RuntimeException e) {
            throw new LoadException(path + ": not loaded: cannot read it: " + oneLine(String.valueOf(e.getMessage())), false, e);
        }
        return new Source(path, lang, gzip, Collections.unmodifiableSet(graphs), quads[0]);
    }

    /** Parses the file into {@code destination}, strictly: the first error ends the parse. */
    public void parse(StreamRDF destination) {
        try {
            parse(path, lang, gzip, destination);
        } catch (IOException e) {
            throw new LoadException(path + ": cannot read it: " + e.getMessage(), false, e);
        }
    }

    private static void parse(Path path, Lang lang, boolean gzip, StreamRDF destination) throws IOException {
        try (InputStream raw = Files.newInputStream(path);
                InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(lang).base(path.toUri().toString())
                    .errorHandler(STRICT_SILENT)
                    .parse(destination);
        }
    }

    /** Ends the parse at the first error, without logging it: the load reports it with the file's name. */
    private static final ErrorHandler STRICT_SILENT = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            // Jena's warnings (an unusual IRI, say) do not stop a load.
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException(position(line, col) + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException(position(line, col) + message);
        }

        private String position(long line, long col) {
            return line < 0 ? "" : col < 0 ? "at line " + line + ": " : "at line " + line + ", column " + col + ": ";
        }
    };

    private static Lang langOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".nq") || lower.endsWith(".nquads")) {
            return Lang.NQUADS;
        }
        if (lower.endsWith(".trig")) {
            return Lang.TRIG;
        }
        return null;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }

    /** Thrown from the check's stream to end the parse at a triple outside a named graph. */
    private static final class DefaultGraphTriple extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DefaultGraphTriple() {
            super(null, null, false, false);
        }
    }
}
