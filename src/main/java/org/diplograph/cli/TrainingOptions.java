package org.diplograph.cli;

import org.diplograph.train.ModelSettings;
import picocli.CommandLine.Option;

/** The options that choose which learned parts are trained, shared by train and eval --cross-validate. */
final class TrainingOptions {

    @Option(names = "--embeddings", description = "Let the statement model also read a sentence embedding (all-MiniLM-L6-v2) of each candidate.")
    boolean embeddings;

    @Option(names = "--term-model", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Train a term model that adds conditions where the rules' condition reader found none (default: on; --no-term-model leaves it out).")
    boolean termModel;

    @Option(names = "--guarantee-model", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Train a pair model that adds the guarantors and beneficiaries it finds to the rules' guarantee reader's (default: on; --no-guarantee-model leaves it out).")
    boolean guaranteeModel;

    @Option(names = "--condition-model", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Train a condition model that adds to each statement the condition types and sides its sentence binds (default: on; --no-condition-model leaves it out).")
    boolean conditionModel;

    @Option(names = "--guarantee-sides-model", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Train a model that adds to each statement whose sentence speaks of a guarantee the guarantors and beneficiaries among its sides (default: on; --no-guarantee-sides-model leaves it out).")
    boolean guaranteeSides;

    ModelSettings settings() {
        return ModelSettings.DEFAULT.models(embeddings, termModel, guaranteeModel, conditionModel, guaranteeSides);
    }
}
