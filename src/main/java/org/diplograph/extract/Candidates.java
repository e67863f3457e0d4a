package org.diplograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diplograph.extract.model.LinearModel;
import org.diplograph.ingest.Article;
import org.diplograph.link.LinkedArticle;

/**
 * The candidate layer's output for one article: every act the rules propose, each with the
 * features the statement model reads, before any decision. {@link #decide} turns them into
 * an {@link Extraction}; a trainer reads {@link #statements()} and labels them from gold.
 * A Candidates is decided once: deciding consumes its drafts.
 */
public final class Candidates {

    /**
     * A candidate act as a trainer sees it.
     *
     * @param rule     the id of the rule that proposed it
     * @param ruleKind the kind the rule gives it
     * @param begin    the character offset in the body where its trigger begins
     * @param end      the character offset where its trigger ends
     * @param features what the statement model reads of it
     * @param agents   the keys of its agents
     * @param terms    the terms the rules read in it
     */
    public record StatementCandidate(String rule, StatementKind ruleKind, int begin, int end, List<String> features,
                                     List<String> agents, List<TermCandidate> terms) {

        public StatementCandidate {
            features = List.copyOf(features);
            agents = List.copyOf(agents);
            terms = List.copyOf(terms);
        }
    }

    /**
     * A term the rules read in a candidate act.
     *
     * @param type  the condition type the rules give it
     * @param label its label
     * @param party the key of the obliged party, or null
     * @param begin the character offset where its evidence begins, or -1 where it has none
     * @param end   the character offset where its evidence ends, or -1
     */
    public record TermCandidate(String type, String label, String party, int begin, int end) {
    }

    private final Article article;
    private final LinkedArticle linked;
    private final List<Draft> drafts;
    private boolean decided;

    Candidates(Article article, LinkedArticle linked, List<Draft> drafts) {
        this.article = article;
        this.linked = linked;
        this.drafts = drafts;
    }

    public Article article() {
        return article;
    }

    /** The candidates a model decides on, in the order the rules made them. */
    public List<StatementCandidate> statements() {
        List<StatementCandidate> out = new ArrayList<>();
        for (Draft draft : decidable()) {
            CoreLabel token = linked.annotated().document().sentences().get(draft.sentence).tokens().get(draft.trigger);
            List<TermCandidate> terms = new ArrayList<>();
            for (Draft.DraftCondition c : draft.conditions) {
                terms.add(new TermCandidate(c.type(), c.label(), c.party(), c.evidence() == null ? -1 : c.evidence().begin(),
                        c.evidence() == null ? -1 : c.evidence().end()));
            }
            out.add(new StatementCandidate(draft.rule, draft.kind, token.beginPosition(), token.endPosition(), draft.features,
                    draft.agents, terms));
        }
        return out;
    }

    private List<Draft> decidable() {
        return drafts.stream().filter(d -> d.trigger >= 0).toList();
    }

    /**
     * Keeps the candidates to which the statement model gives a kind with at least the
     * decisions' minimum probability, with that kind and probability as their confidence,
     * then consolidates acts told twice.
     */
    public Extraction decide(Decisions decisions) {
        LinearModel model = decisions.statementKind().orElse(null);
        List<Draft> decidable = decidable();
        List<String> labels = new ArrayList<>();
        double[] confidence = new double[decidable.size()];
        for (int c = 0; c < decidable.size(); c++) {
            Draft draft = decidable.get(c);
            if (model == null) {
                labels.add(draft.gated ? Decisions.NONE : draft.kind.localName());
                confidence[c] = draft.confidence;
            } else {
                String best = Decisions.NONE;
                double probability = 0;
                for (Map.Entry<String, Double> label : model.probabilities(draft.features).entrySet()) {
                    if (!label.getKey().equals(Decisions.NONE) && label.getValue() > probability) {
                        best = label.getKey();
                        probability = label.getValue();
                    }
                }
                labels.add(probability >= decisions.minConfidence() ? best : Decisions.NONE);
                confidence[c] = probability;
            }
        }
        return decide(labels, confidence);
    }

    /**
     * Keeps the candidates of {@link #statements()} whose label is a statement kind, with that
     * kind and the given confidence, drops those labelled {@link Decisions#NONE}, then
     * consolidates acts told twice. Acts with no trigger of their own stay as the rules made them.
     */
    public Extraction decide(List<String> labels, double[] confidence) {
        List<Draft> decidable = decidable();
        if (labels.size() != decidable.size() || confidence.length != decidable.size()) {
            throw new IllegalArgumentException("need one label and confidence per candidate (" + decidable.size()
                    + "), but got " + labels.size() + " and " + confidence.length);
        }
        if (decided) {
            throw new IllegalStateException("the candidates of article " + article.id() + " were decided already");
        }
        decided = true;
        List<Draft> kept = new ArrayList<>();
        int c = 0;
        for (Draft draft : drafts) {
            if (draft.trigger < 0) {
                kept.add(draft);
                continue;
            }
            String label = labels.get(c);
            double probability = confidence[c++];
            if (label.equals(Decisions.NONE)) {
                continue;
            }
            StatementKind kind = StatementKind.fromLocalName(label);
            if (kind != draft.kind) {
                draft.kind = kind;
                draft.cameoCode = kind.defaultCameoCode();
            }
            draft.confidence = probability;
            kept.add(draft);
        }
        return Assembler.assemble(article, linked, Consolidator.consolidate(kept, linked));
    }
}
