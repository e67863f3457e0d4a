package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplograph.serve.Server;
import org.diplograph.serve.ServerException;
import org.diplograph.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code demo [--examples=DIR] [--loc=DIR] [--no-serve]} and the options of {@code serve}: builds the example
 * articles into a store, as {@code build} does, then serves it, as {@code serve} does, and says
 * where to look and what to ask.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Build the example articles into a store and serve it: the query UI, the graph view and the SPARQL endpoint, with a query to try.")
public final class DemoCommand implements Callable<Integer> {

    /** The query the demo suggests: who proposed which guarantors for whose security. */
    static final String EXAMPLE_QUERY = "PREFIX dip: <https://w3id.org/diplograph/ns#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?agent ?guarantor ?beneficiary WHERE { "
            + "?statement dip:agent/rdfs:label ?agent ; dip:hasGuarantee ?guarantee . "
            + "?guarantee dip:guarantor/rdfs:label ?guarantor ; dip:beneficiary/rdfs:label ?beneficiary }";

    @Spec
    private CommandSpec spec;

    @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples",
            description = "Folder of example articles (default: ${DEFAULT-VALUE}).")
    private Path examples;

    @Option(names = "--loc", paramLabel = "DIR", defaultValue = "data",
            description = "Folder of the TDB2 store (default: ${DEFAULT-VALUE}).")
    private Path location;

    @Mixin
    private ServeOptions serving;

    @Option(names = "--seed", paramLabel = "FILE", defaultValue = "../shared/eval/dev/000_lavrov-terms.txt",
            description = "The article the project was started from, built beside the examples when the file is there (default: ${DEFAULT-VALUE}).")
    private Path seed;

    @Option(names = "--no-serve", description = "Build the store and stop, without serving it.")
    private boolean noServe;

    private volatile Server running;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(examples)) {
            throw new ParameterException(spec.commandLine(), String.format(
                    "no folder of examples at %s: run from the project folder, or give the folder with --examples=DIR", examples));
        }
        // checked before the build, which takes a while, rather than after it
        Server.Builder configured = serving.builder(spec.commandLine());
        CommandLine build = new CommandLine(new BuildCommand());
        build.setOut(out);
        build.setErr(err);
        List<String> arguments = new ArrayList<>(List.of(examples.toString()));
        if (Files.isRegularFile(seed)) {
            arguments.add(seed.toString());
        }
        arguments.add("--loc=" + location);
        int built = build.execute(arguments.toArray(String[]::new));
        if (built != 0) {
            err.printf("the examples in %s did not all build, so the store is not served%n", examples);
            err.flush();
            return built;
        }
        if (noServe) {
            return 0;
        }
        Server server;
        try {
            server = configured.location(location).build().start();
        } catch (StoreException | ServerException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
        running = server;
        Thread stopOnExit = new Thread(server::stop, "diplograph-demo-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        printWhereToLook(out, server);
        server.join();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already and stops the server
        }
        return 0;
    }

    private void printWhereToLook(PrintWriter out, Server server) {
        out.printf("Serving the store at %s%n", location);
        out.printf("Graph view:      %s%n", server.url());
        out.printf("Query UI:        %s%n", server.queryUiUrl());
        out.printf("SPARQL endpoint: %s%n", server.sparqlUrl());
        out.printf("Bounds:          %s%n", server.bounds());
        out.println("Who proposed which guarantors for whose security:");
        out.printf("  curl -s %s -H 'Accept: text/csv' --data-urlencode 'query=%s'%n", server.sparqlUrl(), EXAMPLE_QUERY);
        out.println("Stop with Ctrl-C.");
        out.flush();
    }

    /** Stops a server started by {@link #call()}, which then returns; for embedding and tests. */
    void stop() {
        Server server = running;
        if (server != null) {
            server.stop();
        }
    }
}
