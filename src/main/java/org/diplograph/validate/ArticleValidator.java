package org.diplograph.validate;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.diplograph.rdf.Ontology;

/**
 * Checks one article's graph against SHACL shapes, by default those of {@code ontology/shapes.ttl}.
 *
 * <p>The shapes are parsed once, when the validator is created; after that it holds no mutable
 * state, so one validator may serve any number of threads.
 */
public final class ArticleValidator {

    private final Shapes shapes;
    private final Prologue prologue;

    private ArticleValidator(Shapes shapes, PrefixMapping prefixes) {
        this.shapes = shapes;
        this.prologue = new Prologue(prefixes);
    }

    /** A validator for the diplograph shapes. */
    public static ArticleValidator create() {
        return create(Ontology.shapesModel().getGraph());
    }

    /**
     * A validator for the shapes in {@code shapesGraph}; the graph's prefixes are used to write
     * the paths of the violations it reports.
     */
    public static ArticleValidator create(Graph shapesGraph) {
        Objects.requireNonNull(shapesGraph, "shapesGraph");
        Shapes shapes;
        try {
            shapes = Shapes.parse(shapesGraph);
        } catch (ShaclParseException e) {
            throw new IllegalArgumentException("shapes graph is not valid SHACL: " + e.getMessage(), e);
        }
        if (shapes.numRootShapes() == 0) {
            throw new IllegalArgumentException(
                    "shapes graph must declare at least one shape with a target, but declared none");
        }
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(shapesGraph.getPrefixMapping())
                .lock();
        return new ArticleValidator(shapes, prefixes);
    }

    /**
     * Validates {@code articleGraph}, one article's graph on its own, as the rdf stage writes it.
     * The graph is only read.
     */
    public ValidationReport validate(Graph articleGraph) {
        Objects.requireNonNull(articleGraph, "articleGraph");
        org.apache.jena.shacl.ValidationReport report = ShaclValidator.get().validate(shapes, articleGraph);
        List<Violation> violations = report.getEntries().stream()
                .map(this::violation)
                .toList();
        return new ValidationReport(violations.isEmpty(), violations);
    }

    private Violation violation(ReportEntry entry) {
        String path = entry.resultPath() == null ? "" : PathWriter.asString(entry.resultPath(), prologue);
        String severity = entry.severity().level().getLocalName();
        return new Violation(nodeText(entry.focusNode()), path, entry.message(), severity);
    }

    private static String nodeText(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        return node.toString();
    }
}
