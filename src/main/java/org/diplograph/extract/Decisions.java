package org.diplograph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.diplograph.extract.model.LinearModel;

/**
 * The learned layer of the extractor: the models that decide which candidate acts are
 * statements and of which kind. Without a model the rules' own kinds stand.
 * Immutable and thread-safe.
 */
public final class Decisions {

    /** Where the models trained by {@code diplograph train} live, in the jar and in the source tree. */
    public static final String RESOURCE_FOLDER = "org/diplograph/extract/models/";
    /** The file name of the statement model. */
    public static final String STATEMENT_MODEL = "statement-kind.tsv";
    /** The label of a candidate that is no statement. */
    public static final String NONE = "None";

    private static volatile Decisions bundled;

    /**
     * The least probability of its kind a candidate needs to become a statement, chosen by
     * cross-validation over the training corpus for the best F1.
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.3;

    private final List<LearnedTrigger> triggers;
    private final LinearModel statementKind;
    private final double minConfidence;

    private Decisions(List<LearnedTrigger> triggers, LinearModel statementKind, double minConfidence) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be in [0, 1], but was: " + minConfidence);
        }
        this.triggers = List.copyOf(triggers);
        this.statementKind = statementKind;
        this.minConfidence = minConfidence;
    }

    /** The rules alone: every candidate they make is a statement of the kind they give it. */
    public static Decisions rulesOnly() {
        return new Decisions(List.of(), null, 0);
    }

    /** Candidates from the curated rules and the learned triggers, decided by the statement model. */
    public static Decisions of(List<LearnedTrigger> triggers, LinearModel statementKind) {
        if (triggers == null || statementKind == null) {
            throw new IllegalArgumentException("learned triggers and statement model must not be null; use Decisions.rulesOnly() for none");
        }
        return new Decisions(triggers, statementKind, DEFAULT_MIN_CONFIDENCE);
    }

    /** Candidates from the curated rules and the learned triggers, as the rules decide them: what a model is trained on. */
    public static Decisions candidatesOf(List<LearnedTrigger> triggers) {
        return new Decisions(triggers, null, 0);
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
        String modelResource = RESOURCE_FOLDER + STATEMENT_MODEL;
        String triggerResource = RESOURCE_FOLDER + LearnedTrigger.FILE;
        ClassLoader loader = Decisions.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(modelResource);
             InputStream triggers = loader.getResourceAsStream(triggerResource)) {
            if (model == null) {
                return rulesOnly();
            }
            List<LearnedTrigger> learned = triggers == null ? List.of() : LearnedTrigger.read(triggers, triggerResource);
            return new Decisions(learned, LinearModel.read(model, modelResource), DEFAULT_MIN_CONFIDENCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled models", e);
        }
    }

    /** The triggers learned from the corpus, which add candidates to the curated rules'. */
    public List<LearnedTrigger> triggers() {
        return triggers;
    }

    /** These decisions, keeping only statements whose kind the model gives at least this probability. */
    public Decisions minConfidence(double minConfidence) {
        return new Decisions(triggers, statementKind, minConfidence);
    }

    /** The least probability of its kind a candidate needs to become a statement. */
    public double minConfidence() {
        return minConfidence;
    }

    /** The statement model, if there is one. */
    public Optional<LinearModel> statementKind() {
        return Optional.ofNullable(statementKind);
    }
}
