package org.diplograph.cli;

import org.diplograph.OrderedWork;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --threads} option of {@code build} and {@code bench}. */
final class Threads {

    /** More workers than this gain nothing and hold that many articles' annotations at once. */
    static final int MAX = 64;

    private Threads() {
    }

    /** The default: one worker a core. */
    static int cores() {
        return OrderedWork.cores();
    }

    static void check(CommandSpec spec, int threads) {
        if (threads < 1 || threads > MAX) {
            throw new ParameterException(spec.commandLine(),
                    "--threads must be from 1 to " + MAX + ", but was: " + threads);
        }
    }
}
