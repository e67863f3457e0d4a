package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplograph.Pipeline;
import org.diplograph.eval.Evaluation;
import org.diplograph.eval.PloverBenchmark;
import org.diplograph.eval.PloverResult;
import org.diplograph.train.Corpus;
import org.diplograph.train.CrossValidation;
import org.diplograph.train.Dealings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eval GOLD_DIR} scores extraction against gold files; {@code eval --plover [FILE]} runs the PLOVER benchmark. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the extractor against a folder of articles with .gold.json files: precision, recall and F1 per kind, then each article's missing and unexpected facts.",
                "What is scored is what build would load: an article whose graph fails validation counts as nothing found, and its reasons are printed under it.",
                "With --plover, run the external PLOVER benchmark instead: typing and source-actor accuracy on the coded sentences of a PLOVER gold-standard file."})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "GOLD_DIR", description = "Folder of NAME.txt articles beside NAME.gold.json files.")
    private Path folder;

    @Mixin
    DecisionOptions decisionOptions = new DecisionOptions();

    @Mixin
    TrainingOptions training = new TrainingOptions();

    @Option(names = "--plover", arity = "0..1", paramLabel = "FILE", fallbackValue = PloverBenchmark.DEFAULT_FILE,
            description = "Run the PLOVER benchmark on FILE, a JSON array of PLOVER records (default: ${FALLBACK-VALUE}).")
    private Path plover;

    @Option(names = "--cross-validate", paramLabel = "K",
            description = "Score GOLD_DIR by K-fold cross-validation: each fold (whole blocks of article numbers) decided by models trained on the others.")
    private Integer folds;

    @Option(names = "--repeat", paramLabel = "R",
            description = "With --cross-validate, cross-validate R times, the blocks dealt to the folds in another order each time (the first in"
                    + " their numbers' order, the others shuffled with fixed seeds), and print the counts pooled over all R, each one's F1 and"
                    + " their spread (default: 1).")
    private Integer repeat;

    @Option(names = "--training-folds", paramLabel = "T",
            description = "With --cross-validate=K, decide each fold by models that learned from only the T folds after it (1 to K-1;"
                    + " default K-1, all the others): run with 1, 2, ... K-1, the figures show how the extractor gains from a larger corpus.")
    private Integer trainingFolds;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    @Option(names = "--by-rule", description = "Also print, for each rule that proposed facts (dip:extractedBy), how many of its"
            + " facts of each kind matched a gold fact: what each rule does across the set (the JSON always holds it).")
    private boolean byRule;

    @Override
    public Integer call() {
        if (plover != null && folder != null) {
            throw new ParameterException(spec.commandLine(), "give GOLD_DIR or --plover, not both");
        }
        if (plover == null && folder == null) {
            throw new ParameterException(spec.commandLine(), "eval needs GOLD_DIR, or --plover for the PLOVER benchmark");
        }
        if (repeat != null && folds == null) {
            throw new ParameterException(spec.commandLine(), "--repeat repeats a cross-validation, so it needs --cross-validate");
        }
        if (trainingFolds != null && folds == null) {
            throw new ParameterException(spec.commandLine(), "--training-folds sizes a cross-validation's training, so it needs --cross-validate");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (plover != null) {
            PloverResult result = PloverBenchmark.create().file(plover).pipeline(Pipeline.create().build()).build().run();
            if (json) {
                out.println(result.toJson());
            } else {
                result.print(out);
            }
        } else if (folds != null) {
            if (folds < 2) {
                throw new ParameterException(spec.commandLine(), "--cross-validate needs at least 2 folds, but was: " + folds);
            }
            if (repeat != null && repeat < 1) {
                throw new ParameterException(spec.commandLine(), "--repeat must be at least 1, but was: " + repeat);
            }
            if (trainingFolds != null && (trainingFolds < 1 || trainingFolds > folds - 1)) {
                throw new ParameterException(spec.commandLine(), "--training-folds must be from 1 to " + (folds - 1) + " with "
                        + folds + " folds, but was: " + trainingFolds);
            }
            Dealings dealings = CrossValidation.run(Corpus.read(folder, name -> { }), folds, repeat == null ? 1 : repeat,
                    trainingFolds == null ? folds - 1 : trainingFolds, decisionOptions.apply(training.settings()));
            if (json) {
                out.println(dealings.toJson());
            } else {
                dealings.print(out, byRule);
            }
        } else {
            Evaluation evaluation = Evaluation.run(folder, decisionOptions.apply(Pipeline.create()).build());
            if (json) {
                out.println(evaluation.toJson());
            } else {
                evaluation.print(out, byRule);
            }
        }
        out.flush();
        return 0;
    }
}
