package org.diplograph.train;

import java.util.Arrays;
import java.util.List;
import org.diplograph.eval.ArticleScore;
import org.diplograph.eval.Evaluation;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.model.SentenceEmbedder;
import org.diplograph.rdf.ExtractionWriter;

/**
 * Scores what the extractor learns: each fold of a corpus is decided by what was learned
 * from the other folds alone (triggers and models), and scored as {@code eval} scores,
 * from the RDF of each article.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    public static Evaluation run(Corpus corpus, int folds, ModelSettings settings) {
        int[] fold = corpus.folds(folds);
        ExtractionWriter writer = ExtractionWriter.create().build();
        List<Corpus.Entry> entries = corpus.entries();
        ArticleScore[] scores = new ArticleScore[entries.size()];
        SentenceEmbedder.Cache embeddings = new SentenceEmbedder.Cache();
        for (int f = 0; f < folds; f++) {
            Extractor extractor = Extractor.over(Learner.learn(corpus.without(fold, f), settings, embeddings).decisions());
            for (int i = 0; i < entries.size(); i++) {
                if (fold[i] == f) {
                    scores[i] = ArticleScore.score(writer.write(extractor.extract(entries.get(i).annotated())).graph(),
                            entries.get(i).gold());
                }
            }
        }
        return Evaluation.of(Arrays.asList(scores));
    }
}
