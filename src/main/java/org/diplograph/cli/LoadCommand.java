package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.diplograph.load.GspTarget;
import org.diplograph.load.LoadException;
import org.diplograph.load.LoadReport;
import org.diplograph.load.Rdf4jTarget;
import org.diplograph.load.Source;
import org.diplograph.load.Target;
import org.diplograph.load.Tdb2Target;
import org.diplograph.store.StoreException;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code load FILE... [--loc=DIR | --endpoint=URL | --rdf4j=URL | --rdf4j-native=DIR]}: loads
 * N-Quads or TriG files (gzipped or not; a folder stands for the quad files in it), such as
 * {@code export --output=nq} or the Spark job write, into a store. Every file is read through
 * first; a file that does not parse is reported and left out whole, the rest go on. A named graph
 * that the store holds already is replaced, as {@code build} replaces an article's graph.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads N-Quads or TriG files (.nq, .trig, optionally .gz; folders of them) into the TDB2 store "
                + "with Jena's parallel bulk loader, into any SPARQL 1.1 store through the Graph Store Protocol, "
                + "or into an RDF4J repository. A named graph the store holds already is replaced."})
public final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Quad files, or folders of them.")
    List<Path> inputs;

    @ArgGroup(exclusive = true)
    Where where = new Where();

    /** Where the quads go: one of these, the TDB2 folder by default. */
    static final class Where {
        @Option(names = "--loc", paramLabel = "DIR", description = "Folder of the TDB2 store (default: data).")
        Path location;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "Graph Store Protocol endpoint of a SPARQL 1.1 store (Fuseki: http://HOST:3030/DATASET/data); one PUT per named graph.")
        String endpoint;

        @Option(names = "--rdf4j", paramLabel = "URL",
                description = "RDF4J repository URL (http://HOST:8080/rdf4j-server/repositories/ID); one context per named graph.")
        String rdf4j;

        @Option(names = "--rdf4j-native", paramLabel = "DIR", description = "RDF4J NativeStore folder; one context per named graph.")
        Path rdf4jNative;
    }

    @Option(names = "--per-graph", description = "TDB2: one transaction per named graph instead of the bulk loader (slower; each graph whole or as it was).")
    boolean perGraph;

    @Option(names = "--user", paramLabel = "NAME", description = "User name for --endpoint or --rdf4j.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Password for --user (default: the environment variable DIPLOGRAPH_PASSWORD).")
    String password;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token for --endpoint (default: the environment variable DIPLOGRAPH_TOKEN).")
    String token;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Seconds to wait for a connection to --endpoint (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--progress", description = "Print the TDB2 bulk loader's progress lines.")
    boolean progress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkOptions();
        List<String> rejected = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Path file : files(rejected)) {
            try {
                sources.add(Source.check(file));
            } catch (LoadException e) {
                rejected.add(e.getMessage());
            }
        }
        long started = System.nanoTime();
        LoadReport report = new LoadReport();
        String target = null;
        String stopped = null;
        try (Target opened = open(err)) {
            target = opened.describe();
            opened.load(sources, report);
        } catch (LoadException | StoreException e) {
            stopped = e.getMessage();
        }
        rejected.addAll(report.failures());
        double seconds = (System.nanoTime() - started) / 1e9;
        if (target != null) {
            out.printf(Locale.ROOT, "loaded %d graphs, %d quads from %d files into %s in %.1f s (%.0f quads/s)%n",
                    report.graphs(), report.quads(), sources.size(), target, seconds,
                    seconds > 0 ? report.quads() / seconds : 0.0);
        }
        if (stopped != null) {
            out.printf(Locale.ROOT, "stopped: %s%n", stopped);
        }
        if (!rejected.isEmpty()) {
            out.printf(Locale.ROOT, "rejected %d:%n", rejected.size());
            rejected.forEach(reason -> out.println("  " + reason));
        }
        out.flush();
        return rejected.isEmpty() && stopped == null ? 0 : 1;
    }

    private void checkOptions() {
        boolean remote = where.endpoint != null || where.rdf4j != null;
        if (!remote && (user != null || password != null || token != null)) {
            throw new ParameterException(spec.commandLine(), "--user, --password and --token go with --endpoint or --rdf4j");
        }
        if (perGraph && (where.endpoint != null || where.rdf4j != null || where.rdf4jNative != null)) {
            throw new ParameterException(spec.commandLine(), "--per-graph is for the TDB2 store (--loc); the other stores load per graph anyway");
        }
        if (token != null && user != null) {
            throw new ParameterException(spec.commandLine(), "give either --user/--password or --token, not both");
        }
        if (token != null && where.rdf4j != null) {
            throw new ParameterException(spec.commandLine(), "--token is for --endpoint; an RDF4J repository takes --user/--password");
        }
        if (password != null && user == null) {
            throw new ParameterException(spec.commandLine(), "--password needs --user");
        }
        if (timeout < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second, but was: " + timeout);
        }
    }

    private Target open(PrintWriter err) {
        String pass = password != null ? password : user != null ? System.getenv("DIPLOGRAPH_PASSWORD") : null;
        if (where.endpoint != null) {
            String bearer = token != null ? token : user == null ? System.getenv("DIPLOGRAPH_TOKEN") : null;
            return new GspTarget(where.endpoint, user, pass, bearer, Duration.ofSeconds(timeout));
        }
        if (where.rdf4j != null) {
            return Rdf4jTarget.http(where.rdf4j, user, pass);
        }
        if (where.rdf4jNative != null) {
            return Rdf4jTarget.nativeStore(where.rdf4jNative);
        }
        Path location = where.location != null ? where.location : Path.of("data");
        return new Tdb2Target(location, perGraph ? Tdb2Target.Mode.PER_GRAPH : Tdb2Target.Mode.BULK,
                progress ? line -> {
                    err.println(line);
                    err.flush();
                } : null);
    }

    /** The files named, with the quad files of each folder named, in name order. */
    private List<Path> files(List<String> rejected) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> listing = Files.list(input)) {
                List<Path> found = listing.filter(Files::isRegularFile).filter(LoadCommand::isQuadFile).sorted().toList();
                if (found.isEmpty()) {
                    rejected.add(input + ": no quad files (" + Source.EXTENSIONS + ") in this folder");
                }
                files.addAll(found);
            } catch (IOException e) {
                rejected.add(input + ": cannot list the folder: " + e.getMessage());
            }
        }
        return files;
    }

    /** A quad file by its name; hidden files ({@code .x}, and {@code _x} as Spark and Hadoop write them) are not. */
    private static boolean isQuadFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("_")) {
            return false;
        }
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".nq") || name.endsWith(".nquads") || name.endsWith(".trig");
    }
}
