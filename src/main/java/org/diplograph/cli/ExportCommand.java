package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.diplograph.store.Store;
import org.diplograph.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export [--loc=DIR] [--output=nq|trig|ttl|jsonld] [FILE]}: writes the store to FILE, or to
 * standard output without one. N-Quads and TriG keep one named graph per article; Turtle and
 * JSON-LD hold the union of the articles. Without {@code --output} the format follows FILE's
 * extension, else N-Quads.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store as N-Quads, TriG, Turtle or JSON-LD.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreLocation store;

    @Option(names = "--output", paramLabel = "FORMAT",
            description = "nq, trig, ttl or jsonld (default: from FILE's extension, else nq).")
    String output;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "File to write; standard output without it.")
    Path file;

    @Override
    public Integer call() {
        Lang lang = chooseLang();
        PrintWriter err = spec.commandLine().getErr();
        try (Store opened = store.open()) {
            if (file == null) {
                try (OutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
                    opened.export(out, lang);
                }
            } else {
                writeFile(opened, lang);
                Store.Stats stats = opened.stats();
                spec.commandLine().getOut().printf("wrote %d graphs, %d triples as %s to %s%n",
                        stats.graphs(), stats.triples(), lang.getLabel(), file);
                spec.commandLine().getOut().flush();
            }
            return 0;
        } catch (StoreException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("cannot write " + (file == null ? "the export" : file) + ": " + e.getMessage());
            return 1;
        }
    }

    /** Writes beside FILE first, so that a failed export leaves no half-written FILE. */
    private void writeFile(Store opened, Lang lang) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                opened.export(out, lang);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private Lang chooseLang() {
        if (output != null) {
            return Formats.find(output).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--output must be one of " + Formats.NAMES + ", but was: " + output));
        }
        if (file != null) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot >= 0) {
                Optional<Lang> lang = Formats.find(name.substring(dot + 1));
                if (lang.isPresent()) {
                    return lang.get();
                }
            }
        }
        return Lang.NQUADS;
    }
}
