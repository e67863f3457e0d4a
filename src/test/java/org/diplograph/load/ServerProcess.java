package org.diplograph.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server that a load test runs in a JVM of its own, over loopback: its main class takes the file
 * to write its port to as its last argument, writes it there once it listens ({@link #announce})
 * and stops when its standard input closes ({@link #serveUntilInputCloses}), so that it also ends
 * when the test's JVM ends, however that ends. Its output goes to {@code server.log} in the test's
 * folder, whose end a failure message shows.
 */
final class ServerProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final Path portFile;
    private final Thread reaper;

    private ServerProcess(String name, Process process, Path log, Path portFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.portFile = portFile;
        this.reaper = new Thread(process::destroyForcibly, name + " reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * Starts {@code main} with {@code jvmOptions}, {@code classpath} and {@code args}, then the port
     * file in {@code dir}; returns without waiting for it to listen ({@link #awaitPort}).
     */
    static ServerProcess launch(String name, Path dir, List<String> jvmOptions, String classpath, Class<?> main,
            String... args) throws IOException {
        Path portFile = dir.resolve("port");
        Path log = dir.resolve("server.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, main.getName()));
        command.addAll(List.of(args));
        command.add(portFile.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ServerProcess(name, process, log, portFile);
    }

    /** The port the server listens on, once it has written it before {@code deadline} ({@link System#nanoTime}). */
    int awaitPort(long deadline) throws IOException, InterruptedException {
        while (!Files.exists(portFile) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(portFile), () -> name + " did not start (" + (process.isAlive()
                ? "still starting" : "exit " + process.exitValue()) + "): " + log());
        return Integer.parseInt(Files.readString(portFile).trim());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines the server wrote. */
    String log() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Closes the server's standard input, and ends it harder where it does not stop on that. */
    @Override
    public void close() throws InterruptedException, IOException {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    /** In the server's JVM: writes the port to the file of the last argument, whole or not at all. */
    static void announce(String[] args, int port) throws IOException {
        Path portFile = Path.of(args[args.length - 1]);
        Path partial = portFile.resolveSibling(portFile.getFileName() + ".part");
        Files.writeString(partial, Integer.toString(port));
        Files.move(partial, portFile, StandardCopyOption.ATOMIC_MOVE);
    }

    /** In the server's JVM: returns when the test closes its standard input (or its JVM ends). */
    static void serveUntilInputCloses() throws IOException {
        while (System.in.read() >= 0) {
            // input is only ever closed, never written
        }
    }
}
