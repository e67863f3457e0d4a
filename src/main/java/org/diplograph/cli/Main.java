package org.diplograph.cli;

import org.diplograph.link.gazetteer.GazetteerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diplograph} command line. */
@Command(name = "diplograph", mixinStandardHelpOptions = true, version = "diplograph 0.1.0",
        description = "Turns diplomacy news into a knowledge graph of proposals, demands, offers, rejections and acceptances, with their conditions, security guarantees and evidence.",
        subcommands = {DemoCommand.class, BuildCommand.class, BenchCommand.class, GazetteerCommand.class, ServeCommand.class, QueryCommand.class, ExtractCommand.class, ExportCommand.class, LoadCommand.class, EvalCommand.class, TrainCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with every subcommand, as tests and {@link #main} use it. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("diplograph " + line.getCommandName() + ": " + exception.getMessage());
            line.getErr().flush();
            return 1;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
