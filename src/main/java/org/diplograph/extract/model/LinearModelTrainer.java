package org.diplograph.extract.model;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.GeneralDataset;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Trains a {@link LinearModel} with CoreNLP's {@link LinearClassifierFactory} (quasi-Newton,
 * Gaussian prior). Deterministic: the same examples in the same order give the same weights.
 *
 * <pre>{@code
 * LinearModel model = LinearModelTrainer.create("statement-kind").sigma(1.0).minCount(2).train(examples);
 * }</pre>
 */
public final class LinearModelTrainer {

    /** One training example: its label, its string features and a dense vector, or null for none. */
    public record Example(String label, List<String> features, float[] dense) {

        public Example {
            if (label == null || label.isEmpty()) {
                throw new IllegalArgumentException("an example needs a label, but had none: " + features);
            }
            features = List.copyOf(features);
        }

        public Example(String label, List<String> features) {
            this(label, features, null);
        }

        /** This example with a dense vector. */
        public Example withDense(float[] vector) {
            return new Example(label, features, vector);
        }
    }

    private final String name;
    private double sigma = 1.0;
    private int minCount = 1;

    private LinearModelTrainer(String name) {
        this.name = name;
    }

    public static LinearModelTrainer create(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a model needs a name, but was: " + name);
        }
        return new LinearModelTrainer(name);
    }

    /** The standard deviation of the Gaussian prior on the weights: smaller keeps them nearer zero. */
    public LinearModelTrainer sigma(double sigma) {
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("sigma must be positive, but was: " + sigma);
        }
        this.sigma = sigma;
        return this;
    }

    /** Features seen in fewer examples than this are dropped before training. */
    public LinearModelTrainer minCount(int minCount) {
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be at least 1, but was: " + minCount);
        }
        this.minCount = minCount;
        return this;
    }

    public LinearModel train(List<Example> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("cannot train model " + name + " on no examples");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Example example : examples) {
            for (String feature : new TreeSet<>(example.features())) {
                counts.merge(feature, 1, Integer::sum);
            }
        }
        boolean dense = examples.stream().anyMatch(e -> e.dense() != null);
        GeneralDataset<String, String> dataset = dense ? new RVFDataset<>() : new Dataset<>();
        for (Example example : examples) {
            List<String> kept = new ArrayList<>();
            kept.add(LinearModel.BIAS);
            for (String feature : example.features()) {
                if (counts.get(feature) >= minCount) {
                    kept.add(feature);
                }
            }
            if (dense) {
                ClassicCounter<String> values = new ClassicCounter<>();
                kept.forEach(f -> values.incrementCount(f));
                float[] vector = example.dense();
                if (vector == null) {
                    throw new IllegalArgumentException("model " + name + ": every example needs a dense vector once one has, but one had none: "
                            + example.features());
                }
                for (int d = 0; d < vector.length; d++) {
                    values.setCount(LinearModel.DENSE + d, vector[d]);
                }
                ((RVFDataset<String, String>) dataset).add(new RVFDatum<>(values, example.label()));
            } else {
                ((Dataset<String, String>) dataset).add(new BasicDatum<>(kept, example.label()));
            }
        }
        List<String> labels = new ArrayList<>(new TreeSet<>(dataset.labelIndex().objectsList()));
        if (labels.size() == 1) {
            Map<String, double[]> weights = Map.of(LinearModel.BIAS, new double[] {0});
            return new LinearModel(name, labels, weights);
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(dataset);
        Map<String, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
        Map<String, double[]> weights = new LinkedHashMap<>();
        for (int l = 0; l < labels.size(); l++) {
            Counter<String> w = byLabel.get(labels.get(l));
            for (String feature : w.keySet()) {
                weights.computeIfAbsent(feature, f -> new double[labels.size()])[l] = w.getCount(feature);
            }
        }
        return new LinearModel(name, labels, weights);
    }
}
