package org.diplograph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;

import org.diplograph.store.Fixtures;
import org.diplograph.store.Store;

import picocli.CommandLine;

/** One run of a command through picocli, with what it printed. */
public record CliRun(int code, String out, String err) {

    /** The command alone. */
    public static CliRun run(Object command, String... args) {
        return run(new CommandLine(command), args);
    }

    /** Through the whole command line ({@code diplograph COMMAND ...}), whose handler turns an exception into its message. */
    public static CliRun viaMain(String... args) {
        return run(Main.commandLine(), args);
    }

    private static CliRun run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The N-Quads of the store at {@code location}, as the store exports them. */
    public static String nquads(Path location) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Store store = Store.connect(location)) {
            store.export(bytes, Lang.NQUADS);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A store at {@code location} holding the fixture articles, closed again. */
    static Path fixtureStore(Path location) {
        try (Store store = Store.connect(location)) {
            Fixtures.load(store);
        }
        return location;
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
}
