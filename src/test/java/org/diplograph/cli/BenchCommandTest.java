package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.diplograph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the bench on one small article; checks the figures are there and sane, never how fast. */
class BenchCommandTest {

    private static final String ARTICLE = "src/test/resources/org/diplograph/cli/bench/lake-water-talks.txt";
    /** The default warm-up takes 150,000 tokens: thousands of passes over the test's article. */
    private static final String NO_WARM_UP_TOKENS = "--warm-up-tokens=0";
    /** The JIT compiles in every pass over so short an article, which would multiply the warm-up passes. */
    private static final String NO_JIT_QUIET = "--jit-quiet=1";
    /** The default warm-up after the parser takes thousands of copies of the test's article. */
    private static final String NO_AFTER_PARSE = "--warm-up-after-parse=0";
    /** A run takes 50,000 tokens by default: hundreds of copies of the test's article. */
    private static final String NO_RUN_TOKENS = "--run-tokens=0";

    private static final Set<String> FIGURES = Set.of("articles", "rejected", "tokens", "wallSeconds",
            "articlesPerSecond", "tokensPerSecond", "peakHeapBytes", "liveHeapBytes", "writerCpuSeconds", "jitSeconds");

    @TempDir
    Path dir;

    @Test
    void jsonHoldsTheFiguresOfEachRunAndTheirTotal() {
        CliRun run = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS, "--repeat=2", "--json");
        assertEquals(0, run.code(), run.toString());
        JsonObject json = JSON.parse(run.out());

        assertKeys(json, Set.of("machine", "startupSeconds", "corpus", "repeat", "runs"), "top level");
        assertKeys(json, FIGURES, "top level");
        JsonObject machine = json.get("machine").getAsObject();
        assertKeys(machine, Set.of("processors", "cpu", "os", "java", "maxHeapBytes", "jvmOptions"), "machine");
        List<String> options = new ArrayList<>();
        machine.get("jvmOptions").getAsArray().forEach(option -> options.add(option.getAsString().value()));
        assertEquals(ManagementFactory.getRuntimeMXBean().getInputArguments(), options, run.toString());
        assertTrue(machine.get("processors").getAsNumber().value().intValue() >= 1, run.toString());
        assertTrue(machine.get("maxHeapBytes").getAsNumber().value().longValue() > 0, run.toString());
        assertTrue(json.get("startupSeconds").getAsNumber().value().doubleValue() >= 0, run.toString());

        JsonObject corpus = json.get("corpus").getAsObject();
        assertEquals(1, corpus.get("articles").getAsNumber().value().intValue(), run.toString());
        assertEquals(1, corpus.get("synthetic").getAsNumber().value().intValue(), run.toString());
        long corpusTokens = corpus.get("tokens").getAsNumber().value().longValue();
        assertTrue(corpusTokens > 50, "four sentences make more than 50 tokens: " + run);

