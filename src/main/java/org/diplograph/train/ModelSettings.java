package org.diplograph.train;

import org.diplograph.extract.Decisions;
import org.diplograph.extract.model.LinearModelTrainer;

/**
 * How the extractor learns: the same settings for {@code train} and for cross-validation.
 *
 * @param sigma        the Gaussian prior of the statement model's weights
 * @param minCount     features seen in fewer examples are dropped
 * @param minSupport   a learned trigger heads at least this many gold statements
 * @param minPrecision and at least this share of its occurrences
 * @param minConfidence the least probability of its kind a candidate needs to become a statement
 * @param embeddings   whether the statement model also reads the sentence embedding of each candidate
 * @param minGuaranteeConfidence the least probability a pair of sides needs to become guarantor and beneficiary
 * @param minTermConfidence the least probability of its type a phrase needs to become a condition
 */
public record ModelSettings(double sigma, int minCount, int minSupport, double minPrecision, double minConfidence,
                            boolean embeddings, double minGuaranteeConfidence, double minTermConfidence) {

    public static final ModelSettings DEFAULT = new ModelSettings(0.3, 2, 3, 0.2, Decisions.DEFAULT_MIN_CONFIDENCE, true,
            Decisions.DEFAULT_MIN_GUARANTEE_CONFIDENCE, Decisions.DEFAULT_MIN_TERM_CONFIDENCE);

    public ModelSettings {
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("sigma must be positive, but was: " + sigma);
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be at least 1, but was: " + minCount);
        }
        if (minSupport < 1) {
            throw new IllegalArgumentException("minSupport must be at least 1, but was: " + minSupport);
        }
        if (minPrecision < 0 || minPrecision > 1) {
            throw new IllegalArgumentException("minPrecision must be in [0, 1], but was: " + minPrecision);
        }
    }

    LinearModelTrainer statementTrainer() {
        return LinearModelTrainer.create("statement-kind").sigma(sigma).minCount(minCount);
    }

    LinearModelTrainer termTrainer() {
        return LinearModelTrainer.create("term-type").sigma(sigma).minCount(minCount);
    }

    LinearModelTrainer guaranteeTrainer() {
        return LinearModelTrainer.create("guarantee-pair").sigma(sigma).minCount(minCount);
    }
}
