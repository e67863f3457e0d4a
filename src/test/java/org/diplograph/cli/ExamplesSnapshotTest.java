package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.Pipeline;
import org.diplograph.TestPipeline;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.junit.jupiter.api.Test;

/**
 * The N-Quads of the example articles, as the shipped rules and models make them, against a
 * snapshot kept in the repository: a change of output is seen, never claimed away. After a
 * deliberate change (new rules, retrained models), rewrite the snapshot with
 * {@code mvn test -Dtest=ExamplesSnapshotTest -Ddiplograph.updateSnapshot=true} and review its diff.
 */
class ExamplesSnapshotTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final Path SNAPSHOT = Path.of("src/test/resources/org/diplograph/cli/examples-snapshot.nq");
    private static final int SHOWN = 15;

    @Test
    void examplesGiveTheQuadsOfTheSnapshot() throws IOException {
        TreeSet<String> quads = new TreeSet<>();
        Pipeline pipeline = TestPipeline.get();
        List<Path> files;
        try (Stream<Path> listed = Files.list(EXAMPLES)) {
            files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no example articles in " + EXAMPLES.toAbsolutePath());
        for (Path file : files) {
            Article article = Ingest.readFile(file).articles().get(0);
            Pipeline.Result result = pipeline.process(article);
            assertTrue(result.valid(), () -> file + " does not validate: " + result.report());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DatasetGraph dataset = DatasetGraphFactory.create();
            dataset.addGraph(result.graph().name(), result.graph().graph());
            RDFDataMgr.write(out, dataset, Lang.NQUADS);
            quads.addAll(out.toString(StandardCharsets.UTF_8).lines().toList());
        }
        if (Boolean.getBoolean("diplograph.updateSnapshot")) {
            Files.write(SNAPSHOT, quads, StandardCharsets.UTF_8);
            return;
        }
        TreeSet<String> expected = new TreeSet<>(Files.readAllLines(SNAPSHOT, StandardCharsets.UTF_8));
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(quads);
        List<String> unexpected = new ArrayList<>(quads);
        unexpected.removeAll(expected);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            fail("the examples' quads differ from " + SNAPSHOT + " (rewrite it with -Ddiplograph.updateSnapshot=true after a deliberate change): "
                    + missing.size() + " missing, " + unexpected.size() + " unexpected\nmissing:\n  "
                    + String.join("\n  ", missing.subList(0, Math.min(SHOWN, missing.size())))
                    + "\nunexpected:\n  " + String.join("\n  ", unexpected.subList(0, Math.min(SHOWN, unexpected.size()))));
        }
    }
}
