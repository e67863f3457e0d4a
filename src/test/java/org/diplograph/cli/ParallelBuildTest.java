package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --threads=2} loads exactly what a one-thread build loads, and several articles a
 * transaction load what one a transaction do: the same N-Quads, byte for byte, from examples/ and
 * a few articles of the dev set, and the same summary; a bad input in the batch is still named
 * in its turn and the rest goes on.
 */
class ParallelBuildTest {

    /** How many dev articles join examples/: enough for the workers to overtake one another. */
    private static final int DEV_ARTICLES = 4;

    @TempDir
    Path folder;

    @Test
    void twoThreadsAndBatchedCommitsLoadTheSameNQuadsAsOneThreadCommittingEachArticle() throws IOException {
        List<String> inputs = new ArrayList<>();
        inputs.add("examples");
        try (Stream<Path> files = Files.list(SharedFolder.dev())) {
            files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().limit(DEV_ARTICLES)
                    .forEach(f -> inputs.add(f.toString()));
        }
        Path bad = Files.writeString(folder.resolve("empty.txt"), "");
        inputs.add(1, bad.toString());

        CliRun one = build(inputs, folder.resolve("one"), 1, "--commit-every=1");
        CliRun two = build(inputs, folder.resolve("two"), 2, "--commit-every=1");
        CliRun batched = build(inputs, folder.resolve("batched"), 2, "--commit-every=3");
        assertEquals(1, one.code(), one::toString);
        assertTrue(one.out().contains("empty.txt"), () -> "the bad input must be named\n" + one);
        assertTrue(one.out().contains("loaded " + (4 + DEV_ARTICLES) + " articles"), one::toString);
        assertEquals(one.out().replace(folder.resolve("one").toString(), "STORE"),
                two.out().replace(folder.resolve("two").toString(), "STORE"),
                "two threads must print the summary of one, rejections in the same order");
        assertEquals(one.out().replace(folder.resolve("one").toString(), "STORE"),
                batched.out().replace(folder.resolve("batched").toString(), "STORE"),
                "three articles a transaction must print the summary of one, rejections in the same order");
        String oneQuads = CliRun.nquads(folder.resolve("one"));
        String twoQuads = CliRun.nquads(folder.resolve("two"));
        assertTrue(oneQuads.lines().count() > 100, "the build must load the articles' graphs");
        assertEquals(oneQuads, twoQuads, "two threads must load the N-Quads of one, byte for byte");
        assertEquals(oneQuads, CliRun.nquads(folder.resolve("batched")),
                "three articles a transaction must load the N-Quads of one, byte for byte");
    }

    @Test
    void commitEveryMustBeOneOrMore() {
        CliRun run = CliRun.run(new BuildCommand(), "examples", "--loc=" + folder.resolve("zero"), "--commit-every=0", "--no-progress");
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("--commit-every must be at least 1, but was: 0"), run::toString);
    }

    @Test
    void threadsMustBeOneOrMore() {
        CliRun run = CliRun.run(new BuildCommand(), "examples", "--loc=" + folder.resolve("zero"), "--threads=0", "--no-progress");
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("--threads must be from 1 to"), run::toString);
    }

    private static CliRun build(List<String> inputs, Path store, int threads, String commitEvery) {
        List<String> args = new ArrayList<>(inputs);
        args.add(commitEvery);
        args.add("--loc=" + store);
        args.add("--threads=" + threads);
        args.add("--no-progress");
        return CliRun.run(new BuildCommand(), args.toArray(String[]::new));
    }

}
