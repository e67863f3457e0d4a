package org.diplograph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.diplograph.extract.model.LinearModel;

/**
 * The learned layer of the extractor: the triggers learned from the corpus, which add
 * candidates, and the models that decide which candidate acts are statements and of which
 * kind, and which pairs of sides are guarantor and beneficiary. Without a model the rules'
 * own decisions stand. Immutable and thread-safe.
 *
 * <pre>{@code
 * Decisions decisions = Decisions.of(triggers, statementModel).terms(termModel).conditions(conditionModel).minConfidence(0.3);
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
    /** The file name of the model that names guarantors and beneficiaries among a statement's sides. */
    public static final String GUARANTEE_SIDES_MODEL = "guarantee-sides.tsv";
    /** The file name of the model that chooses the side a person speaks for where the article does not say. */
    public static final String REPRESENTED_SIDES_MODEL = "represented-sides.tsv";
    /** The file name of the model that tells the article's diplomatic actors from the others it names. */
    public static final String ACTOR_MODEL = "diplomatic-actors.tsv";
    /** The file name of the condition model. */
    public static final String CONDITION_MODEL = "condition-sides.tsv";
    /** The label of a condition candidate that is one. */
    public static final String CONDITION = "Condition";
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
    /**
     * The least probability a pair of sides needs to become guarantor and beneficiary, chosen
     * likewise: few pairs of the corpus are guarantees, so the model's probabilities stay low.
     */
    public static final double DEFAULT_MIN_GUARANTEE_CONFIDENCE = 0.1;
    /** The least probability of its type a phrase needs to become a condition, chosen likewise. */
    public static final double DEFAULT_MIN_TERM_CONFIDENCE = 0.3;
    /** The least probability a pair of a type and a side needs to become a condition of a statement, chosen likewise. */
    public static final double DEFAULT_MIN_CONDITION_CONFIDENCE = 0.15;
    /** The least probability a pair of a statement's sides needs to become guarantor and beneficiary, chosen likewise. */
    public static final double DEFAULT_MIN_GUARANTEE_SIDES_CONFIDENCE = 0.4;
    /** The least probability the side a person likeliest speaks for needs to become the side they represent, chosen likewise. */
    public static final double DEFAULT_MIN_REPRESENTED_CONFIDENCE = 0.3;
    /**
     * The least probability an actor no fact names needs to stay among the article's actors,
     * chosen likewise.
     */
    public static final double DEFAULT_MIN_ACTOR_CONFIDENCE = 0.6;

    private static volatile Decisions bundled;

    private final List<LearnedTrigger> triggers;
    private final LinearModel statementKind;
    private final LinearModel guaranteePair;
    private final LinearModel termType;
    private final LinearModel conditionSides;
    private final LinearModel guaranteeSides;
    private final LinearModel representedSides;
    private final LinearModel actors;
    private final double minConfidence;
    private final double minExtraConfidence;
    private final double minGuaranteeConfidence;
    private final double minTermConfidence;
    private final double minConditionConfidence;
    private final double minGuaranteeSidesConfidence;
    private final double minRepresentedConfidence;
    private final double minActorConfidence;
    /** {@link #conditionWeights()}, once made. */
    private volatile ConditionWeights conditionWeights;
    /** Candidates for training: every term, guarantee and condition candidate is made, whatever models there are. */
    private final boolean training;

    /** The fields of a Decisions, which each variant copies and changes before it is checked and frozen. */
    private static final class Fields {
        List<LearnedTrigger> triggers = List.of();
        LinearModel statementKind;
        LinearModel guaranteePair;
        LinearModel termType;
        LinearModel conditionSides;
        LinearModel guaranteeSides;
        LinearModel representedSides;
        LinearModel actors;
        double minConfidence;
        double minExtraConfidence;
        double minGuaranteeConfidence = DEFAULT_MIN_GUARANTEE_CONFIDENCE;
        double minTermConfidence = DEFAULT_MIN_TERM_CONFIDENCE;
        double minConditionConfidence = DEFAULT_MIN_CONDITION_CONFIDENCE;
        double minGuaranteeSidesConfidence = DEFAULT_MIN_GUARANTEE_SIDES_CONFIDENCE;
        double minRepresentedConfidence = DEFAULT_MIN_REPRESENTED_CONFIDENCE;
        double minActorConfidence = DEFAULT_MIN_ACTOR_CONFIDENCE;
        boolean training;
    }

    private Decisions(Fields f) {
        checkProbability("minimum confidence", f.minConfidence);
        checkProbability("minimum confidence of extra candidates", f.minExtraConfidence);
        checkProbability("minimum guarantee confidence", f.minGuaranteeConfidence);
        checkProbability("minimum term confidence", f.minTermConfidence);
        checkProbability("minimum condition confidence", f.minConditionConfidence);
        checkProbability("minimum guarantee sides confidence", f.minGuaranteeSidesConfidence);
        checkProbability("minimum represented side confidence", f.minRepresentedConfidence);
        checkProbability("minimum actor confidence", f.minActorConfidence);
        this.triggers = List.copyOf(f.triggers);
        this.statementKind = f.statementKind;
        this.guaranteePair = f.guaranteePair;
        this.termType = f.termType;
        this.conditionSides = f.conditionSides;
        this.guaranteeSides = f.guaranteeSides;
        this.representedSides = f.representedSides;
        this.actors = f.actors;
        this.minConfidence = f.minConfidence;
        this.minExtraConfidence = f.minExtraConfidence;
        this.minGuaranteeConfidence = f.minGuaranteeConfidence;
        this.minTermConfidence = f.minTermConfidence;
        this.minConditionConfidence = f.minConditionConfidence;
        this.minGuaranteeSidesConfidence = f.minGuaranteeSidesConfidence;
        this.minRepresentedConfidence = f.minRepresentedConfidence;
        this.minActorConfidence = f.minActorConfidence;
        this.training = f.training;
    }

    /** A copy of these decisions with the changes {@code change} makes to their fields. */
    private Decisions with(Consumer<Fields> change) {
        Fields f = new Fields();
        f.triggers = triggers;
        f.statementKind = statementKind;
        f.guaranteePair = guaranteePair;
        f.termType = termType;
        f.conditionSides = conditionSides;
        f.guaranteeSides = guaranteeSides;
        f.representedSides = representedSides;
        f.actors = actors;
        f.minConfidence = minConfidence;
        f.minExtraConfidence = minExtraConfidence;
        f.minGuaranteeConfidence = minGuaranteeConfidence;
        f.minTermConfidence = minTermConfidence;
        f.minConditionConfidence = minConditionConfidence;
        f.minGuaranteeSidesConfidence = minGuaranteeSidesConfidence;
        f.minRepresentedConfidence = minRepresentedConfidence;
        f.minActorConfidence = minActorConfidence;
        f.training = training;
        change.accept(f);
        return new Decisions(f);
    }

    private static void checkProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], but was: " + value);
        }
    }

    private static <T> T required(T model, String name) {
        if (model == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return model;
    }

    /** The rules alone: every candidate they make is a statement of the kind they give it. */
    public static Decisions rulesOnly() {
        return new Decisions(new Fields());
    }

    /** Candidates from the curated rules and the learned triggers, decided by the statement model. */
    public static Decisions of(List<LearnedTrigger> triggers, LinearModel statementKind) {
        if (triggers == null || statementKind == null) {
            throw new IllegalArgumentException("learned triggers and statement model must not be null; use Decisions.rulesOnly() for none");
        }
        return rulesOnly().with(f -> {
            f.triggers = triggers;
            f.statementKind = statementKind;
            f.minConfidence = DEFAULT_MIN_CONFIDENCE;
            f.minExtraConfidence = DEFAULT_MIN_EXTRA_CONFIDENCE;
        });
    }

    /**
     * Candidates from the curated rules and the learned triggers, as the rules decide them, with
     * every term and guarantee candidate made too: what models are trained on.
     */
    public static Decisions candidatesOf(List<LearnedTrigger> triggers) {
        return rulesOnly().with(f -> {
            f.triggers = triggers;
            f.training = true;
        });
    }

    /**
     * These decisions, which also make every candidate a model could decide on (terms,
     * guarantees, the sides of conditions), whatever models they have: what the models of a
     * later stage are trained on.
     */
    public Decisions forTraining() {
        return with(f -> f.training = true);
    }

    /** Whether these decisions are for training: every candidate is made, whatever models there are. */
    boolean isTraining() {
        return training;
    }

    /** Whether the extractor should make term candidates: for a term model, or for training one. */
    boolean wantsTerms() {
        return termType != null || training;
    }

    /** Whether the extractor should make guarantee candidates: for a guarantee model, or for training one. */
    boolean wantsGuaranteePairs() {
        return guaranteePair != null || training;
    }

    /** Whether a decided statement's condition candidates should be made: for a condition model, or for training one. */
    boolean wantsConditionSides() {
        return conditionSides != null || training;
    }

    /** Whether a decided statement's guarantee candidates should be made: for a guarantee sides model, or for training one. */
    boolean wantsGuaranteeSides() {
        return guaranteeSides != null || training;
    }

    /** These decisions, with guarantees the given pair model finds added to the rules' guarantee reader's. */
    public Decisions guarantees(LinearModel model) {
        required(model, "guarantee model");
        return with(f -> f.guaranteePair = model);
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
        return with(f -> {
            f.minConfidence = minConfidence;
            f.minExtraConfidence = minExtraConfidence;
        });
    }

    /** These decisions, keeping only guarantor and beneficiary pairs the guarantee model gives at least this probability. */
    public Decisions minGuaranteeConfidence(double minGuaranteeConfidence) {
        return with(f -> f.minGuaranteeConfidence = minGuaranteeConfidence);
    }

    /** These decisions, with conditions decided by the given term model instead of the rules' condition reader. */
    public Decisions terms(LinearModel model) {
        required(model, "term model");
        return with(f -> f.termType = model);
    }

    /** These decisions, keeping only terms the term model gives a type with at least this probability. */
    public Decisions minTermConfidence(double minTermConfidence) {
        return with(f -> f.minTermConfidence = minTermConfidence);
    }

    /**
     * These decisions, with the given condition model adding to each statement the conditions
     * (a type and a side) its sentence states and no rule read.
     */
    public Decisions conditions(LinearModel model) {
        required(model, "condition model");
        return with(f -> f.conditionSides = model);
    }

    /**
     * These decisions, with the given model adding to each statement whose sentence names a
     * guarantee cue the guarantors and beneficiaries it names among the statement's sides.
     */
    public Decisions guaranteeSides(LinearModel model) {
        required(model, "guarantee sides model");
        return with(f -> f.guaranteeSides = model);
    }

    /** These decisions, with the given model choosing the side a person speaks for where the article does not say. */
    public Decisions representedSides(LinearModel model) {
        required(model, "represented sides model");
        return with(f -> f.representedSides = model);
    }

    /**
     * These decisions, with the given model telling which of the actors the linker found are the
     * article's diplomatic actors: one that no fact names and the model gives less than
     * {@link #minActorConfidence()} is left out of the article's actors.
     */
    public Decisions actors(LinearModel model) {
        required(model, "actor model");
        return with(f -> f.actors = model);
    }

    /** These decisions, keeping an actor no fact names only where the actor model gives it at least this probability. */
    public Decisions minActorConfidence(double minActorConfidence) {
        return with(f -> f.minActorConfidence = minActorConfidence);
    }

    /** These decisions, adding only guarantors the guarantee sides model gives at least this probability. */
    public Decisions minGuaranteeSidesConfidence(double minGuaranteeSidesConfidence) {
        return with(f -> f.minGuaranteeSidesConfidence = minGuaranteeSidesConfidence);
    }

    /**
     * These decisions, giving a person whose side the article does not say only a side the
     * represented sides model gives at least this probability.
     */
    public Decisions minRepresentedConfidence(double minRepresentedConfidence) {
        return with(f -> f.minRepresentedConfidence = minRepresentedConfidence);
    }

    /** These decisions, adding only conditions the condition model gives at least this probability. */
    public Decisions minConditionConfidence(double minConditionConfidence) {
        return with(f -> f.minConditionConfidence = minConditionConfidence);
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
             InputStream terms = loader.getResourceAsStream(RESOURCE_FOLDER + TERM_MODEL);
             InputStream conditions = loader.getResourceAsStream(RESOURCE_FOLDER + CONDITION_MODEL);
             InputStream guaranteeSides = loader.getResourceAsStream(RESOURCE_FOLDER + GUARANTEE_SIDES_MODEL);
             InputStream represented = loader.getResourceAsStream(RESOURCE_FOLDER + REPRESENTED_SIDES_MODEL);
             InputStream actors = loader.getResourceAsStream(RESOURCE_FOLDER + ACTOR_MODEL)) {
            if (model == null) {
                return rulesOnly();
            }
            List<LearnedTrigger> learned = triggers == null ? List.of()
                    : LearnedTrigger.read(triggers, RESOURCE_FOLDER + LearnedTrigger.FILE);
            Decisions decisions = of(learned, LinearModel.read(model, RESOURCE_FOLDER + STATEMENT_MODEL));
            if (guarantees != null) {
                decisions = decisions.guarantees(LinearModel.read(guarantees, RESOURCE_FOLDER + GUARANTEE_MODEL));
            }
            if (terms != null) {
                decisions = decisions.terms(LinearModel.read(terms, RESOURCE_FOLDER + TERM_MODEL));
            }
            if (guaranteeSides != null) {
                decisions = decisions.guaranteeSides(LinearModel.read(guaranteeSides, RESOURCE_FOLDER + GUARANTEE_SIDES_MODEL));
            }
            if (represented != null) {
                decisions = decisions.representedSides(LinearModel.read(represented, RESOURCE_FOLDER + REPRESENTED_SIDES_MODEL));
            }
            if (actors != null) {
                decisions = decisions.actors(LinearModel.read(actors, RESOURCE_FOLDER + ACTOR_MODEL));
            }
            return conditions == null ? decisions : decisions.conditions(LinearModel.read(conditions, RESOURCE_FOLDER + CONDITION_MODEL));
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

    /** The least probability a pair of a type and a side needs to become a condition. */
    public double minConditionConfidence() {
        return minConditionConfidence;
    }

    /** The condition model, if there is one. */
    public Optional<LinearModel> conditionModel() {
        return Optional.ofNullable(conditionSides);
    }

    /** The condition model's weights as the condition candidates read them, made on first use; null without a model. */
    ConditionWeights conditionWeights() {
        ConditionWeights weights = conditionWeights;
        if (weights == null && conditionSides != null) {
            // the workers meet here at their first articles; one of them makes the weights
            synchronized (this) {
                weights = conditionWeights;
                if (weights == null) {
                    weights = ConditionWeights.of(conditionSides);
                    conditionWeights = weights;
                }
            }
        }
        return weights;
    }

    /** The least probability a pair of a statement's sides needs to become guarantor and beneficiary. */
    public double minGuaranteeSidesConfidence() {
        return minGuaranteeSidesConfidence;
    }

    /** The least probability of the side a person is given where the article does not say it. */
    public double minRepresentedConfidence() {
        return minRepresentedConfidence;
    }

    /** The guarantee sides model, if there is one. */
    public Optional<LinearModel> guaranteeSidesModel() {
        return Optional.ofNullable(guaranteeSides);
    }

    /** The model choosing the side a person speaks for, if there is one. */
    public Optional<LinearModel> representedSidesModel() {
        return Optional.ofNullable(representedSides);
    }

    /** The least probability an actor no fact names needs to stay among the article's actors. */
    public double minActorConfidence() {
        return minActorConfidence;
    }

    /** The model telling the article's diplomatic actors from the others it names, if there is one. */
    public Optional<LinearModel> actorModel() {
        return Optional.ofNullable(actors);
    }

    /** The guarantee model, if there is one. */
    public Optional<LinearModel> guaranteeModel() {
        return Optional.ofNullable(guaranteePair);
    }
}
