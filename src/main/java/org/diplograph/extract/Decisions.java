package org.diplograph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.diplograph.extract.model.LinearModel;

/**
 * The learned layer of the extractor: the triggers learned from the corpus, which add
 * candidates, and the models that decide which candidate acts are statements and of which
 * kind, and which pairs of sides are guarantor and beneficiary. Without a model the rules'
 * own decisions stand. Immutable and thread-safe.
 *
 * <pre>{@code
 * Decisions decisions = Decisions.of(triggers, statementModel).guarantees(guaranteeModel).minConfidence(0.3);
 * }</pre>
 */
public final class Decisions {

    /** Where the models trained by {@code diplograph train} live, in the jar and in the source tree. */
    public static final String RESOURCE_FOLDER = "org/diplograph/extract/models/";
    /** The file name of the statement model. */
    public static final String STATEMENT_MODEL = "statement-kind.tsv";
    /** The file name of the guarantee model. */
    public static final String GUARANTEE_MODEL = "guarantee-pair.tsv";
    /** The file name of the term model. */
    public static final String TERM_MODEL = "term-type.tsv";
    /** The label of a candidate that is no statement. */
    public static final String NONE = "None";
    /**
     * The least probability of its kind a candidate needs to become a statement, chosen by
     * cross-validation over the training corpus for the best F1.
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.1;
    /**
     * The least probability for a candidate the curated rules alone would not have made (one a
     * gate held back, or one of a learned trigger), chosen likewise.
     */
    public static final double DEFAULT_MIN_EXTRA_CONFIDENCE = 0.3;
    /** The least probability a pair of sides needs to become guarantor and beneficiary, chosen likewise. */
    public static final double DEFAULT_MIN_GUARANTEE_CONFIDENCE = 0.5;
    /** The least probability of its type a phrase needs to become a condition, chosen likewise. */
    public static final double DEFAULT_MIN_TERM_CONFIDENCE = 0.3;

    private static volatile Decisions bundled;

    private final List<LearnedTrigger> triggers;
    private final LinearModel statementKind;
    private final LinearModel guaranteePair;
    private final LinearModel termType;
    private final double minConfidence;
    private final double minExtraConfidence;
    private final double minGuaranteeConfidence;
    private final double minTermConfidence;
    /** Candidates for training: every term and guarantee candidate is made, whatever models there are. */
    private final boolean training;

    private Decisions(List<LearnedTrigger> triggers, LinearModel statementKind, LinearModel guaranteePair,
                      LinearModel termType, double minConfidence, double minExtraConfidence, double minGuaranteeConfidence,
                      double minTermConfidence, boolean training) {
        checkProbability("minimum confidence", minConfidence);
        checkProbability("minimum confidence of extra candidates", minExtraConfidence);
        checkProbability("minimum guarantee confidence", minGuaranteeConfidence);
        checkProbability("minimum term confidence", minTermConfidence);
        this.triggers = List.copyOf(triggers);
        this.statementKind = statementKind;
        this.guaranteePair = guaranteePair;
        this.termType = termType;
        this.minConfidence = minConfidence;
        this.minExtraConfidence = minExtraConfidence;
        this.minGuaranteeConfidence = minGuaranteeConfidence;
        this.minTermConfidence = minTermConfidence;
        this.training = training;
    }

