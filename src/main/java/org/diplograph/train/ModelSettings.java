package org.diplograph.train;

import org.diplograph.extract.Decisions;
import org.diplograph.extract.model.LinearModelTrainer;

/**
 * How the extractor learns: the same settings for {@code train} and for cross-validation.
 *
 * @param statementSigma the Gaussian prior of the statement model's weights (smaller keeps them nearer zero)
 * @param termSigma      the prior of the term model's weights
 * @param guaranteeSigma the prior of the guarantee model's weights
 * @param conditionSigma the prior of the condition model's weights
 * @param minCount       features seen in fewer examples are dropped
 * @param minSupport     a learned trigger heads at least this many gold statements
 * @param minPrecision   and at least this share of its occurrences
 * @param embeddings     whether the statement model also reads the sentence embedding of each candidate
 * @param minConfidence  the least probability of its kind a candidate needs to become a statement
 * @param minExtraConfidence the same for a candidate the curated rules alone would not have made
 * @param minTermConfidence the least probability of its type a phrase needs to become a condition
 * @param minGuaranteeConfidence the least probability a pair of sides needs to become guarantor and beneficiary
 * @param termModel      whether a term model adds terms where the rules' condition reader found none
 * @param guaranteeModel whether a pair model adds guarantees to the rules' guarantee reader's
 * @param conditionModel whether a condition model adds to each decided statement the types and sides its sentence binds
 * @param minConditionConfidence the least probability a pair of a type and a side needs to become a condition
 * @param guaranteeSides whether a model adds to each decided statement the guarantors and beneficiaries among its sides
 * @param minGuaranteeSidesConfidence the least probability such a pair needs
 */
public record ModelSettings(double statementSigma, double termSigma, double guaranteeSigma, double conditionSigma, int minCount, int minSupport,
                            double minPrecision, boolean embeddings, double minConfidence, double minExtraConfidence, double minTermConfidence,
                            double minGuaranteeConfidence, boolean termModel, boolean guaranteeModel, boolean conditionModel,
                            double minConditionConfidence, boolean guaranteeSides, double minGuaranteeSidesConfidence) {

    /**
     * The settings cross-validation chose on the training corpus (README, "Learned decisions"):
     * the term model adds terms where the rules read none, the guarantee model guarantees the
     * rules' reader did not pair; the embedding did not score above what it would replace, so it
     * is left out until it does. The term and condition models' priors are tighter than the
     * guarantee models': they weigh many phrases, and pairs of a type and a side, few of them
     * conditions, over features most of which are rare.
     */
    public static final ModelSettings DEFAULT = new ModelSettings(0.3, 0.4, 1.0, 0.4, 2, 3, 0.2, false,
            Decisions.DEFAULT_MIN_CONFIDENCE, Decisions.DEFAULT_MIN_EXTRA_CONFIDENCE, Decisions.DEFAULT_MIN_TERM_CONFIDENCE,
            Decisions.DEFAULT_MIN_GUARANTEE_CONFIDENCE, true, true, true, Decisions.DEFAULT_MIN_CONDITION_CONFIDENCE,
            true, Decisions.DEFAULT_MIN_GUARANTEE_SIDES_CONFIDENCE);

    /**
     * The prior of the model that chooses the side a person speaks for, chosen by cross-validation
     * over the training corpus: of the 255 people held out with a gold side the linker gave none,
     * its likeliest side was the gold's for 123 at 0.3, 113 at 1 and 104 at 3.
     */
    static final double REPRESENTED_SIGMA = 0.3;
    /**
     * The actor model's prior: in dealing 0 of the cross-validation, actors F1 0.936, 0.939, 0.942
     * and 0.940 at 0.1, 0.3, 1 and 3; pooled over five dealings 0.942 at 1 against 0.940 at 0.3.
     */
    static final double ACTOR_SIGMA = 1.0;

    public ModelSettings {
        for (double sigma : new double[] {statementSigma, termSigma, guaranteeSigma, conditionSigma}) {
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
        for (double p : new double[] {minPrecision, minConfidence, minExtraConfidence, minTermConfidence, minGuaranteeConfidence,
                minConditionConfidence, minGuaranteeSidesConfidence}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("a share or probability must be in [0, 1], but was: " + p);
            }
        }
    }

    /** These settings with other thresholds: what deciding needs, not what training does. */
    public ModelSettings thresholds(double statements, double extraStatements, double terms, double guarantees) {
        return new ModelSettings(statementSigma, termSigma, guaranteeSigma, conditionSigma, minCount, minSupport, minPrecision, embeddings,
                statements, extraStatements, terms, guarantees, termModel, guaranteeModel, conditionModel, minConditionConfidence,
                guaranteeSides, minGuaranteeSidesConfidence);
    }

    /** These settings with other least probabilities for a condition the condition model adds and a guarantor the sides model adds. */
    public ModelSettings sidesThresholds(double conditions, double guarantors) {
        return new ModelSettings(statementSigma, termSigma, guaranteeSigma, conditionSigma, minCount, minSupport, minPrecision, embeddings,
                minConfidence, minExtraConfidence, minTermConfidence, minGuaranteeConfidence, termModel, guaranteeModel,
                conditionModel, conditions, guaranteeSides, guarantors);
    }

    /** These settings with the embedding, the term model and the guarantee model each on or off. */
    public ModelSettings models(boolean embeddings, boolean termModel, boolean guaranteeModel) {
        return models(embeddings, termModel, guaranteeModel, conditionModel, guaranteeSides);
    }

    /** These settings with the embedding and each model on or off. */
    public ModelSettings models(boolean embeddings, boolean termModel, boolean guaranteeModel, boolean conditionModel,
                                boolean guaranteeSides) {
        return new ModelSettings(statementSigma, termSigma, guaranteeSigma, conditionSigma, minCount, minSupport, minPrecision, embeddings,
                minConfidence, minExtraConfidence, minTermConfidence, minGuaranteeConfidence, termModel, guaranteeModel,
                conditionModel, minConditionConfidence, guaranteeSides, minGuaranteeSidesConfidence);
    }

    /** The decisions learned with these settings, with their thresholds. */
    Decisions thresholdsOn(Decisions decisions) {
        return decisions.minConfidence(minConfidence, minExtraConfidence).minTermConfidence(minTermConfidence)
                .minGuaranteeConfidence(minGuaranteeConfidence).minConditionConfidence(minConditionConfidence)
                .minGuaranteeSidesConfidence(minGuaranteeSidesConfidence);
    }

    LinearModelTrainer representedTrainer() {
        return LinearModelTrainer.create("represented-sides").sigma(REPRESENTED_SIGMA).minCount(minCount);
    }

    LinearModelTrainer actorTrainer() {
        return LinearModelTrainer.create("diplomatic-actors").sigma(ACTOR_SIGMA).minCount(minCount);
    }

    LinearModelTrainer statementTrainer() {
        return LinearModelTrainer.create("statement-kind").sigma(statementSigma).minCount(minCount);
    }

    LinearModelTrainer termTrainer() {
        return LinearModelTrainer.create("term-type").sigma(termSigma).minCount(minCount);
    }

    LinearModelTrainer conditionTrainer() {
        return LinearModelTrainer.create("condition-sides").sigma(conditionSigma).minCount(minCount);
    }

    LinearModelTrainer guaranteeSidesTrainer() {
        return LinearModelTrainer.create("guarantee-sides").sigma(guaranteeSigma).minCount(minCount);
    }

    LinearModelTrainer guaranteeTrainer() {
        return LinearModelTrainer.create("guarantee-pair").sigma(guaranteeSigma).minCount(minCount);
    }
}
