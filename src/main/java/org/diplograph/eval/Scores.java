package org.diplograph.eval;

/**
 * True positives, false positives and false negatives of one kind, and the figures
 * derived from them.
 */
public record Scores(int truePositives, int falsePositives, int falseNegatives) {

    public Scores plus(Scores other) {
        return new Scores(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? (falseNegatives == 0 ? 1.0 : 0.0) : (double) truePositives / predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? (falsePositives == 0 ? 1.0 : 0.0) : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
