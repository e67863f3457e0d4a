package org.diplograph.cli;

import org.diplograph.Pipeline;
import org.diplograph.extract.Decisions;
import org.diplograph.train.ModelSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that choose how the extractor's candidates are decided, shared by build, extract and eval. */
final class DecisionOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--min-confidence", paramLabel = "P",
            description = "Keep only statements whose kind the model gives at least probability P, in [0, 1] (default: "
                    + Decisions.DEFAULT_MIN_CONFIDENCE + ", chosen by cross-validation on the training corpus).")
    Double minConfidence;

    @Option(names = "--rules-only", description = "Decide with the curated rules alone, without the learned triggers and models.")
    boolean rulesOnly;

    @Option(names = "--cascade", negatable = true, defaultValue = "" + Pipeline.DEFAULT_CASCADE, fallbackValue = "true",
            description = "Parse only the sentences the extraction rules or the linker can read a parse of (default: ${DEFAULT-VALUE});"
                    + " --no-cascade parses every sentence.")
    boolean cascade = Pipeline.DEFAULT_CASCADE;

    /** The pipeline builder with these choices applied; an invalid value is a usage error naming it. */
    Pipeline.Builder apply(Pipeline.Builder builder) {
        builder.cascade(cascade);
        if (rulesOnly) {
            if (minConfidence != null) {
                throw new ParameterException(spec.commandLine(), "--min-confidence needs the models, so it cannot go with --rules-only");
            }
            builder.decisions(Decisions.rulesOnly());
        }
        if (minConfidence != null) {
            try {
                builder.minConfidence(minConfidence);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--min-confidence: " + e.getMessage());
            }
        }
        return builder;
    }

    /**
     * The settings a cross-validation decides with, these choices applied: each fold's models are
     * trained there, so deciding by the rules alone has nothing to cross-validate, and training
     * parses every sentence, so the cascade has none to skip (it changes no fact either way).
     */
    ModelSettings apply(ModelSettings settings) {
        if (rulesOnly) {
            throw new ParameterException(spec.commandLine(), "--rules-only decides without models, so it cannot go with --cross-validate");
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--cascade")) {
            throw new ParameterException(spec.commandLine(),
                    "--cascade and --no-cascade cannot go with --cross-validate: training reads the parse of every sentence");
        }
        if (minConfidence == null) {
            return settings;
        }
        try {
            return settings.thresholds(minConfidence, settings.minExtraConfidence(), settings.minTermConfidence(),
                    settings.minGuaranteeConfidence());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--min-confidence: " + e.getMessage());
        }
    }
}
