package org.diplograph.link.gazetteer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gazetteer}: regenerates the bundled gazetteer's TSV files from their sources. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Regenerate the gazetteer TSV files from country-coder, the PETRARCH2 dictionaries and the curated tables.")
public final class GazetteerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--sources", defaultValue = "../shared/sources", paramLabel = "DIR",
            description = "Folder holding country-coder/ and petrarch2-dictionaries/ (default: ${DEFAULT-VALUE}).")
    private Path sources;

    @Option(names = "--curated", defaultValue = "gazetteer/curated", paramLabel = "DIR",
            description = "Folder of hand-curated tables (default: ${DEFAULT-VALUE}).")
    private Path curated;

    @Option(names = "--output", defaultValue = "src/main/resources/org/diplograph/link", paramLabel = "DIR",
            description = "Folder the TSV files are written to (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--verbose", description = "List every source line that could not be used.")
    private boolean verbose;

    @Override
    public Integer call() throws Exception {
        GazetteerDeriver.Derivation derivation = GazetteerDeriver.create().sources(sources).curated(curated).build().derive();
        derivation.writeTo(output);
        PrintWriter out = spec.commandLine().getOut();
        for (Map.Entry<String, String> file : derivation.files().entrySet()) {
            long rows = file.getValue().lines().filter(l -> !l.startsWith("#")).count() - 1;
            out.printf("%s: %d rows%n", output.resolve(file.getKey()), rows);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (verbose) {
            derivation.warnings().forEach(err::println);
        }
        err.printf("%d source lines skipped%s%n", derivation.warnings().size(), verbose ? "" : " (--verbose lists them)");
        out.flush();
        err.flush();
        return 0;
    }
}
