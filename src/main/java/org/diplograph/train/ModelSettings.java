package org.diplograph.train;

import org.diplograph.extract.Decisions;
import org.diplograph.extract.model.LinearModelTrainer;

/**
 * How the extractor learns: the same settings for {@code train} and for cross-validation.
 *
 * @param statementSigma the Gaussian prior of the statement model's weights (smaller keeps them nearer zero)
 * @param termSigma      the prior of the term model's weights
 * @param guaranteeSigma the prior of the guarantee model's weights
 * @param minCount       features seen in fewer examples are dropped
 * @param minSupport     a learned trigger heads at least this many gold statements
 * @param minPrecision   and at least this share of its occurrences
 * @param embeddings     whether the statement model also reads the sentence embedding of each candidate
 * @param minConfidence  the least probability of its kind a candidate needs to become a statement
 * @param minExtraConfidence the same for a candidate the curated rules alone would not have made
 * @param minTermConfidence the least probability of its type a phrase needs to become a condition
 * @param minGuaranteeConfidence the least probability a pair of sides needs to become guarantor and beneficiary
 * @param termModel      whether a term model adds terms where the rules' condition reader found none
 * @param guaranteeModel whether a pair model replaces the rules' guarantee reader
 */
public record ModelSettings(double statementSigma, double termSigma, double guaranteeSigma, int minCount, int minSupport,
                            double minPrecision, boolean embeddings, double minConfidence, double minExtraConfidence, double minTermConfidence,
                            double minGuaranteeConfidence, boolean termModel, boolean guaranteeModel) {

    /**
     * The settings cross-validation chose on the training corpus (README, "Learned decisions"):
     * the term model adds terms where the rules read none; the embedding and the guarantee model
     * did not score above what they would replace, so they are left out until they do.
     */
    public static final ModelSettings DEFAULT = new ModelSettings(0.3, 1.0, 1.0, 2, 3, 0.2, false,
            Decisions.DEFAULT_MIN_CONFIDENCE, Decisions.DEFAULT_MIN_EXTRA_CONFIDENCE, Decisions.DEFAULT_MIN_TERM_CONFIDENCE,
            Decisions.DEFAULT_MIN_GUARANTEE_CONFIDENCE, true, false);

    public ModelSettings {
        for (double sigma : new double[] {statementSigma, termSigma, guaranteeSigma}) {
            if (!(sigma > 0)) {
                throw new IllegalArgumentException("a model's sigma must be positive, but was: " + sigma);
            }
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be at least 1, but was: " + minCount);
        }
        if (minSupport < 1) {
            throw new IllegalArgumentException("minSupport must be at least 1, but was: " + minSupport);
        }
        for (double p : new double[] {minPrecision, minConfidence, minExtraConfidence, minTermConfidence, minGuaranteeConfidence}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("a share or probability must be in [0, 1], but was: " + p);
            }
        }
    }

    /** These settings with other thresholds: what deciding needs, not what training does. */
    public ModelSettings thresholds(double statements, double extraStatements, double terms, double guarantees) {
        return new ModelSettings(statementSigma, termSigma, guaranteeSigma, minCount, minSupport, minPrecision, embeddings,
                statements, extraStatements, terms, guarantees, termModel, guaranteeModel);
    }

    /** These settings with the embedding, the term model and the guarantee model each on or off. */
    public ModelSettings models(boolean embeddings, boolean termModel, boolean guaranteeModel) {
        return new ModelSettings(statementSigma, termSigma, guaranteeSigma, minCount, minSupport, minPrecision, embeddings,
                minConfidence, minExtraConfidence, minTermConfidence, minGuaranteeConfidence, termModel, guaranteeModel);
    }

    /** The decisions learned with these settings, with their thresholds. */
    Decisions thresholdsOn(Decisions decisions) {
        return decisions.minConfidence(minConfidence, minExtraConfidence).minTermConfidence(minTermConfidence).minGuaranteeConfidence(minGuaranteeConfidence);
    }

    LinearModelTrainer statementTrainer() {
        return LinearModelTrainer.create("statement-kind").sigma(statementSigma).minCount(minCount);
    }

    LinearModelTrainer termTrainer() {
        return LinearModelTrainer.create("term-type").sigma(termSigma).minCount(minCount);
    }

    LinearModelTrainer guaranteeTrainer() {
        return LinearModelTrainer.create("guarantee-pair").sigma(guaranteeSigma).minCount(minCount);
    }
}
