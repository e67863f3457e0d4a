package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.SharedFolder;
import org.diplograph.rdf.DIP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --min-confidence} and {@code --rules-only}: what they keep, in extraction and in cross-validation, and their usage errors. */
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

    /** The statements a cross-validation's report counts as found, right or wrong. */
    private static int statementsFound(CliRun run) {
        assertEquals(0, run.code(), run.toString());
        JsonObject statements = JSON.parse(run.out()).getObj("kinds").getObj("statements");
        return statements.get("tp").getAsNumber().value().intValue() + statements.get("fp").getAsNumber().value().intValue();
    }

    @Test
    void aCrossValidationDecidesWithTheMinimumConfidenceGiven(@TempDir Path folder) throws IOException {
        // two articles of each of two blocks: two folds
        String corpus = SharedFolder.trainSlice(folder, List.of("100_", "101_", "125_", "126_")).toString();
        int shipped = statementsFound(CliRun.run(new EvalCommand(), "--cross-validate=2", "--json", corpus));
        int surer = statementsFound(CliRun.run(new EvalCommand(), "--cross-validate=2", "--json", "--min-confidence=0.9", corpus));
        assertTrue(shipped > 0, "the folds should find statements at the shipped least confidence");
        assertTrue(surer < shipped, "--min-confidence=0.9 should keep fewer statements than the shipped least confidence, but kept "
                + surer + " of " + shipped);
        CliRun rules = CliRun.run(new EvalCommand(), "--cross-validate=2", "--rules-only", corpus);
        assertEquals(2, rules.code(), rules.toString());
        assertTrue(rules.err().startsWith("--rules-only decides without models, so it cannot go with --cross-validate"), rules.toString());
        CliRun cascade = CliRun.run(new EvalCommand(), "--cross-validate=2", "--no-cascade", corpus);
        assertEquals(2, cascade.code(), cascade.toString());
        assertTrue(cascade.err().startsWith("--cascade and --no-cascade cannot go with --cross-validate"), cascade.toString());
        CliRun range = CliRun.run(new EvalCommand(), "--cross-validate=2", "--min-confidence=1.5", corpus);
        assertEquals(2, range.code(), range.toString());
        assertTrue(range.err().startsWith("--min-confidence: ") && range.err().contains("but was: 1.5"), range.toString());
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
        CliRun sized = CliRun.run(new EvalCommand(), "--training-folds=2", "../shared/eval/dev");
        assertEquals(2, sized.code(), sized.toString());
        assertTrue(sized.err().startsWith("--training-folds sizes a cross-validation's training, so it needs --cross-validate"), sized.toString());
        CliRun itself = CliRun.run(new EvalCommand(), "--cross-validate=5", "--training-folds=5", "../shared/eval/train");
        assertEquals(2, itself.code(), itself.toString());
        assertTrue(itself.err().startsWith("--training-folds must be from 1 to 4 with 5 folds, but was: 5"), itself.toString());
    }
}
