package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.extract.ConditionCandidates.Candidate;
import org.diplograph.extract.ConditionCandidates.Feature;
import org.diplograph.extract.model.LinearModel;
import org.diplograph.extract.model.LinearModelTrainer;
import org.diplograph.extract.model.LinearModelTrainer.Example;
import org.junit.jupiter.api.Test;

/**
 * The condition model's weights looked up once a side and summed for every type must give the
 * probabilities the model gives the pair's feature strings.
 */
class ConditionWeightsTest {

    private static final List<Feature> WORDS = List.of(Feature.conjoinedOnly("w", "truce"), Feature.conjoinedOnly("w", "talk"));

    private static Candidate pair(String type, String role, String ruled, String cue) {
        List<Feature> ofSide = List.of(Feature.both("kind", "Offer"), Feature.both("role", role),
                Feature.both("kind+role", "Offer+" + role));
        List<Feature> ofType = List.of(Feature.both("ruled", ruled), Feature.conjoinedOnly("cue", cue),
                Feature.aloneOnly("cue", cue.equals("same") ? "same" : "other"));
        List<Feature> ordered = new ArrayList<>(ofSide.subList(0, 1));
        ordered.addAll(ofType.subList(0, 1));
        ordered.addAll(ofSide.subList(1, ofSide.size()));
        ordered.addAll(ofType.subList(1, ofType.size()));
        return new Candidate(type, "Q1", false, ordered, ofType, ofSide, WORDS);
    }

    private static List<Candidate> pairs() {
        List<Candidate> pairs = new ArrayList<>();
        for (String type : List.of("Ceasefire", "Negotiation", "Elections")) {
            for (String role : List.of("agent", "concerned")) {
                pairs.add(pair(type, role, role.equals("agent") ? "side" : "none", type.equals("Ceasefire") ? "same" : "Ceasefire"));
            }
        }
        return pairs;
    }

    private static LinearModel trained() {
        List<Example> examples = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            for (Candidate pair : pairs()) {
                boolean condition = pair.type().equals("Ceasefire") || pair.ofSide().get(1).value().equals("agent");
                examples.add(new Example(condition ? Decisions.CONDITION : Decisions.NONE, pair.features(), null));
            }
        }
        return LinearModelTrainer.create("conditions").sigma(1.0).train(examples);
    }

    @Test
    void summedOnceASideTheWeightsGiveTheModelsProbabilities() {
        LinearModel model = trained();
        ConditionWeights weights = ConditionWeights.of(model);
        List<Candidate> pairs = new ArrayList<>(pairs());
        pairs.add(pair("Peacekeeping", "agent", "other", "Ceasefire"));
        for (Candidate pair : pairs) {
            double expected = model.probabilities(pair.features()).get(Decisions.CONDITION);
            double actual = weights.probability(pair, weights.sum(pair.ofSide()), weights.sum(pair.words()));
            assertEquals(expected, actual, 1e-12, pair.type() + " on a side that is " + pair.ofSide().get(1).value());
        }
    }

    @Test
    void aModelWithoutTheConditionLabelIsRefused() {
        LinearModel model = LinearModelTrainer.create("kinds").sigma(1.0).train(List.of(
                new Example("Offer", List.of("t=Ceasefire"), null), new Example("Demand", List.of("t=Elections"), null)));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ConditionWeights.of(model));
        assertTrue(refused.getMessage().contains("must have the label Condition, but has [Demand, Offer]"), refused.getMessage());
    }
}
