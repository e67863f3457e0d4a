package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.Pipeline;
import org.diplograph.TestPipeline;
import org.diplograph.ingest.Ingest;
import org.diplograph.ingest.IngestResult;
import org.diplograph.rdf.DIP;
import org.diplograph.validate.ArticleValidator;
import org.diplograph.validate.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code eval} scores what {@code build} loads: a graph that fails the shapes is not loaded, so
 * its article counts as nothing found, and the score says why.
 */
class NotLoadedScoreTest {

    private static final String ARTICLE = "/org/diplograph/extract/phenomena/30_military-presence";
    private static Graph graph;
    private static GoldArticle gold;

    @BeforeAll
    static void extract() throws URISyntaxException {
        Path text = Path.of(NotLoadedScoreTest.class.getResource(ARTICLE + ".txt").toURI());
        IngestResult read = Ingest.readFile(text);
        assertTrue(read.errors().isEmpty(), () -> "the article must ingest cleanly: " + read.errors());
        Pipeline.Result result = TestPipeline.rulesOnly().process(read.articles().get(0));
        assertTrue(result.valid(), () -> "the article's graph must validate: " + result.report());
        graph = result.graph().graph();
        gold = GoldArticle.read(text.resolveSibling(text.getFileName().toString().replace(".txt", ".gold.json")));
    }

    @Test
    void aGraphThatValidatesScoresAsItIs() {
        ArticleScore asLoaded = ArticleScore.scoreAsLoaded(graph, ArticleValidator.create().validate(graph), gold);
        ArticleScore asIs = ArticleScore.score(graph, gold);
        assertEquals(asIs.scores(), asLoaded.scores());
        assertEquals(asIs.differences(), asLoaded.differences());
        assertTrue(asLoaded.notLoaded().isEmpty(), () -> "a graph that validates is loaded, but: " + asLoaded.notLoaded());
    }

    @Test
    void aGraphThatFailsValidationCountsAsNothingFoundAndSaysWhy() {
        Graph broken = GraphFactory.createDefaultGraph();
        Node evidence = DIP.evidence.asNode();
        graph.find().forEachRemaining(t -> {
            if (!t.getPredicate().equals(evidence)) {
                broken.add(t);
            }
        });
        ValidationReport report = ArticleValidator.create().validate(broken);
        assertFalse(report.conforms(), "a statement without its evidence must fail the shapes");

        ArticleScore score = ArticleScore.scoreAsLoaded(broken, report, gold);
        for (Scores kind : score.scores().values()) {
            assertEquals(0, kind.truePositives() + kind.falsePositives(), () -> "nothing is loaded, so nothing is found: " + score.scores());
        }
        assertEquals(gold.facts().size(), score.missing().size(), () -> "every gold fact is missing: " + score.differences());
        assertTrue(score.differences().get(0).startsWith("not loaded: fails validation at "),
                () -> "the first difference must say why the graph is not loaded: " + score.differences());

        Evaluation evaluation = Evaluation.of(List.of(score, ArticleScore.score(graph, gold)));
        assertEquals(1, evaluation.notLoaded());
        StringWriter printed = new StringWriter();
        evaluation.printTotals(new PrintWriter(printed, true));
        assertTrue(printed.toString().contains("1 article graph(s) fail validation"),
                () -> "the totals must count the graphs that fail validation:\n" + printed);
        assertEquals(1L, evaluation.toJson().get("notLoaded").getAsNumber().value().longValue());
    }
}
