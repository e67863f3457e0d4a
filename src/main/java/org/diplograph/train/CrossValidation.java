package org.diplograph.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.diplograph.OrderedWork;
import org.diplograph.eval.ArticleScore;
import org.diplograph.eval.Evaluation;
import org.diplograph.extract.Decisions;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.model.SentenceEmbedder;
import org.diplograph.rdf.ExtractionWriter;
import org.diplograph.validate.ArticleValidator;

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
        return run(corpus, folds, dealings, folds - 1, settings);
    }

    /**
     * Cross-validates as {@link #run(Corpus, int, int, ModelSettings)} does, each fold decided by
     * models that learned from only the {@code trainingFolds} folds after it ({@link Corpus#trainingFor}):
     * run with 1, 2, ... {@code folds - 1}, the figures draw how the extractor learns with the size of
     * the corpus it learns from.
     */
    public static Dealings run(Corpus corpus, int folds, int dealings, int trainingFolds, ModelSettings settings) {
        if (dealings < 1) {
            throw new IllegalArgumentException("the blocks must be dealt to the folds at least once, but dealings was: " + dealings);
        }
        Dealings.requireTrainingFolds(folds, trainingFolds);
        List<Evaluation> each = new ArrayList<>();
        for (List<Evaluation> dealing : run(corpus, folds, dealings, trainingFolds, settings, List.of(settings))) {
            each.add(dealing.get(0));
        }
        return new Dealings(folds, trainingFolds, each);
    }

    /**
     * Cross-validates one training with several sets of thresholds: the models of each fold are
     * trained once with {@code training}, then every article is decided and scored with each of
     * {@code deciding}'s thresholds. One evaluation per element of {@code deciding}, in order.
     */
    public static List<Evaluation> run(Corpus corpus, int folds, ModelSettings training, List<ModelSettings> deciding) {
        return run(corpus, folds, 1, folds - 1, training, deciding).get(0);
    }

    /**
     * For each dealing, one evaluation per element of {@code deciding}. The folds of all dealings
     * are learned and scored as tasks on one thread a core: they learn from the same annotated
     * articles, which they only read, and each puts its scores in places of its own, so the
     * figures do not depend on the threads.
     */
    private static List<List<Evaluation>> run(Corpus corpus, int folds, int dealings, int trainingFolds, ModelSettings training,
                                              List<ModelSettings> deciding) {
        ExtractionWriter writer = ExtractionWriter.create().build();
        ArticleValidator validator = ArticleValidator.create();
        List<Corpus.Entry> entries = corpus.entries();
        ArticleScore[][][] scores = new ArticleScore[dealings][deciding.size()][entries.size()];
        SentenceEmbedder.Cache embeddings = new SentenceEmbedder.Cache();
        try (OrderedWork work = new OrderedWork(OrderedWork.cores())) {
            for (int dealing = 0; dealing < dealings; dealing++) {
                int[] fold = corpus.folds(folds, dealing);
                for (int f = 0; f < folds; f++) {
                    int d = dealing;
                    int heldOut = f;
                    work.submit(() -> {
                        Decisions learned = Learner.learn(corpus.trainingFor(fold, folds, heldOut, trainingFolds), training, embeddings).decisions();
                        ArticleScore[][] found = new ArticleScore[deciding.size()][entries.size()];
                        for (int t = 0; t < deciding.size(); t++) {
                            Extractor extractor = Extractor.over(deciding.get(t).thresholdsOn(learned));
                            for (int i = 0; i < entries.size(); i++) {
                                if (fold[i] == heldOut) {
                                    Graph graph = writer.write(extractor.extract(entries.get(i).annotated())).graph();
                                    found[t][i] = ArticleScore.scoreAsLoaded(graph, validator.validate(graph), entries.get(i).gold());
                                }
                            }
                        }
                        return () -> {
                            for (int t = 0; t < deciding.size(); t++) {
                                for (int i = 0; i < entries.size(); i++) {
                                    if (found[t][i] != null) {
                                        scores[d][t][i] = found[t][i];
                                    }
                                }
                            }
                        };
                    });
                }
            }
        }
        List<List<Evaluation>> evaluations = new ArrayList<>();
        for (ArticleScore[][] ofDealing : scores) {
            List<Evaluation> byThresholds = new ArrayList<>();
            for (ArticleScore[] byArticle : ofDealing) {
                byThresholds.add(Evaluation.of(Arrays.asList(byArticle)));
            }
            evaluations.add(byThresholds);
        }
        return evaluations;
    }
}
