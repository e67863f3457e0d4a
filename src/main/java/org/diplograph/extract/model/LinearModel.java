package org.diplograph.extract.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multinomial logistic model over string features: one weight per feature and label,
 * the probability of a label the softmax of its summed weights. Immutable; read from and
 * written to a sorted, tab-separated text file so that the same training gives the same
 * bytes and a reviewer can read which features decide.
 */
public final class LinearModel {

    /** The feature every example carries, whose weights are the labels' priors. */
    public static final String BIAS = "BIAS";
    /** The prefix of the features that hold a dense vector's components: "dense:0", "dense:1", ... */
    public static final String DENSE = "dense:";

    private final String name;
    private final List<String> labels;
    private final Map<String, double[]> weights;

    LinearModel(String name, List<String> labels, Map<String, double[]> weights) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one label, but " + name + " has none");
        }
        this.name = name;
        this.labels = List.copyOf(labels);
        // Most features looked up are absent from a model. A HashMap compares stored hashes before
        // it calls equals; Map.copyOf's table calls equals on every key along its probe.
        this.weights = Collections.unmodifiableMap(new HashMap<>(weights));
    }

    /** The model's name, as its file names it. */
    public String name() {
        return name;
    }

    /** The labels, in the order of the file. */
    public List<String> labels() {
        return labels;
    }

    /** Whether the model reads a dense vector beside its string features. */
    public boolean usesDense() {
        return weights.containsKey(DENSE + 0);
    }

    /** The probability of each label given the features, which need not be distinct. */
    public Map<String, Double> probabilities(Collection<String> features) {
        return probabilities(features, null);
    }

    /**
     * The probability of each label given the string features and a dense vector (or null
     * for none), whose component i is the value of feature {@code dense:i}.
     */
    public Map<String, Double> probabilities(Collection<String> features, float[] dense) {
        double[] scores = scores(features);
        if (dense != null) {
            for (int d = 0; d < dense.length; d++) {
                double[] w = weights.get(DENSE + d);
                if (w != null) {
                    for (int l = 0; l < scores.length; l++) {
                        scores[l] += w[l] * dense[d];
                    }
                }
            }
        }
        return softmax(scores);
    }

    /**
     * The probability of each label given the summed weights of each label ({@code scores}, in
     * the order of {@link #labels}), summed by a caller that arranges the weights its own way.
     */
    public Map<String, Double> probabilitiesOfScores(double[] scores) {
        if (scores.length != labels.size()) {
            throw new IllegalArgumentException("model " + name + " has " + labels.size() + " labels, but the scores have "
                    + scores.length);
        }
        return softmax(scores.clone());
    }

    /** A feature's weight for each label, in the order of {@link #labels}; null if the model has none for it. */
    public double[] weightsOf(String feature) {
        double[] w = weights.get(feature);
        return w == null ? null : w.clone();
    }

    private Map<String, Double> softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double score : scores) {
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int l = 0; l < scores.length; l++) {
            scores[l] = Math.exp(scores[l] - max);
            sum += scores[l];
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int l = 0; l < scores.length; l++) {
            probabilities.put(labels.get(l), scores[l] / sum);
        }
        return probabilities;
    }

    /** The bias's weights plus the features', for each label, summed in that order. */
    private double[] scores(Collection<String> features) {
        double[] scores = new double[labels.size()];
        accumulate(BIAS, scores);
        for (String feature : features) {
            accumulate(feature, scores);
        }
        return scores;
    }

    /** The most probable label and its probability. */
    public Prediction predict(Collection<String> features) {
        return predict(features, null);
    }

    /** The most probable label and its probability, given string features and a dense vector (or null). */
    public Prediction predict(Collection<String> features, float[] dense) {
        String best = null;
        double bestProbability = -1;
        for (Map.Entry<String, Double> entry : probabilities(features, dense).entrySet()) {
            if (entry.getValue() > bestProbability) {
                best = entry.getKey();
                bestProbability = entry.getValue();
            }
        }
        return new Prediction(best, bestProbability);
    }

    /** A label and the probability the model gives it. */
    public record Prediction(String label, double probability) {
    }

    private void accumulate(String feature, double[] scores) {
        double[] w = weights.get(feature);
        if (w != null) {
            for (int l = 0; l < scores.length; l++) {
                scores[l] += w[l];
            }
        }
    }

    /**
     * Writes the model: a line {@code #labels} with the labels, then a line per feature with
     * its weight for each label, features sorted, weights rounded to six decimals, features
     * whose weights all round to zero left out.
     */
    public void write(Writer out) throws IOException {
        out.write("# " + name + ": a multinomial logistic model written by diplograph train\n");
        out.write("#labels\t" + String.join("\t", labels) + "\n");
        for (Map.Entry<String, double[]> entry : new TreeMap<>(weights).entrySet()) {
            StringBuilder line = new StringBuilder(entry.getKey());
            boolean any = false;
            for (double w : entry.getValue()) {
                String rounded = String.format(Locale.ROOT, "%.6f", w);
                any |= Double.parseDouble(rounded) != 0;
                line.append('\t').append(rounded);
            }
            if (any) {
                out.write(line.append('\n').toString());
            }
        }
    }

    /** Reads a model written by {@link #write}; {@code source} names it in errors. */
    public static LinearModel read(InputStream in, String source) {
        String name = source;
        List<String> labels = null;
        Map<String, double[]> weights = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#labels\t")) {
                    labels = List.of(line.substring("#labels\t".length()).split("\t"));
                    continue;
                }
                if (line.startsWith("# ") && number == 1) {
                    int colon = line.indexOf(':');
                    name = colon > 2 ? line.substring(2, colon) : source;
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (labels == null) {
                    throw new IllegalArgumentException("model " + source + " has weights before its #labels line, at line " + number);
                }
                String[] cells = line.split("\t");
                if (cells.length != labels.size() + 1) {
                    throw new IllegalArgumentException("model " + source + " line " + number + " must have "
                            + (labels.size() + 1) + " columns, but has " + cells.length);
                }
                double[] w = new double[labels.size()];
                for (int l = 0; l < w.length; l++) {
                    w[l] = Double.parseDouble(cells[l + 1]);
                }
                weights.put(cells[0], w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + source, e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model " + source + " has a weight that is not a number: " + e.getMessage(), e);
        }
        if (labels == null) {
            throw new IllegalArgumentException("model " + source + " has no #labels line");
        }
        return new LinearModel(name, labels, weights);
    }

    /** The labels and features of a model, for a reader who wants the largest weights. */
    public List<String> features() {
        return new ArrayList<>(new TreeMap<>(weights).keySet());
    }
}