    private static void checkProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], but was: " + value);
        }
    }

    /** The rules alone: every candidate they make is a statement of the kind they give it. */
    public static Decisions rulesOnly() {
        return new Decisions(List.of(), null, null, null, 0, 0, DEFAULT_MIN_GUARANTEE_CONFIDENCE,
                DEFAULT_MIN_TERM_CONFIDENCE, false);
    }

    /** Candidates from the curated rules and the learned triggers, decided by the statement model. */
    public static Decisions of(List<LearnedTrigger> triggers, LinearModel statementKind) {
        if (triggers == null || statementKind == null) {
            throw new IllegalArgumentException("learned triggers and statement model must not be null; use Decisions.rulesOnly() for none");
        }
        return new Decisions(triggers, statementKind, null, null, DEFAULT_MIN_CONFIDENCE, DEFAULT_MIN_EXTRA_CONFIDENCE,
                DEFAULT_MIN_GUARANTEE_CONFIDENCE,
                DEFAULT_MIN_TERM_CONFIDENCE, false);
    }

    /**
     * Candidates from the curated rules and the learned triggers, as the rules decide them, with
     * every term and guarantee candidate made too: what models are trained on.
     */
    public static Decisions candidatesOf(List<LearnedTrigger> triggers) {
        return new Decisions(triggers, null, null, null, 0, 0, DEFAULT_MIN_GUARANTEE_CONFIDENCE,
                DEFAULT_MIN_TERM_CONFIDENCE, true);
    }

    /** Whether the extractor should make term candidates: for a term model, or for training one. */
    boolean wantsTerms() {
        return termType != null || training;
    }

    /** Whether the extractor should make guarantee candidates: for a guarantee model, or for training one. */
    boolean wantsGuaranteePairs() {
        return guaranteePair != null || training;
    }

    /** These decisions, with guarantees decided by the given pair model instead of the rules' guarantee reader. */
    public Decisions guarantees(LinearModel model) {
        if (model == null) {
            throw new IllegalArgumentException("guarantee model must not be null");
        }
        return new Decisions(triggers, statementKind, model, termType, minConfidence, minExtraConfidence,
                minGuaranteeConfidence, minTermConfidence, training);
    }

    /** These decisions, keeping only statements whose kind the model gives at least this probability. */
    public Decisions minConfidence(double minConfidence) {
        return minConfidence(minConfidence, Math.max(minConfidence, minExtraConfidence));
    }

    /**
     * These decisions, keeping only statements whose kind the model gives at least
     * {@code minConfidence}, or {@code minExtraConfidence} for a candidate the curated rules
     * alone would not have made.
     */
    public Decisions minConfidence(double minConfidence, double minExtraConfidence) {
        return new Decisions(triggers, statementKind, guaranteePair, termType, minConfidence, minExtraConfidence,
                minGuaranteeConfidence, minTermConfidence, training);
    }

    /** These decisions, keeping only guarantor and beneficiary pairs the guarantee model gives at least this probability. */
    public Decisions minGuaranteeConfidence(double minGuaranteeConfidence) {
        return new Decisions(triggers, statementKind, guaranteePair, termType, minConfidence, minExtraConfidence,
                minGuaranteeConfidence, minTermConfidence, training);
    }

    /** These decisions, with conditions decided by the given term model instead of the rules' condition reader. */
    public Decisions terms(LinearModel model) {
        if (model == null) {
            throw new IllegalArgumentException("term model must not be null");
        }
        return new Decisions(triggers, statementKind, guaranteePair, model, minConfidence, minExtraConfidence,
                minGuaranteeConfidence, minTermConfidence, training);
    }

    /** These decisions, keeping only terms the term model gives a type with at least this probability. */
    public Decisions minTermConfidence(double minTermConfidence) {
        return new Decisions(triggers, statementKind, guaranteePair, termType, minConfidence, minExtraConfidence,
                minGuaranteeConfidence, minTermConfidence, training);
    }

    /** The models shipped in the jar; the rules alone where none was trained. */
    public static Decisions bundled() {
        Decisions result = bundled;
        if (result == null) {
            synchronized (Decisions.class) {
                result = bundled;
                if (result == null) {
                    result = load();
                    bundled = result;
                }
            }
        }
        return result;
    }

    private static Decisions load() {
        ClassLoader loader = Decisions.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(RESOURCE_FOLDER + STATEMENT_MODEL);
             InputStream triggers = loader.getResourceAsStream(RESOURCE_FOLDER + LearnedTrigger.FILE);
             InputStream guarantees = loader.getResourceAsStream(RESOURCE_FOLDER + GUARANTEE_MODEL);
             InputStream terms = loader.getResourceAsStream(RESOURCE_FOLDER + TERM_MODEL)) {
            if (model == null) {
                return rulesOnly();
            }
            List<LearnedTrigger> learned = triggers == null ? List.of()
                    : LearnedTrigger.read(triggers, RESOURCE_FOLDER + LearnedTrigger.FILE);
            Decisions decisions = of(learned, LinearModel.read(model, RESOURCE_FOLDER + STATEMENT_MODEL));
            if (guarantees != null) {
                decisions = decisions.guarantees(LinearModel.read(guarantees, RESOURCE_FOLDER + GUARANTEE_MODEL));
            }
            return terms == null ? decisions : decisions.terms(LinearModel.read(terms, RESOURCE_FOLDER + TERM_MODEL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled models", e);
        }
    }

    /** The triggers learned from the corpus, which add candidates to the curated rules'. */
    public List<LearnedTrigger> triggers() {
        return triggers;
    }

    /** The least probability of its kind a candidate needs to become a statement. */
    public double minConfidence() {
        return minConfidence;
    }

    /** The least probability a candidate the curated rules alone would not have made needs. */
    public double minExtraConfidence() {
        return minExtraConfidence;
    }

    /** The least probability a pair of sides needs to become guarantor and beneficiary. */
    public double minGuaranteeConfidence() {
        return minGuaranteeConfidence;
    }

    /** The statement model, if there is one. */
    public Optional<LinearModel> statementKind() {
        return Optional.ofNullable(statementKind);
    }

    /** The least probability of its type a phrase needs to become a condition. */
    public double minTermConfidence() {
        return minTermConfidence;
    }

    /** The term model, if there is one. */
    public Optional<LinearModel> termModel() {
        return Optional.ofNullable(termType);
    }

    /** The guarantee model, if there is one. */
    public Optional<LinearModel> guaranteeModel() {
        return Optional.ofNullable(guaranteePair);
    }
}
