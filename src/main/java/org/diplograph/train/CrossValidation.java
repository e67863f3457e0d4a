package org.diplograph.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diplograph.eval.ArticleScore;
import org.diplograph.eval.Evaluation;
import org.diplograph.extract.Decisions;
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
        return run(corpus, folds, settings, List.of(settings)).get(0);
    }

    /**
     * Cross-validates {@code dealings} times, the blocks dealt to the folds in another order each
     * time ({@link Corpus#folds(int, int)}, the first time in their numbers' order).
     */
    public static Dealings run(Corpus corpus, int folds, int dealings, ModelSettings settings) {
        if (dealings < 1) {
            throw new IllegalArgumentException("the blocks must be dealt to the folds at least once, but dealings was: " + dealings);
        }
        SentenceEmbedder.Cache embeddings = new SentenceEmbedder.Cache();
        List<Evaluation> each = new ArrayList<>();
        for (int d = 0; d < dealings; d++) {
            each.add(run(corpus, folds, corpus.folds(folds, d), settings, List.of(settings), embeddings).get(0));
        }
        return new Dealings(folds, each);
    }

    /**
     * Cross-validates one training with several sets of thresholds: the models of each fold are
     * trained once with {@code training}, then every article is decided and scored with each of
     * {@code deciding}'s thresholds. One evaluation per element of {@code deciding}, in order.
     */
    public static List<Evaluation> run(Corpus corpus, int folds, ModelSettings training, List<ModelSettings> deciding) {
        return run(corpus, folds, corpus.folds(folds), training, deciding, new SentenceEmbedder.Cache());
    }

    private static List<Evaluation> run(Corpus corpus, int folds, int[] fold, ModelSettings training, List<ModelSettings> deciding,
                                        SentenceEmbedder.Cache embeddings) {
        ExtractionWriter writer = ExtractionWriter.create().build();
        List<Corpus.Entry> entries = corpus.entries();
        ArticleScore[][] scores = new ArticleScore[deciding.size()][entries.size()];
        for (int f = 0; f < folds; f++) {
            Decisions learned = Learner.learn(corpus.without(fold, f), training, embeddings).decisions();
            for (int d = 0; d < deciding.size(); d++) {
                Extractor extractor = Extractor.over(deciding.get(d).thresholdsOn(learned));
                for (int i = 0; i < entries.size(); i++) {
                    if (fold[i] == f) {
                        scores[d][i] = ArticleScore.score(writer.write(extractor.extract(entries.get(i).annotated())).graph(),
                                entries.get(i).gold());
                    }
                }
            }
        }
        List<Evaluation> evaluations = new ArrayList<>();
        for (ArticleScore[] byArticle : scores) {
            evaluations.add(Evaluation.of(Arrays.asList(byArticle)));
        }
        return evaluations;
    }
}
