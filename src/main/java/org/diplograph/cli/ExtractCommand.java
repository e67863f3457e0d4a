package org.diplograph.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplograph.Pipeline;
import org.diplograph.ingest.Ingest;
import org.diplograph.ingest.IngestResult;
import org.diplograph.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract FILE [--output=trig|nq|ttl|jsonld]}: one article's RDF to standard output, no store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract one article and print its graph; nothing is stored. Validation problems are printed to standard error.")
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "An article (.txt, .html) or a .jsonl file of one article.")
    private Path file;

    @Mixin
    DecisionOptions decisionOptions = new DecisionOptions();

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig, nq, ttl or jsonld (default: ${DEFAULT-VALUE}).")
    private String output;

    @Option(names = "--same-as", description = "Also link actors to Wikidata with owl:sameAs.")
    private boolean sameAs;

    @Override
    public Integer call() {
        Lang lang = Formats.lang(output);
        IngestResult read = Ingest.readFile(file);
        PrintWriter err = spec.commandLine().getErr();
        if (!read.errors().isEmpty()) {
            read.errors().forEach(e -> err.println(e.message()));
            err.flush();
            return 1;
        }
        if (read.articles().size() != 1) {
            err.println(file + ": holds " + read.articles().size() + " articles; extract takes one, build takes many");
            err.flush();
            return 1;
        }
        Pipeline.Result result = decisionOptions.apply(Pipeline.create()).sameAs(sameAs).build().process(read.articles().get(0));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (lang == Lang.TURTLE || lang == Lang.JSONLD) {
            RDFDataMgr.write(bytes, result.graph().graph(), lang);
        } else {
            DatasetGraph dataset = DatasetFactory.createTxnMem().asDatasetGraph();
            dataset.addGraph(result.graph().name(), result.graph().graph());
            dataset.prefixes().putAll(result.graph().graph().getPrefixMapping().getNsPrefixMap());
            RDFDataMgr.write(bytes, dataset, lang);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        for (Violation violation : result.report().violations()) {
            err.println(file + ": " + violation.failure());
        }
        err.flush();
        return result.valid() ? 0 : 1;
    }
}
