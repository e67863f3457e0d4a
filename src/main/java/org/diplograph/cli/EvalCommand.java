package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.diplograph.Pipeline;
import org.diplograph.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eval GOLD_DIR}: scores extraction against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the extractor against a folder of articles with .gold.json files: precision, recall and F1 per kind, then each article's missing and unexpected facts.")
public final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of NAME.txt articles beside NAME.gold.json files.")
    private Path folder;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Evaluation evaluation = Evaluation.run(folder, Pipeline.create().build());
        if (json) {
            out.println(evaluation.toJson());
        } else {
            evaluation.print(out);
        }
        out.flush();
        return 0;
    }
}
