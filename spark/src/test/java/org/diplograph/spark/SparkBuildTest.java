package org.diplograph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.diplograph.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The Spark job with {@code local[2]} on the examples, a slice of the dev set and two bad
 * inputs: its graphs are, graph by graph, isomorphic to those of {@code build} followed by
 * {@code export --output=nq} (literals compared in canonical form, as the store keeps them);
 * it rejects the inputs {@code build} rejects, with the same messages; a second run over
 * the same output folder builds only what the first did not write; and the executors read the
 * inputs with the job's Hadoop settings.
 */
class SparkBuildTest {

    private static final int DEV_SLICE = 5;

    @TempDir
    static Path dir;

    private static JavaSparkContext sc;
    private static List<String> inputs;

    @BeforeAll
    static void start() throws IOException {
        Path shared = Path.of(System.getProperty("diplograph.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("eval/dev")), "shared folder not found at " + shared.toAbsolutePath());
        Path slice = Files.createDirectories(dir.resolve("dev-slice"));
        try (Stream<Path> dev = Files.list(shared.resolve("eval/dev"))) {
            for (Path file : dev.filter(p -> p.toString().endsWith(".txt")).sorted().limit(DEV_SLICE).toList()) {
                Files.copy(file, slice.resolve(file.getFileName()));
            }
        }
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("empty.txt"), "");
        Files.writeString(bad.resolve("feed.jsonl"), "{\"url\": \"https://example.org/a\", \"text\": \n");
        inputs = List.of("examples", slice.toString(), bad.toString());
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("diplograph test")
                .set("spark.ui.enabled", "false").set("spark.sql.shuffle.partitions", "4"));
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.stop();
        }
    }

    @Test
    void theJobWritesTheGraphsOfBuildAndSkipsWhatItWroteBefore() throws IOException {
        Path output = dir.resolve("out");
        String input = "--input=" + String.join(",", inputs);

        SparkBuild.Summary first = SparkBuild.run(sc, SparkBuild.Settings.parse(input, "--output=" + output), quiet());
        long expectedArticles = 4 + DEV_SLICE;
        assertEquals(expectedArticles, first.articles(), first::toString);
        assertEquals(0, first.skipped(), first::toString);

        // build and export over the same inputs.
        Path store = dir.resolve("store");
        Run build = cli(concat(List.of("build"), inputs, List.of("--loc=" + store)));
        Path exported = dir.resolve("export.nq");
        Run export = cli(List.of("export", "--loc=" + store, "--output=nq", exported.toString()));
        assertEquals(0, export.code, export::toString);

        DatasetGraph expected = SameGraphs.read(List.of(exported));
        DatasetGraph actual = SameGraphs.read(SameGraphs.quadFiles(runFolder(first).resolve("graphs")));
        List<String> differences = SameGraphs.differences(expected, actual);
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
        assertEquals(first.written(), SameGraphs.names(actual).size());

        // The same rejections as build, in the same words.
        Set<String> rejectedByBuild = build.out.lines().filter(l -> l.startsWith("  ")).map(String::strip)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> rejectedByJob = new TreeSet<>(readLines(runFolder(first).resolve("rejected")));
        assertFalse(rejectedByBuild.isEmpty(), build::toString);
        assertEquals(rejectedByBuild, rejectedByJob);

        // Again on the same inputs plus one more article: only that one is built.
        Path more = Files.createDirectories(dir.resolve("more"));
        Files.writeString(more.resolve("new.txt"), "URL: https://example.org/news/new-talks\nTITLE: Talks resume\n\n"
                + "Russia proposed a ceasefire on Monday, and Ukraine rejected the proposal.\n");
        SparkBuild.Summary second = SparkBuild.run(sc, SparkBuild.Settings.parse(input + "," + more,
                "--output=" + output), quiet());
        assertEquals(expectedArticles + 1, second.articles(), second::toString);
        assertEquals(expectedArticles - rejectedArticles(first), second.skipped(), second::toString);
        assertEquals(1 + rejectedArticles(first), second.articles() - second.skipped(), second::toString);
        List<String> manifest = readLines(runFolder(second).resolve("manifest"));
        assertEquals(1, manifest.size(), manifest::toString);
    }

    @Test
    void theExecutorsReadTheInputsWithTheJobsHadoopSettings() throws IOException {
        // An article behind a ViewFs mount table that only the job's Hadoop configuration has,
        // where spark-submit's --conf spark.hadoop.* settings (an S3 endpoint, say) go. The file
        // system is not cached, so that the executors cannot borrow the driver's: on a cluster
        // they are other JVMs.
        Path folder = Files.createDirectories(dir.resolve("mounted"));
        Files.writeString(folder.resolve("talks.txt"), "URL: https://example.org/news/mounted-talks\n"
                + "TITLE: Talks resume\n\nRussia proposed a ceasefire on Monday, and Ukraine rejected the proposal.\n");
        Configuration hadoop = sc.hadoopConfiguration();
        String mount = "fs.viewfs.mounttable.diplograph-test.link./articles";
        String noCache = "fs.viewfs.impl.disable.cache";
        hadoop.set(mount, folder.toUri().toString());
        hadoop.setBoolean(noCache, true);
        try {
            SparkBuild.Summary summary = SparkBuild.run(sc, SparkBuild.Settings.parse(
                    "--input=viewfs://diplograph-test/articles/talks.txt", "--output=" + dir.resolve("out-mounted")), quiet());
            assertEquals(List.of(), readLines(runFolder(summary).resolve("rejected")), "rejected inputs");
            assertEquals(1, summary.written(), summary::toString);
        } finally {
            hadoop.unset(mount);
            hadoop.unset(noCache);
        }
    }

    private static Path runFolder(SparkBuild.Summary summary) {
        return Path.of(summary.runFolder().replaceFirst("^file:", ""));
    }

    /** Articles (not inputs) the first run rejected: a rejected article is tried again. */
    private static long rejectedArticles(SparkBuild.Summary summary) {
        return summary.articles() - summary.skipped() - summary.written();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private static List<String> readLines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList());
            }
        }
        return lines;
    }

    private static Run cli(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }
}
