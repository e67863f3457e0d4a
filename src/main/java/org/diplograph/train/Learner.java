package org.diplograph.train;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.extract.Candidates;
import org.diplograph.extract.Candidates.StatementCandidate;
import org.diplograph.extract.Decisions;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.LearnedTrigger;
import org.diplograph.extract.model.LinearModel;
import org.diplograph.extract.model.SentenceEmbedder;
import org.diplograph.extract.model.LinearModelTrainer.Example;
import org.diplograph.link.Gazetteer;
import org.diplograph.link.LinkedArticle;
import org.diplograph.link.Linker;

/**
 * Learns the extractor's decisions from gold articles: first the triggers that head gold
 * statements, then, over the candidates those and the curated rules make, the statement
 * model. The same steps serve {@code train} (all articles) and each fold of cross-validation.
 */
final class Learner {

    private Learner() {
    }

    /**
     * What was learned (the term and guarantee models null where the settings leave them out, the
     * represented sides model where the gold gives no person's side, the actor model where every
     * actor the linker found is a gold actor or none is), and the statement model's examples.
     */
    record Learned(Decisions decisions, List<LearnedTrigger> triggers, LinearModel statementKind, List<Example> examples,
                   LinearModel guaranteePair, LinearModel termType, LinearModel conditionSides, LinearModel guaranteeSides,
                   LinearModel representedSides, LinearModel actors) {
    }

    static Learned learn(List<Corpus.Entry> entries, ModelSettings settings, SentenceEmbedder.Cache embeddings) {
        List<LearnedTrigger> triggers = TriggerMining.mine(entries, settings);
        // each article is linked once, for the side model and the candidates of every step after it
        Linker linker = Linker.over(Gazetteer.bundled());
        List<LinkedArticle> linked = entries.stream().map(entry -> linker.link(entry.annotated())).toList();
        List<Example> sides = new ArrayList<>();
        List<Example> actorExamples = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            sides.addAll(RepresentedLabels.examples(entries.get(i).gold(), linked.get(i)));
            actorExamples.addAll(ActorLabels.examples(entries.get(i).gold(), linked.get(i)));
        }
        // learned first: the agents of the candidates the other models learn from are who they speak for
        LinearModel represented = twoLabels(sides) ? settings.representedTrainer().train(sides) : null;
        LinearModel actors = twoLabels(actorExamples) ? settings.actorTrainer().train(actorExamples) : null;
        Decisions forCandidates = Decisions.candidatesOf(triggers);
        if (represented != null) {
            forCandidates = forCandidates.representedSides(represented);
        }
        Extractor candidates = Extractor.over(forCandidates);
        List<Example> examples = new ArrayList<>();
        List<Example> guaranteeExamples = new ArrayList<>();
        List<Example> termExamples = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Corpus.Entry entry = entries.get(i);
            Candidates all = candidates.candidates(linked.get(i));
            if (settings.guaranteeModel()) {
                guaranteeExamples.addAll(GuaranteeLabels.examples(entry.article().body(), entry.gold(), all, all.guarantees()));
            }
            List<StatementCandidate> found = all.statements();
            if (settings.termModel()) {
                termExamples.addAll(TermLabels.examples(entry.goldTerms(),
                        found.stream().flatMap(candidate -> candidate.terms().stream()).toList()));
            }
            List<Example> labelled = StatementLabels.examples(entry.article().body(), entry.gold(), found);
            for (int c = 0; c < found.size(); c++) {
                examples.add(settings.embeddings() ? labelled.get(c).withDense(embeddings.embed(found.get(c).text())) : labelled.get(c));
            }
        }
        LinearModel model = settings.statementTrainer().train(examples);
        LinearModel guaranteePair = settings.guaranteeModel() && twoLabels(guaranteeExamples)
                ? settings.guaranteeTrainer().train(guaranteeExamples) : null;
        LinearModel termType = settings.termModel() && twoLabels(termExamples) ? settings.termTrainer().train(termExamples) : null;
        Decisions decisions = Decisions.of(triggers, model);
        if (represented != null) {
            decisions = decisions.representedSides(represented);
        }
        if (actors != null) {
            decisions = decisions.actors(actors);
        }
        if (guaranteePair != null) {
            decisions = decisions.guarantees(guaranteePair);
        }
        if (termType != null) {
            decisions = decisions.terms(termType);
        }
        decisions = settings.thresholdsOn(decisions);
        LinearModel conditionSides = null;
        LinearModel guaranteeSides = null;
        if (settings.conditionModel() || settings.guaranteeSides()) {
            List<Example> conditionExamples = new ArrayList<>();
            List<Example> guaranteeSideExamples = new ArrayList<>();
            Decisions deciding = decisions.forTraining();
            Extractor extractor = Extractor.over(deciding);
            for (int i = 0; i < entries.size(); i++) {
                Corpus.Entry entry = entries.get(i);
                Candidates decided = extractor.candidates(linked.get(i));
                decided.decide(deciding);
                conditionExamples.addAll(ConditionLabels.examples(entry.gold(), entry.goldConditions(), decided));
                guaranteeSideExamples.addAll(GuaranteeLabels.examples(entry.article().body(), entry.gold(), decided,
                        decided.guaranteeSideCandidates()));
            }
            if (settings.conditionModel() && twoLabels(conditionExamples)) {
                conditionSides = settings.conditionTrainer().train(conditionExamples);
                decisions = decisions.conditions(conditionSides);
            }
            if (settings.guaranteeSides() && twoLabels(guaranteeSideExamples)) {
                guaranteeSides = settings.guaranteeSidesTrainer().train(guaranteeSideExamples);
                decisions = decisions.guaranteeSides(guaranteeSides);
            }
        }
        return new Learned(decisions, triggers, model, examples, guaranteePair, termType, conditionSides, guaranteeSides,
                represented, actors);
    }

    /**
     * Whether examples teach a choice: a few articles (a fold of a small slice) may name no
     * guarantee, hold no term, or no statement a condition of which they label; that model is
     * then left out, and the rules' own decisions stand for what it would have decided.
     */
    private static boolean twoLabels(List<Example> examples) {
        return examples.stream().map(Example::label).distinct().count() > 1;
    }
}
