package org.diplograph.train;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.extract.Decisions;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.LearnedTrigger;
import org.diplograph.extract.model.LinearModel;
import org.diplograph.extract.model.LinearModelTrainer.Example;

/**
 * Learns the extractor's decisions from gold articles: first the triggers that head gold
 * statements, then, over the candidates those and the curated rules make, the statement
 * model. The same steps serve {@code train} (all articles) and each fold of cross-validation.
 */
final class Learner {

    private Learner() {
    }

    /** What was learned, and the examples the statement model was trained on. */
    record Learned(Decisions decisions, List<LearnedTrigger> triggers, LinearModel statementKind, List<Example> examples) {
    }

    static Learned learn(List<Corpus.Entry> entries, ModelSettings settings) {
        List<LearnedTrigger> triggers = TriggerMining.mine(entries, settings);
        Extractor candidates = Extractor.over(Decisions.candidatesOf(triggers));
        List<Example> examples = new ArrayList<>();
        for (Corpus.Entry entry : entries) {
            examples.addAll(StatementLabels.examples(entry.article().body(), entry.gold(),
                    candidates.candidates(entry.annotated()).statements()));
        }
        LinearModel model = settings.statementTrainer().train(examples);
        return new Learned(Decisions.of(triggers, model).minConfidence(settings.minConfidence()), triggers, model, examples);
    }
}
