package org.diplograph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleValidatorTest {

    private static final String ID = "https://w3id.org/diplograph/id/";
    private static final ArticleValidator VALIDATOR = ArticleValidator.create();

    @Test
    void exampleArticleConforms() {
        ValidationReport report = VALIDATOR.validate(articleGraph("/org/diplograph/rdf/example-article.trig"));
        assertTrue(report.conforms(), () -> "expected the example article to conform, but: " + report);
        assertEquals(List.of(), report.violations());
    }

    @Test
    void acceptedGuaranteeMayBeStatedAsGuarantorOf() {
        ValidationReport report = VALIDATOR.validate(fixture("guarantor-of-from-acceptance.trig"));
        assertTrue(report.conforms(), () -> "a guarantee accepted by its beneficiary is in force, but: " + report);
    }

    static Stream<Arguments> brokenFixtures() {
        return Stream.of(
                Arguments.of("statement-without-agent.trig", new Violation(ID + "statement/b0rder01-1", "dip:agent",
                        "A statement must have at least one dip:agent, and every agent must be a dip:Actor.", "Violation")),
                Arguments.of("statement-without-kind.trig", new Violation(ID + "statement/b0rder01-1", "rdf:type",
                        "A statement must be typed with exactly one of dip:Proposal, dip:Demand, dip:Offer, dip:Rejection, "
                                + "dip:Acceptance.", "Violation")),
                Arguments.of("confidence-out-of-range.trig", new Violation(ID + "statement/b0rder01-1", "dip:confidence",
                        "A statement must have exactly one dip:confidence, an xsd:decimal from 0 to 1.", "Violation")),
                Arguments.of("guarantee-confidence-out-of-range.trig", new Violation(ID + "guarantee/s1gned03-1", "dip:confidence",
                        "A security guarantee must have exactly one dip:confidence, an xsd:decimal from 0 to 1.", "Violation")),
                Arguments.of("evidence-ends-before-begin.trig", new Violation(ID + "evidence/b0rder01-11-78", "dip:beginIndex",
                        "Evidence must not end before it begins: dip:endIndex must be at least dip:beginIndex.", "Violation")),
                Arguments.of("condition-type-outside-scheme.trig", new Violation(ID + "condition/b0rder01-1", "dip:conditionType",
                        "A condition must have exactly one dip:conditionType, a concept of dip:ConditionTypes.", "Violation")),
                Arguments.of("condition-other-without-label.trig", new Violation(ID + "condition/b0rder01-1", "",
                        "A condition of type dip:Other must have an rdfs:label that says what it is.", "Violation")),
                Arguments.of("guarantor-of-from-proposal.trig", new Violation(ID + "actor/Q34", "",
                        "dip:guarantorOf <" + ID + "actor/Q191> is asserted without an accepted guarantee: it is allowed only "
                                + "where this actor is dip:guarantor of a dip:SecurityGuarantee for <" + ID + "actor/Q191> "
                                + "attached to a dip:Acceptance that is not negated.", "Violation")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void brokenFixtureFailsWithItsViolation(String fixture, Violation expected) {
        ValidationReport report = VALIDATOR.validate(fixture(fixture));
        assertFalse(report.conforms(), () -> fixture + " should not conform");
        assertSameViolations(fixture, List.of(expected), report.violations());
    }

    @Test
    void reportReadsAsOneLinePerViolation() {
        ValidationReport report = VALIDATOR.validate(fixture("statement-without-agent.trig"));
        assertFalse(report.conforms());
        String text = report.toString();
        assertTrue(text.startsWith("The article graph does not conform to the diplograph shapes: 1 result"), text);
        assertTrue(text.contains("Violation at <" + ID + "statement/b0rder01-1> dip:agent: A statement must have"), text);
    }

    @Test
    void validatorServesThreadsAtOnce() throws Exception {
        List<Graph> graphs = List.of(
                articleGraph("/org/diplograph/rdf/example-article.trig"),
                fixture("statement-without-agent.trig"),
                fixture("guarantor-of-from-proposal.trig"),
                fixture("condition-type-outside-scheme.trig"));
        List<ValidationReport> expected = graphs.stream().map(VALIDATOR::validate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidationReport>> futures = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (Graph graph : graphs) {
                    futures.add(pool.submit(() -> VALIDATOR.validate(graph)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % graphs.size()), futures.get(i).get(), "report " + i + " differs from the one made alone");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyShapesGraphIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleValidator.create(GraphFactory.createDefaultGraph()));
        assertTrue(e.getMessage().contains("at least one shape"), e.getMessage());
    }

    @Test
    void reportMustAgreeWithItsViolations() {
        Violation violation = new Violation(ID + "x", "", "m", "Violation");
        assertThrows(IllegalArgumentException.class, () -> new ValidationReport(true, List.of(violation)));
        assertThrows(IllegalArgumentException.class, () -> new ValidationReport(false, List.of()));
    }

    /** Fails, listing what is missing and what is unexpected, unless both lists hold the same violations. */
    static void assertSameViolations(String what, List<Violation> expected, List<Violation> actual) {
        Set<Violation> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Violation> unexpected = new HashSet<>(actual);
        unexpected.removeAll(expected);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            fail(what + ":\n missing: " + missing + "\n unexpected: " + unexpected);
        }
    }

    private static Graph fixture(String name) {
        return articleGraph("/org/diplograph/validate/" + name);
    }

    /** The one named graph of a TriG resource. */
    static Graph articleGraph(String resource) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        try (InputStream in = ArticleValidatorTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            RDFParser.source(in).lang(Lang.TRIG).parse(dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Node> names = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        assertEquals(1, names.size(), () -> resource + " must hold exactly one named graph, but holds " + names);
        return dataset.getGraph(names.get(0));
    }
}
