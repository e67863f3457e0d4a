package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.DIP;
import org.junit.jupiter.api.Test;

/** {@code --min-confidence} and {@code --rules-only}: what they keep, and their usage errors. */
class DecisionOptionsTest {

    private static final String ARTICLE = "examples/saudi-iran-2023.txt";

    @Test
    void aMinimumConfidenceKeepsOnlySurerStatements() {
        CliRun run = CliRun.run(new ExtractCommand(), ARTICLE, "--min-confidence=0.5", "--output=nq");
        assertEquals(0, run.code(), run.toString());
        Dataset dataset = DatasetFactory.create();
        RDFParser.create().source(new StringReader(run.out())).lang(Lang.NQUADS).parse(dataset.asDatasetGraph());
        List<Resource> statements = dataset.getUnionModel().listSubjectsWithProperty(RDF.type, DIP.Statement).toList();
        assertFalse(statements.isEmpty(), "the article should still yield sure statements: " + run.out());
        for (Resource statement : statements) {
            RDFNode confidence = statement.getProperty(DIP.confidence).getObject();
            assertTrue(new BigDecimal(confidence.asLiteral().getLexicalForm()).compareTo(new BigDecimal("0.5")) >= 0,
                    statement + " has confidence " + confidence);
        }
    }

    @Test
    void badValuesAreUsageErrorsThatNameTheOption() {
        CliRun range = CliRun.run(new ExtractCommand(), ARTICLE, "--min-confidence=1.5");
        assertEquals(2, range.code(), range.toString());
        assertTrue(range.err().startsWith("--min-confidence: minimum confidence must be in [0, 1], but was: 1.5"), range.toString());
        CliRun both = CliRun.run(new ExtractCommand(), ARTICLE, "--rules-only", "--min-confidence=0.3");
        assertEquals(2, both.code(), both.toString());
        assertTrue(both.err().startsWith("--min-confidence needs the models"), both.toString());
        CliRun folds = CliRun.run(new EvalCommand(), "--cross-validate=1", "../shared/eval/train");
        assertEquals(2, folds.code(), folds.toString());
        assertTrue(folds.err().startsWith("--cross-validate needs at least 2 folds, but was: 1"), folds.toString());
        CliRun alone = CliRun.run(new EvalCommand(), "--repeat=3", "../shared/eval/dev");
        assertEquals(2, alone.code(), alone.toString());
        assertTrue(alone.err().startsWith("--repeat repeats a cross-validation, so it needs --cross-validate"), alone.toString());
        CliRun never = CliRun.run(new EvalCommand(), "--cross-validate=5", "--repeat=0", "../shared/eval/train");
        assertEquals(2, never.code(), never.toString());
        assertTrue(never.err().startsWith("--repeat must be at least 1, but was: 0"), never.toString());
    }
}
