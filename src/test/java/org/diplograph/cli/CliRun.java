package org.diplograph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.diplograph.store.Fixtures;
import org.diplograph.store.Store;

import picocli.CommandLine;

/** One run of a command through picocli, with what it printed. */
record CliRun(int code, String out, String err) {

    static CliRun run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
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
