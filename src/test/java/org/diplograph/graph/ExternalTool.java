package org.diplograph.graph;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A program of the machine that a test runs: Graphviz's {@code dot}, a Python with networkx, or
 * Node.js and npm. .ci/run installs those missing; on CI (CI=true)
 * a missing one fails the test, elsewhere it skips it and says which Debian package to install.
 */
record ExternalTool(List<String> command) {

    /** What a run printed, and how it ended. */
    record Result(int exitCode, String out, String err) {
    }

    /** Graphviz's {@code dot}. */
    static ExternalTool dot() {
        return find("graphviz", List.of(List.of("dot")), List.of("-V"));
    }

    /** Node.js, which the machine comes with. */
    static ExternalTool node() {
        return find("nodejs", List.of(List.of("node")), List.of("--version"));
    }

    /** npm, which comes with Node.js. */
    static ExternalTool npm() {
        return find("npm", List.of(List.of("npm")), List.of("--version"));
    }

    /** A Python 3 that imports networkx: the Debian one first, then the one on the PATH. */
    static ExternalTool networkx() {
        return find("python3-networkx", List.of(List.of("/usr/bin/python3"), List.of("python3")),
                List.of("-c", "import networkx"));
    }

    private static ExternalTool find(String debianPackage, List<List<String>> candidates, List<String> probe) {
        for (List<String> candidate : candidates) {
            ExternalTool tool = new ExternalTool(candidate);
            if (tool.tryRun(probe, Optional.empty()).map(r -> r.exitCode() == 0).orElse(false)) {
                return tool;
            }
        }
        String message = "none of " + candidates + " works (" + String.join(" ", probe)
                + "); install the Debian package " + debianPackage;
        if ("true".equals(System.getenv("CI"))) {
            fail(message + ": .ci/run should have");
        }
        Assumptions.abort(message + " to run this check");
        throw new AssertionError("not reached");
    }

    /** Runs the tool with {@code args}, writing {@code input} to its standard input. */
    Result run(List<String> args, String input) {
        return tryRun(args, Optional.of(input)).orElseThrow(() -> new AssertionError("cannot start " + command));
    }

    private Optional<Result> tryRun(List<String> args, Optional<String> input) {
        List<String> full = new ArrayList<>(command);
        full.addAll(args);
        try {
            Path out = Files.createTempFile("tool", ".out");
            Path err = Files.createTempFile("tool", ".err");
            try {
                Process process = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                try (var stdin = process.getOutputStream()) {
                    if (input.isPresent()) {
                        stdin.write(input.get().getBytes(StandardCharsets.UTF_8));
                    }
                }
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(full + " did not end within 120 s");
                }
                return Optional.of(new Result(process.exitValue(), Files.readString(out), Files.readString(err)));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + full, e);
        }
    }
}
