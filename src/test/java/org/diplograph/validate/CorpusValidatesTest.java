package org.diplograph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.Pipeline;
import org.diplograph.SharedFolder;
import org.diplograph.TestPipeline;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.diplograph.ingest.IngestResult;
import org.junit.jupiter.api.Test;

/**
 * What the shipped extractor makes of any article the shapes accept: a graph that fails them
 * is refused whole by {@code build}, so one wrongly typed fact costs every fact of its article.
 * Checked over the training and development corpora, read at run time: some 260 articles in
 * many outlets' voices.
 */
class CorpusValidatesTest {

    @Test
    void everyCorpusArticleExtractsToAGraphTheShapesAccept() {
        IngestResult read = Ingest.read(List.of(SharedFolder.train(), SharedFolder.dev()));
        assertEquals(List.of(), read.errors(), "the corpora should read without errors");
        assertTrue(read.articles().size() >= 250, "the corpora should hold some 260 articles, but held " + read.articles().size());
        List<String> refused = new ArrayList<>();
        for (Article article : read.articles()) {
            Pipeline.Result result = TestPipeline.get().process(article);
            if (!result.valid()) {
                refused.add(article.sourceFile() + ": " + result.report().violations());
            }
        }
        assertTrue(refused.isEmpty(), () -> refused.size() + " of " + read.articles().size()
                + " articles extract to graphs the shapes refuse:\n" + String.join("\n", refused));
    }
}
