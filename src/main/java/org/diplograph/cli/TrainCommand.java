package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplograph.train.Corpus;
import org.diplograph.train.Training;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code train [GOLD_DIR] [--output=DIR]}: rebuilds the extractor's models from a gold corpus. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the extractor's models on a folder of articles with .gold.json files and write them where the build finds them.")
public final class TrainCommand implements Callable<Integer> {

    static final String DEFAULT_CORPUS = "../shared/eval/train";
    static final String DEFAULT_OUTPUT = "src/main/resources/org/diplograph/extract/models";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "GOLD_DIR", defaultValue = DEFAULT_CORPUS,
            description = "Folder of NAME.txt articles beside NAME.gold.json files (default: ${DEFAULT-VALUE}). Never the dev set.")
    private Path folder;

    @Mixin
    TrainingOptions training = new TrainingOptions();

    @Option(names = "--output", paramLabel = "DIR", defaultValue = DEFAULT_OUTPUT,
            description = "Folder the model files are written to (default: ${DEFAULT-VALUE}, which the next jar build ships).")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Corpus corpus = Corpus.read(folder, name -> { });
        Training.Report report = Training.run(corpus, training.settings(), output);
        out.printf(Locale.ROOT, "learned triggers: %d%nstatement model: %d candidates %s, training accuracy %.3f%nwritten to %s%n",
                report.triggers(), report.examples(), report.labels(), report.trainingAccuracy(), report.folder());
        out.flush();
        return 0;
    }
}