        assertEquals(2, json.get("repeat").getAsNumber().value().intValue(), run.toString());
        assertSane(json, 2, 2 * corpusTokens, "all runs");
        assertTrue(json.get("writerCpuSeconds").getAsNumber().value().doubleValue() > 0,
                "the writer loads and commits the store in every run, which takes CPU: " + run);
        JsonArray runs = json.get("runs").getAsArray();
        assertEquals(2, runs.size(), run.toString());
        for (JsonValue each : runs) {
            assertKeys(each.getAsObject(), FIGURES, "run");
            assertSane(each.getAsObject(), 1, corpusTokens, "one run");
        }
    }

    @Test
    void tellsHowManyTokensOfAPassTheParserReads() {
        CliRun cascade = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS, "--json");
        assertEquals(0, cascade.code(), cascade.toString());
        JsonObject corpus = JSON.parse(cascade.out()).get("corpus").getAsObject();
        long tokens = corpus.get("tokens").getAsNumber().value().longValue();
        long parsed = corpus.get("parsedTokens").getAsNumber().value().longValue();
        // every sentence of the article holds an act but the dateline, "WINDHOEK (Example Wire)"
        assertTrue(tokens - parsed >= 1 && tokens - parsed <= 6,
                "the cascade should let the dateline alone skip the parser, but it read " + parsed + " of " + tokens + " tokens: " + cascade);

        CliRun every = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS, "--no-cascade", "--json");
        assertEquals(0, every.code(), every.toString());
        JsonObject all = JSON.parse(every.out()).get("corpus").getAsObject();
        assertEquals(all.get("tokens").getAsNumber().value().longValue(), all.get("parsedTokens").getAsNumber().value().longValue(),
                "without the cascade the parser reads every token: " + every);

        CliRun table = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS);
        assertEquals(0, table.code(), table.toString());
        assertTrue(table.out().contains(String.format(Locale.ROOT, "cascade on: the parser reads %d of the %d tokens of a pass (%.1f%%)",
                parsed, tokens, 100.0 * parsed / tokens)), table.toString());
    }

    @Test
    void compareNlpTimesBareCoreNlpInEachRunAndGivesTheRatio() {
        CliRun run = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS, "--repeat=2", "--threads=2", "--compare-nlp", "--json");
        assertEquals(0, run.code(), run.toString());
        JsonObject json = JSON.parse(run.out());
        assertEquals(2, json.get("threads").getAsNumber().value().intValue(), run.toString());
        long corpusTokens = json.get("corpus").getAsObject().get("tokens").getAsNumber().value().longValue();
        JsonObject nlp = json.get("compareNlp").getAsObject();
        assertEquals("tokenize,ssplit,pos,lemma,ner,depparse", nlp.get("annotators").getAsString().value(), run.toString());
        assertSane(nlp, 2, 2 * corpusTokens, "bare CoreNLP, all runs");
        assertEquals(2, nlp.get("runs").getAsArray().size(), run.toString());
        for (JsonValue each : nlp.get("runs").getAsArray()) {
            assertSane(each.getAsObject(), 1, corpusTokens, "bare CoreNLP, one run");
            assertTrue(each.getAsObject().hasKey("loadAverageBefore"), run.toString());
        }
        assertTrue(nlp.get("ratio").getAsNumber().value().doubleValue() > 0, run.toString());

        CliRun table = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS, "--compare-nlp");
        assertEquals(0, table.code(), table.toString());
        assertTrue(table.out().contains("1 corenlp"), table.toString());
        assertTrue(table.out().contains("each run takes them once"), table.toString());
        assertTrue(table.out().matches("(?s).*ratio +\\d+\\.\\d\\d: build over bare CoreNLP.*"), table.toString());
    }

    @Test
    void everyPassLoadsGraphsOfItsOwn() {
        Path location = dir.resolve("data");
        CliRun run = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS, "--synthetic=3", "--repeat=2", "--warm-up=1", NO_JIT_QUIET,
                "--loc=" + location, "--json");
        assertEquals(0, run.code(), run.toString());
        JsonObject json = JSON.parse(run.out());
        assertEquals(3 * 2, json.get("articles").getAsNumber().value().intValue(), run.toString());
        assertEquals(0, json.get("rejected").getAsNumber().value().intValue(), run.toString());
        try (Store store = Store.connect(location)) {
            assertEquals(1 + 2 * 3, store.stats().graphs(),
                    "the warm-up's article, then the article's three copies in each run, none loaded twice: " + run);
        }
    }

    @Test
    void warmUpPassesGoOnUntilTheyTakeTheTokensAsked() {
        CliRun first = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS, NO_JIT_QUIET, "--warm-up=1", "--json");
        assertEquals(0, first.code(), first.toString());
        JsonObject firstCorpus = JSON.parse(first.out()).get("corpus").getAsObject();
        assertEquals(1, firstCorpus.get("warmUpPasses").getAsNumber().value().intValue(), first.toString());
        long corpusTokens = firstCorpus.get("tokens").getAsNumber().value().longValue();

        Path location = dir.resolve("warmed");
        CliRun run = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_RUN_TOKENS, "--warm-up=1", "--warm-up-tokens=" + (2 * corpusTokens + 1),
                NO_JIT_QUIET, "--loc=" + location, "--json");
        assertEquals(0, run.code(), run.toString());
        assertEquals(3, JSON.parse(run.out()).get("corpus").getAsObject().get("warmUpPasses").getAsNumber().value().intValue(),
                "two passes take one token too few: " + run);
        try (Store store = Store.connect(location)) {
            assertEquals(3 + 1, store.stats().graphs(), "the article of each warm-up pass, then of the run: " + run);
        }
    }

    @Test
    void warmUpAfterTheParserTakesTheArticlesAskedIntoAStoreOfTheirOwn() {
        Path location = dir.resolve("after-parse");
        CliRun run = CliRun.run(new BenchCommand(), ARTICLE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS, NO_JIT_QUIET, "--warm-up=1",
                "--warm-up-after-parse=5", "--loc=" + location, "--json");
        assertEquals(0, run.code(), run.toString());
        JsonObject corpus = JSON.parse(run.out()).get("corpus").getAsObject();
        assertEquals(5, corpus.get("warmUpArticlesAfterParse").getAsNumber().value().intValue(), run.toString());
        try (Store store = Store.connect(location)) {
            assertEquals(1 + 1, store.stats().graphs(), "the warm-up pass's article and the run's, none of the five copies: " + run);
        }
        CliRun table = CliRun.run(new BenchCommand(), ARTICLE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS, NO_JIT_QUIET, "--warm-up=1",
                "--warm-up-after-parse=2");
        assertEquals(0, table.code(), table.toString());
        assertTrue(table.out().contains("; 2 articles after the parser"), table.toString());
    }

    @Test
    void eachRunTakesTheArticleAsOftenAsItTakesToPassTheRunTokens() {
        CliRun first = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS, NO_JIT_QUIET, "--warm-up=1", "--json");
        assertEquals(0, first.code(), first.toString());
        long corpusTokens = JSON.parse(first.out()).get("corpus").getAsObject().get("tokens").getAsNumber().value().longValue();

        Path location = dir.resolve("copies");
        CliRun run = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_JIT_QUIET, "--warm-up=1", "--repeat=2",
                "--run-tokens=" + (2 * corpusTokens + 1), "--loc=" + location, "--json");
        assertEquals(0, run.code(), run.toString());
        JsonObject json = JSON.parse(run.out());
        assertEquals(3, json.get("corpus").getAsObject().get("copiesPerRun").getAsNumber().value().intValue(),
                "two copies take one token too few: " + run);
        for (JsonValue each : json.get("runs").getAsArray()) {
            assertSane(each.getAsObject(), 3, 3 * corpusTokens, "one run of three copies");
        }
        try (Store store = Store.connect(location)) {
            assertEquals(1 + 2 * 3, store.stats().graphs(), "the warm-up's article, then three copies in each run, none loaded twice: " + run);
        }

        CliRun table = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_JIT_QUIET, "--warm-up=1",
                "--run-tokens=" + (2 * corpusTokens + 1));
        assertEquals(0, table.code(), table.toString());
        assertTrue(table.out().contains("each run takes them 3 times"), table.toString());
    }

    @Test
    void warmUpGoesOnWhileTheJitCompilesAtMostFourTimesThePassesAsked() {
        // with a share of 0, any compiling at all in a pass asks for another
        CliRun run = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS, "--warm-up=2", "--jit-quiet=0", "--compare-nlp",
                "--json");
        assertEquals(0, run.code(), run.toString());
        JsonObject json = JSON.parse(run.out());
        for (JsonObject figures : List.of(json.get("corpus").getAsObject(), json.get("compareNlp").getAsObject())) {
            int passes = figures.get("warmUpPasses").getAsNumber().value().intValue();
            assertTrue(passes >= 2 && passes <= 2 * BenchCommand.MOST_WARM_UP_FACTOR, "two passes asked, at most "
                    + BenchCommand.MOST_WARM_UP_FACTOR + " times as many: " + run);
        }
        assertTrue(json.get("jitSeconds").getAsNumber().value().doubleValue() >= 0, run.toString());

        CliRun quiet = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS, "--warm-up=2", NO_JIT_QUIET, "--compare-nlp",
                "--json");
        assertEquals(0, quiet.code(), quiet.toString());
        JsonObject quietJson = JSON.parse(quiet.out());
        assertEquals(2, quietJson.get("corpus").getAsObject().get("warmUpPasses").getAsNumber().value().intValue(), quiet.toString());
        assertEquals(2, quietJson.get("compareNlp").getAsObject().get("warmUpPasses").getAsNumber().value().intValue(), quiet.toString());
    }

    @Test
    void theTableNamesEveryFigure() {
        CliRun run = CliRun.run(new BenchCommand(), ARTICLE, NO_AFTER_PARSE, NO_WARM_UP_TOKENS);
        assertEquals(0, run.code(), run.toString());
        List<String> missing = new ArrayList<>();
        for (String label : List.of("machine", "jvm", "max heap", "start-up", "corpus", "warm-up", "articles", "tokens",
                "wall (s)", "art/s", "tokens/s", "jit (s)", "peak MiB", "live MiB")) {
            if (!run.out().contains(label)) {
                missing.add(label);
            }
        }
        assertEquals(List.of(), missing, run.toString());
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String jvm = "jvm       " + (options.isEmpty() ? "no options" : String.join(" ", options));
        assertTrue(run.out().lines().anyMatch(jvm::equals), "the table names the JVM's options, " + jvm + ": " + run);
    }

    @Test
    void theHelpNamesTheDefaultCorpus() {
        String shared = System.getProperty("diplograph.shared");
        try {
            System.clearProperty("diplograph.shared");
            CliRun help = CliRun.run(new BenchCommand(), "--help");
            assertEquals(0, help.code(), help.toString());
            assertTrue(help.out().replaceAll("\\s+", " ").contains("the .txt files of ../shared/eval/dev"), help.toString());
            assertFalse(help.out().contains("null"), help.toString());
        } finally {
            if (shared != null) {
                System.setProperty("diplograph.shared", shared);
            }
        }
    }

    @Test
    void saysWhenTheDefaultCorpusLacksTheDevSet() {
        String shared = System.getProperty("diplograph.shared");
        try {
            System.setProperty("diplograph.shared", dir.toString());
            CliRun run = CliRun.run(new BenchCommand(), NO_AFTER_PARSE, NO_WARM_UP_TOKENS, NO_RUN_TOKENS, NO_JIT_QUIET, "--json");
            assertEquals(0, run.code(), run.toString());
            assertTrue(run.err().contains("there is no " + dir.resolve("eval").resolve("dev") + " here, so the default corpus is examples alone"),
                    run.toString());
            assertEquals(List.of("examples"), JSON.parse(run.out()).get("corpus").getAsObject().get("inputs").getAsArray().stream()
                    .map(input -> input.getAsString().value()).toList(), run.toString());
        } finally {
            if (shared != null) {
                System.setProperty("diplograph.shared", shared);
            } else {
                System.clearProperty("diplograph.shared");
            }
        }
    }

    @Test
    void countsOutOfRangeAreUsageErrors() {
        CliRun repeat = CliRun.run(new BenchCommand(), ARTICLE, "--repeat=0");
        assertEquals(2, repeat.code(), repeat.toString());
        assertTrue(repeat.err().contains("--repeat must be at least 1, but was: 0"), repeat.toString());

        CliRun synthetic = CliRun.run(new BenchCommand(), ARTICLE, "--synthetic=-2");
        assertEquals(2, synthetic.code(), synthetic.toString());
        assertTrue(synthetic.err().contains("--synthetic must be at least 1, but was: -2"), synthetic.toString());

        CliRun runTokens = CliRun.run(new BenchCommand(), ARTICLE, "--run-tokens=-5");
        assertEquals(2, runTokens.code(), runTokens.toString());
        assertTrue(runTokens.err().contains("--run-tokens must not be negative, but was: -5"), runTokens.toString());

        CliRun warmUpTokens = CliRun.run(new BenchCommand(), ARTICLE, "--warm-up-tokens=-1");
        assertEquals(2, warmUpTokens.code(), warmUpTokens.toString());
        assertTrue(warmUpTokens.err().contains("--warm-up-tokens must not be negative, but was: -1"), warmUpTokens.toString());

        CliRun afterParse = CliRun.run(new BenchCommand(), ARTICLE, "--warm-up-after-parse=-3");
        assertEquals(2, afterParse.code(), afterParse.toString());
        assertTrue(afterParse.err().contains("--warm-up-after-parse must not be negative, but was: -3"), afterParse.toString());

        CliRun jitQuiet = CliRun.run(new BenchCommand(), ARTICLE, "--jit-quiet=1.5");
        assertEquals(2, jitQuiet.code(), jitQuiet.toString());
        assertTrue(jitQuiet.err().contains("--jit-quiet must be in [0, 1], but was: 1.5"), jitQuiet.toString());
    }

    @Test
    void aCorpusWithoutArticlesIsAnError() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "not an article\n");
        CliRun run = CliRun.run(new BenchCommand(), empty.toString(), "--json");
        assertEquals(1, run.code(), run.toString());
        assertEquals("", run.out(), run.toString());
        assertTrue(run.err().contains("the corpus holds no article: [" + empty + "]"), run.toString());
    }

    private static void assertSane(JsonObject figures, int articles, long tokens, String what) {
        assertEquals(articles, figures.get("articles").getAsNumber().value().intValue(), what + ": " + figures);
        assertEquals(0, figures.get("rejected").getAsNumber().value().intValue(), what + ": " + figures);
        assertEquals(tokens, figures.get("tokens").getAsNumber().value().longValue(), what + ": " + figures);
        assertTrue(figures.get("wallSeconds").getAsNumber().value().doubleValue() > 0, what + ": " + figures);
        assertTrue(figures.get("articlesPerSecond").getAsNumber().value().doubleValue() > 0, what + ": " + figures);
        assertTrue(figures.get("tokensPerSecond").getAsNumber().value().doubleValue() > 0, what + ": " + figures);
        assertTrue(figures.get("peakHeapBytes").getAsNumber().value().longValue() > 0, what + ": " + figures);
        long live = figures.get("liveHeapBytes").getAsNumber().value().longValue();
        assertTrue(live > 0 && live <= Runtime.getRuntime().maxMemory(), "live heap within the heap, " + what + ": " + figures);
    }

    private static void assertKeys(JsonObject json, Set<String> keys, String where) {
        List<String> missing = keys.stream().filter(key -> !json.hasKey(key)).sorted().toList();
        assertEquals(List.of(), missing, "keys missing at " + where + " in " + json);
    }
}
