package org.diplograph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The files of {@code ontology/}: the OWL ontology, the SHACL shapes and the JSON-LD context.
 *
 * <p>Each file is read from the classpath at {@code /ontology/<name>}. Where the build does not put
 * the folder on the classpath, the file is read from {@code ontology/<name>} under the working
 * directory, which is the project root when Maven runs the tests.
 *
 * <p>The models are parsed once, on first use, and are read-only, so any number of threads may
 * read them at once.
 */
public final class Ontology {

    /** File name of the ontology in {@code ontology/}. */
    public static final String ONTOLOGY_FILE = "diplograph.ttl";

    /** File name of the SHACL shapes in {@code ontology/}. */
    public static final String SHAPES_FILE = "shapes.ttl";

    /** File name of the JSON-LD context in {@code ontology/}. */
    public static final String CONTEXT_FILE = "context.jsonld";

    private static final String FOLDER = "ontology";

    private Ontology() {
    }

    private static final class Models {
        static final Model ONTOLOGY = readOnly(parseTurtle(ONTOLOGY_FILE));
        static final Model SHAPES = readOnly(parseTurtle(SHAPES_FILE));
    }

    /** The ontology, {@code ontology/diplograph.ttl}, as a read-only model. */
    public static Model ontologyModel() {
        return Models.ONTOLOGY;
    }

    /** The SHACL shapes, {@code ontology/shapes.ttl}, as a read-only model. */
    public static Model shapesModel() {
        return Models.SHAPES;
    }

    /**
     * The JSON-LD 1.1 context, {@code ontology/context.jsonld}: the whole document, whose
     * {@code @context} member maps the terms. A new object on every call, free to change.
     */
    public static JsonObject jsonldContext() {
        try (InputStream in = open(CONTEXT_FILE)) {
            return JSON.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONTEXT_FILE, e);
        }
    }

    private static Graph parseTurtle(String fileName) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = open(fileName)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        } catch (RiotException e) {
            throw new IllegalStateException(fileName + " is not valid Turtle: " + e.getMessage(), e);
        }
        return graph;
    }

    private static Model readOnly(Graph graph) {
        return ModelFactory.createModelForGraph(new GraphReadOnly(graph));
    }

    private static InputStream open(String fileName) throws IOException {
        String resource = "/" + FOLDER + "/" + fileName;
        InputStream in = Ontology.class.getResourceAsStream(resource);
        if (in != null) {
            return in;
        }
        Path file = Path.of(FOLDER, fileName).toAbsolutePath();
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        throw new IllegalStateException("ontology file " + fileName + " is neither on the classpath at "
                + resource + " nor in the working directory at " + file);
    }
}
