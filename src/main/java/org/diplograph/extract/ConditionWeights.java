package org.diplograph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.extract.model.LinearModel;

/**
 * The condition model's weights arranged for the features of {@link ConditionCandidates}: a
 * feature read conjoined with a pair's type ({@code t+kind=Ceasefire+Offer}) is found by its
 * key alone ({@code kind=Offer}) with its weights for every type at once, so that a side's
 * features, the same for all 23 types, are looked up and summed once a side, and the sentence's
 * words once a statement. The probabilities are the model's own over
 * {@link ConditionCandidates.Candidate#features()}, but for rounding. Immutable.
 */
final class ConditionWeights {

    /** Summed weights: those read alone, for each label, and those conjoined, for each type and label. */
    record Sums(double[] alone, double[] conjoined) {
    }

    private final LinearModel model;
    private final int labels;
    private final Map<String, Integer> types = new HashMap<>();
    private final double[] bias;
    private final double[] typeBias;
    private final Map<String, double[]> alone = new HashMap<>();
    private final Map<String, double[]> conjoined = new HashMap<>();

    private ConditionWeights(LinearModel model) {
        this.model = model;
        this.labels = model.labels().size();
        if (!model.labels().contains(Decisions.CONDITION)) {
            throw new IllegalArgumentException("condition model " + model.name() + " must have the label "
                    + Decisions.CONDITION + ", but has " + model.labels());
        }
        List<String> features = model.features();
        for (String feature : features) {
            if (feature.startsWith(ConditionCandidates.TYPE)) {
                types.putIfAbsent(feature.substring(ConditionCandidates.TYPE.length()), types.size());
            } else if (feature.startsWith(ConditionCandidates.CONJOINED)) {
                types.putIfAbsent(Conjoined.of(feature).type(), types.size());
            }
        }
        this.bias = orZero(model.weightsOf(LinearModel.BIAS));
        this.typeBias = new double[types.size() * labels];
        for (String feature : features) {
            double[] w = model.weightsOf(feature);
            if (feature.startsWith(ConditionCandidates.TYPE)) {
                add(w, typeBias, types.get(feature.substring(ConditionCandidates.TYPE.length())) * labels);
            } else if (feature.startsWith(ConditionCandidates.CONJOINED)) {
                Conjoined c = Conjoined.of(feature);
                add(w, conjoined.computeIfAbsent(c.key(), k -> new double[types.size() * labels]), types.get(c.type()) * labels);
            } else if (!feature.equals(LinearModel.BIAS)) {
                alone.put(feature, w);
            }
        }
    }

    /** The weights of {@code model}, a condition model trained on {@link ConditionCandidates}' features. */
    static ConditionWeights of(LinearModel model) {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        return new ConditionWeights(model);
    }

    /** A conjoined feature, {@code t+name=Type+value}, read as its type and its key {@code name=value}: types hold no "+". */
    private record Conjoined(String type, String key) {

        static Conjoined of(String feature) {
            int equals = feature.indexOf('=');
            int plus = feature.indexOf('+', equals + 1);
            if (equals < 0 || plus < 0) {
                throw new IllegalArgumentException("a conjoined feature must read t+name=Type+value, but was: " + feature);
            }
            return new Conjoined(feature.substring(equals + 1, plus),
                    feature.substring(ConditionCandidates.CONJOINED.length(), equals + 1) + feature.substring(plus + 1));
        }
    }

    /** The summed weights of {@code features}, for every type. */
    Sums sum(List<ConditionCandidates.Feature> features) {
        Sums sums = new Sums(new double[labels], new double[types.size() * labels]);
        for (ConditionCandidates.Feature feature : features) {
            if (feature.alone()) {
                add(alone.get(feature.key()), sums.alone(), 0);
            }
            if (feature.conjoined()) {
                add(conjoined.get(feature.key()), sums.conjoined(), 0);
            }
        }
        return sums;
    }

    /**
     * The probability of a condition of the candidate's type on its side, given the sums of its
     * side's features and of its sentence's words ({@link #sum}).
     */
    double probability(ConditionCandidates.Candidate candidate, Sums side, Sums words) {
        Integer type = types.get(candidate.type());
        int at = type == null ? -1 : type * labels;
        double[] scores = bias.clone();
        addAt(typeBias, at, scores);
        add(side.alone(), scores, 0);
        addAt(side.conjoined(), at, scores);
        addAt(words.conjoined(), at, scores);
        for (ConditionCandidates.Feature feature : candidate.ofType()) {
            if (feature.alone()) {
                add(alone.get(feature.key()), scores, 0);
            }
            if (feature.conjoined()) {
                addAt(conjoined.get(feature.key()), at, scores);
            }
        }
        return model.probabilitiesOfScores(scores).getOrDefault(Decisions.CONDITION, 0.0);
    }

    /** Adds {@code weights} (null for none) into {@code sums} from index {@code at}. */
    private static void add(double[] weights, double[] sums, int at) {
        if (weights != null) {
            for (int i = 0; i < weights.length; i++) {
                sums[at + i] += weights[i];
            }
        }
    }

    /** Adds the labels' weights for the type at {@code at} (-1 for a type the model never saw) into {@code scores}. */
    private void addAt(double[] byType, int at, double[] scores) {
        if (byType != null && at >= 0) {
            for (int l = 0; l < labels; l++) {
                scores[l] += byType[at + l];
            }
        }
    }

    private double[] orZero(double[] weights) {
        return weights == null ? new double[labels] : weights;
    }
}
