package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.ingest.Article;
import org.junit.jupiter.api.Test;

/**
 * Bare CoreNLP, the anchor of {@code bench --compare-nlp}, runs CoreNLP's own depparse annotator
 * with the build's parser settings: with every sentence parsed, the build and the anchor must
 * give each sentence the same dependency graph, or the ratio would compare two different parsers.
 */
class BareParseTest {

    @Test
    void bareCoreNlpParsesEverySentenceAsTheBuildDoes() {
        for (Article article : ExampleArticles.read()) {
            List<String> build = edges(Nlp.annotate(article).document());
            List<String> bare = edges(Nlp.annotateBare(article));
            assertTrue(build.size() > 10, () -> article.sourceFile() + " should have parsed sentences, but gave " + build);
            List<String> missing = new ArrayList<>(build);
            missing.removeAll(bare);
            List<String> unexpected = new ArrayList<>(bare);
            unexpected.removeAll(build);
            assertEquals(build, bare, () -> article.sourceFile() + ": bare CoreNLP lacks " + missing + " and adds " + unexpected);
        }
    }

    private static List<String> edges(CoreDocument document) {
        List<String> lines = new ArrayList<>();
        for (CoreSentence sentence : document.sentences()) {
            for (SemanticGraphEdge edge : sentence.dependencyParse().edgeIterable()) {
                lines.add(sentence.charOffsets() + " " + edge.getRelation() + " " + edge.getGovernor().index()
                        + " " + edge.getDependent().index() + " " + edge.getDependent().word());
            }
        }
        return lines;
    }
}
