package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.diplograph.OrderedWork;
import org.diplograph.Pipeline;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.diplograph.nlp.AnnotatedArticle;
import org.diplograph.nlp.Nlp;
import org.diplograph.store.ArticleBatch;
import org.diplograph.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench [CORPUS...] [--loc=DIR] [--repeat=N] [--synthetic=N] [--json]}: measures how fast
 * and in how much heap the {@code build} path (ingest, extract, validate, load into TDB2) runs
 * over a corpus, and on what machine.
 * <p>
 * Tokens are counted in an untimed pass over the corpus before the timed runs, through the whole
 * build path (the store loaded too), so that counting adds nothing to the runs; that pass and
 * those after it ({@code --warm-up} in all, or as many as it takes to pass
 * {@code --warm-up-tokens} through the path) let the JIT compile that path before the first run:
 * over a short corpus, two passes left the runs at two thirds of their later speed. More passes
 * follow, up to {@value #MOST_WARM_UP_FACTOR} times as many in all, while the JIT's compiler
 * threads still take more than {@code --jit-quiet} of a pass's CPU time, then
 * {@code --warm-up-after-parse} articles go through what follows the parser alone, the corpus
 * annotated once: code that runs once an article or a person reaches C2's thresholds only after
 * thousands of articles, far more than the passes take. Each timed run takes
 * every article as many times as it takes to pass {@code --run-tokens}, so that a run over a short
 * corpus lasts long enough for one compilation or one slow second not to decide it. With
 * {@code --compare-nlp}, bare CoreNLP, whose parse annotator the build does not use, gets as many
 * untimed passes of its own before the runs, and more while its own code is still being compiled.
 * Each run reports the time the JIT spent compiling during it, the CPU time of the process beside
 * the wall time, and the load average of the machine before and after it: on a machine shared
 * with other work the wall time moves with that work, the CPU time much less. Each run reports
 * the peak heap and the live heap ({@link HeapWatch}) from a collection at its start: the live
 * heap is what the build holds, which {@code -Xmx} must leave room for.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the build path (ingest, extract, validate, load into a TDB2 store) over a corpus and report"
                + " start-up time, articles and tokens per second, peak and live heap and the machine."
                + " Figures from a shared or busy machine are noisy: compare runs made on the same one.")
public final class BenchCommand implements Callable<Integer> {

    private static final double MIB = 1024.0 * 1024.0;
    private static final String COPY = "#copy";

    /** The passes of the build path made so far, warm-ups included: each loads copies of its own. */
    private int passes;
    /** How many times a timed run takes each article: {@code --synthetic}, or more to pass {@code --run-tokens}. */
    private int copies;
    /** The warm-up passes of the build path made before the runs. */
    private int warmedUp;
    /** The articles taken through what follows the parser alone before the runs. */
    private int warmedUpAfterParse;
    /** The warm-up passes of bare CoreNLP made before the runs, with --compare-nlp. */
    private int nlpWarmedUp;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "CORPUS",
            description = "Article files or folders (default: examples/ and the .txt files of"
                    + " ${sys:diplograph.shared:-../shared}/eval/dev).")
    private List<Path> corpus;

    @Option(names = "--loc", paramLabel = "DIR",
            description = "Folder of the TDB2 store to load (default: a temporary folder, deleted after); each pass loads"
                    + " the corpus under ids of its own, as a build of new articles does, so the store ends with every pass's copies.")
    private Path location;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Runs over the corpus, each timed on its own (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--synthetic", paramLabel = "N", defaultValue = "1",
            description = "Take each article N times, copies getting their own id, URL and source file,"
                    + " to measure a corpus N times as large (default: ${DEFAULT-VALUE}).")
    private int synthetic;

    /**
     * The tokens a timed run takes at least. Over a short corpus a run is over in a second:
     * over the 21 articles of {@code examples/} and dev (7,554 tokens) two runs of the same jar
     * took 1.21 and 1.01 s, the first with 0.43 s of the JIT's compiling in it, and bare CoreNLP's
     * 0.95 and 1.13 s; a ratio from runs that short moves by a fifth from one to the next.
     */
    static final long DEFAULT_RUN_TOKENS = 50_000;

    @Option(names = "--run-tokens", paramLabel = "N", defaultValue = "" + DEFAULT_RUN_TOKENS,
            description = "Each timed run takes every article as many times as it takes to pass at least N tokens, copies"
                    + " getting ids of their own as with --synthetic (default: ${DEFAULT-VALUE}; 0: --synthetic times).")
    private long runTokens;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads, as for build (default: one a core, here ${DEFAULT-VALUE}).")
    private int threads = Threads.cores();

    @Option(names = "--cascade", negatable = true, defaultValue = "" + Pipeline.DEFAULT_CASCADE, fallbackValue = "true",
            description = "As for build: parse only the sentences the rules or the linker can read a parse of (default: ${DEFAULT-VALUE}).")
    private boolean cascade = Pipeline.DEFAULT_CASCADE;

    @Option(names = "--compare-nlp",
            description = "Also time bare CoreNLP (the same annotators, models and threads, every sentence parsed, nothing else)"
                    + " over the same corpus in each run, and print both figures and the ratio of build to CoreNLP.")
    private boolean compareNlp;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "2",
            description = "Untimed passes over the corpus before the runs, through the whole build path, for the JIT (default: ${DEFAULT-VALUE}).")
    private int warmUps;

    /**
     * The tokens the warm-up passes take through the build path at least, and bare CoreNLP's
     * through its own, whatever the corpus: the JIT compiles the build path's larger methods,
     * recompiling some, for some hundred thousand tokens, on the same cores as the workers (README,
     * Performance), so two passes over a short corpus left the runs at two thirds of their later speed.
     */
    static final long DEFAULT_WARM_UP_TOKENS = 150_000;

    @Option(names = "--warm-up-tokens", paramLabel = "N", defaultValue = "" + DEFAULT_WARM_UP_TOKENS,
            description = "More warm-up passes, of the build and of bare CoreNLP alike, until each has taken at least N tokens"
                    + " (default: ${DEFAULT-VALUE}; 0: --warm-up passes only).")
    private long warmUpTokens;

    /**
     * The share of a warm-up pass's CPU time the JIT may take compiling for the runs to start: the
     * build path's largest methods are compiled by C2 only after some hundred thousand tokens, and
     * each such compilation takes up to a second of a core that a run would otherwise count as the
     * build's (README, Performance).
     */
    static final double DEFAULT_JIT_QUIET = 0.02;

    /**
     * How many times the passes asked a path may warm up while the JIT still compiles. Over train
     * (two passes asked), four passes left the build's runs with 2.3 to 2.6 s of C2 compiling each,
     * the extractor's and the linker's largest methods reaching C2's thresholds only then; after
     * eight, 0.07 to 0.67 s (README, Performance).
     */
    static final int MOST_WARM_UP_FACTOR = 4;

    @Option(names = "--jit-quiet", paramLabel = "SHARE", defaultValue = "" + DEFAULT_JIT_QUIET,
            description = "After those, more warm-up passes of each path on its own, up to " + MOST_WARM_UP_FACTOR
                    + " times as many in all, until the JIT's compiling takes at most SHARE of a pass's CPU time"
                    + " (default: ${DEFAULT-VALUE}; 1: no more passes).")
    private double jitQuiet;

    /**
     * The articles the warm-up takes through what follows the parser alone, after the passes above.
     * Code that runs once an article, a statement or a person (the linker's, the extractor's, the
     * writer's, Jena's shapes and store) reaches C2's thresholds only after some thousands of
     * articles; over a short corpus the warm-up passes end long before, and each run paid 1 to 2.3
     * s of compiling on the workers' cores, which a build of a year of news pays once, in its
     * first thousands of articles (README, Performance).
     */
    static final int DEFAULT_WARM_UP_AFTER_PARSE = 3_000;

    @Option(names = "--warm-up-after-parse", paramLabel = "N", defaultValue = "" + DEFAULT_WARM_UP_AFTER_PARSE,
            description = "After the warm-up passes, N more articles through everything after the parser (extraction,"
                    + " RDF, validation, a store of their own), copies of the corpus's articles annotated once, for the JIT"
                    + " (default: ${DEFAULT-VALUE}; 0: none).")
    private int warmUpAfterParse;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + ArticleBatch.DEFAULT_ARTICLES,
            description = "As for build: articles loaded per store transaction (default: ${DEFAULT-VALUE}).")
    private int commitEvery;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    /**
     * One timed run over the corpus, with the load average of the machine before and after it.
     *
     * @param writerCpuNanos the CPU time of the writer thread's steps: loading the store and
     *                       committing it, the kernel's time for forcing its files to disk included
     * @param jitNanos       the time the JIT's compiler threads spent compiling during the run, or -1
     *                       where the JVM does not tell it: time, mostly on the same cores, that the
     *                       workers' code did not use
     */
    private record Run(long nanos, long cpuNanos, long writerCpuNanos, long jitNanos, int articles, int rejected, long tokens,
            long peakHeap, long liveHeap, double loadBefore, double loadAfter) {

        /** Whether the JIT took more than {@code share} of this run's CPU time: its code is still being compiled. */
        boolean compiling(double share) {
            return jitAbove(jitNanos, cpuNanos, share);
        }
    }


    /**
     * The machine and JVM the figures come from. The JVM's options are part of it: the heap limit
     * sets how far the peak heap may grow, compile thresholds have moved the ratio to bare CoreNLP
     * by more than the spread between runs (README, Performance), and a run by {@code java -jar}
     * has none of the launcher's options.
     */
    private record Machine(int processors, String cpu, String os, String java, long maxHeap, List<String> jvmOptions) {

        Machine {
            jvmOptions = List.copyOf(jvmOptions);
        }

        static Machine current() {
            return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                    System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                    Runtime.getRuntime().maxMemory(), ManagementFactory.getRuntimeMXBean().getInputArguments());
        }

        private static String cpuModel() {
            Path cpuinfo = Path.of("/proc/cpuinfo");
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                return lines.filter(line -> line.startsWith("model name"))
                        .map(line -> line.substring(line.indexOf(':') + 1).strip())
                        .findFirst().orElse("unknown");
            } catch (IOException | UncheckedIOException e) {
                return "unknown";
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        if (repeat < 1) {
            throw new ParameterException(spec.commandLine(), "--repeat must be at least 1, but was: " + repeat);
        }
        if (synthetic < 1) {
            throw new ParameterException(spec.commandLine(), "--synthetic must be at least 1, but was: " + synthetic);
        }
        Threads.check(spec, threads);
        BuildCommand.checkCommitEvery(spec, commitEvery);
        if (warmUps < 1) {
            throw new ParameterException(spec.commandLine(), "--warm-up must be at least 1, but was: " + warmUps);
        }
        if (runTokens < 0) {
            throw new ParameterException(spec.commandLine(), "--run-tokens must not be negative, but was: " + runTokens);
        }
        if (warmUpAfterParse < 0) {
            throw new ParameterException(spec.commandLine(), "--warm-up-after-parse must not be negative, but was: " + warmUpAfterParse);
        }
        if (warmUpTokens < 0) {
            throw new ParameterException(spec.commandLine(), "--warm-up-tokens must not be negative, but was: " + warmUpTokens);
        }
        if (!(jitQuiet >= 0 && jitQuiet <= 1)) {
            throw new ParameterException(spec.commandLine(), "--jit-quiet must be in [0, 1], but was: " + jitQuiet);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = corpus == null || corpus.isEmpty() ? defaultCorpus(err) : corpus;

        long startupBegin = System.nanoTime();
        Pipeline pipeline = Pipeline.create().cascade(cascade).build().warmUp();
        long startupNanos = System.nanoTime() - startupBegin;

        List<String> problems = new ArrayList<>();
        Path temporary = location == null ? Files.createTempDirectory("diplograph-bench") : null;
        Map<String, Integer> tokens;
        Map<String, Integer> parsed = new HashMap<>();
        List<Run> runs = new ArrayList<>();
        List<Run> nlpRuns = new ArrayList<>();
        try (Store store = Store.create().location(temporary != null ? temporary : location).build()) {
            Compiling first = Compiling.start();
            tokens = warmUp(inputs, pipeline, store, problems, parsed);
            int passesAsked = timesToPass(warmUpTokens, corpusTokens(tokens), warmUps);
            copies = timesToPass(runTokens, corpusTokens(tokens), synthetic);
            boolean compiling = first.stillAbove(jitQuiet);
            for (warmedUp = 1; moreWarmUp(warmedUp, passesAsked, compiling); warmedUp++) {
                Compiling pass = Compiling.start();
                warmUp(inputs, pipeline, store, new ArrayList<>(), new HashMap<>());
                compiling = pass.stillAbove(jitQuiet);
            }
            if (tokens.isEmpty()) {
                err.println("the corpus holds no article: " + inputs);
                problems.forEach(problem -> err.println("  " + problem));
                return 1;
            }
            warmedUpAfterParse = warmUpAfterParse(inputs, pipeline);
            if (compareNlp) {
                // CoreNLP's own parse annotator, which the build does not use, loaded and its code
                // compiled by as many untimed passes as the build was asked for, and more while it compiles
                Nlp.loadBare();
                boolean nlpCompiling = true;
                for (nlpWarmedUp = 0; moreWarmUp(nlpWarmedUp, passesAsked, nlpCompiling); nlpWarmedUp++) {
                    nlpCompiling = bare(inputs, tokens).compiling(jitQuiet);
                }
            }
            for (int i = 0; i < repeat; i++) {
                // bare CoreNLP first in every other run, so that neither always meets a warmer machine
                if (compareNlp && i % 2 == 1) {
                    nlpRuns.add(bare(inputs, tokens));
                }
                runs.add(run(inputs, pipeline, store, tokens, i == 0 ? problems : new ArrayList<>()));
                if (compareNlp && i % 2 == 0) {
                    nlpRuns.add(bare(inputs, tokens));
                }
            }
        } finally {
            if (temporary != null) {
                deleteTree(temporary);
            }
        }

        Machine machine = Machine.current();
        if (json) {
            out.println(toJson(machine, startupNanos, inputs, tokens, parsed, runs, nlpRuns));
        } else {
            printTable(out, machine, startupNanos, inputs, tokens, parsed, runs, nlpRuns);
        }
        out.flush();
        if (!problems.isEmpty()) {
            err.printf(Locale.ROOT, "%d inputs or articles were rejected (each run the same):%n", problems.size());
            problems.forEach(problem -> err.println("  " + problem));
            err.flush();
        }
        return problems.isEmpty() ? 0 : 1;
    }

    /**
     * examples/ and the dev texts, those of them that are there; says on {@code err} which is
     * missing, since figures over a part of the corpus do not compare with figures over the whole.
     */
    private List<Path> defaultCorpus(PrintWriter err) throws IOException {
        List<Path> inputs = new ArrayList<>();
        Path examples = Path.of("examples");
        if (Files.isDirectory(examples)) {
            inputs.add(examples);
        }
        Path dev = Path.of(System.getProperty("diplograph.shared", "../shared"), "eval", "dev");
        if (Files.isDirectory(dev)) {
            try (Stream<Path> files = Files.list(dev)) {
                files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().forEach(inputs::add);
            }
        }
        if (inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "give a CORPUS: there is neither examples/ nor " + dev + " to use by default");
        }
        boolean noDev = !Files.isDirectory(dev);
        if (noDev || !Files.isDirectory(examples)) {
            err.printf(Locale.ROOT, "bench: there is no %s here, so the default corpus is %s alone; its figures do not compare "
                    + "with those of the whole (name a CORPUS, or %s)%n", noDev ? dev : examples, noDev ? examples : dev,
                    noDev ? "set the system property diplograph.shared" : "run bench from the repository's folder");
            err.flush();
        }
        return inputs;
    }

    /** The tokens of one pass over the corpus, copies aside: those of its articles by source file. */
    private static long corpusTokens(Map<String, Integer> tokens) {
        return tokens.values().stream().mapToLong(Integer::longValue).sum();
    }

    /**
     * How many times to take a corpus of {@code perPass} tokens: at least {@code least}, and as
     * many as it takes to pass {@code tokens}. The warm-up passes ({@code --warm-up},
     * {@code --warm-up-tokens}) and the copies a run takes ({@code --synthetic},
     * {@code --run-tokens}) are counted so.
     */
    private static int timesToPass(long tokens, long perPass, int least) {
        long needed = perPass == 0 ? 0 : (tokens + perPass - 1) / perPass;
        return (int) Math.max(least, Math.min(needed, Integer.MAX_VALUE));
    }

    /**
     * The untimed pass before the runs: the corpus through the whole build path once (the store
     * loaded as a run loads it), so that the first run does not pay for the JIT compiling the
     * extractor, the validator and the store, as it did when this pass only annotated. Returns the
     * CoreNLP tokens of each article by source file, puts in {@code parsed} those of them the
     * dependency parser read, and adds what could not be read to {@code problems}.
     */
    private Map<String, Integer> warmUp(List<Path> inputs, Pipeline pipeline, Store store, List<String> problems,
                                        Map<String, Integer> parsed) {
        Map<String, Integer> tokens = new HashMap<>();
        ArticleBatch batch = ArticleBatch.of(store, commitEvery);
        int pass = passes++;
        try (OrderedWork work = new OrderedWork(threads)) {
            Ingest.stream(inputs, article -> work.submit(() -> {
                Article taken = taken(article, pass, 0);
                Pipeline.Result result;
                try {
                    result = pipeline.process(taken);
                } catch (RuntimeException e) {
                    // the runs report it; its tokens are counted as the annotation alone makes them
                    int count = annotatedTokens(article);
                    return () -> tokens.put(article.sourceFile(), count);
                }
                return () -> {
                    tokens.put(article.sourceFile(), result.tokens());
                    parsed.put(article.sourceFile(), result.parsedTokens());
                    // the runs report what is not loaded
                    BuildCommand.load(batch, taken, result, () -> { }, reasons -> { });
                };
            }), error -> work.then(() -> problems.add(error.message())));
            work.then(batch::commit);
        }
        return tokens;
    }

    /**
     * Takes {@code --warm-up-after-parse} articles through what follows the parser: the corpus's
     * articles annotated once, then copies of them extracted, written, validated and loaded, round
     * after round over the corpus, into a store of their own (the runs' store keeps the size the
     * passes gave it). A round ends before the next begins, so that no annotated article is read by
     * two workers at once. Returns the articles taken.
     */
    private int warmUpAfterParse(List<Path> inputs, Pipeline pipeline) throws IOException {
        if (warmUpAfterParse == 0) {
            return 0;
        }
        List<AnnotatedArticle> annotated = new ArrayList<>();
        try (OrderedWork work = new OrderedWork(threads)) {
            Ingest.stream(inputs, article -> work.submit(() -> {
                AnnotatedArticle read = annotatedOrNull(pipeline, article);
                return () -> {
                    if (read != null) {
                        annotated.add(read);
                    }
                };
            }), error -> { });
        }
        if (annotated.isEmpty()) {
            return 0;
        }
        Path scratch = Files.createTempDirectory("diplograph-bench-after-parse");
        int taken = 0;
        try (Store store = Store.create().location(scratch).build()) {
            for (int round = 1; taken < warmUpAfterParse; round++) {
                ArticleBatch batch = ArticleBatch.of(store, commitEvery);
                try (OrderedWork work = new OrderedWork(threads)) {
                    for (int a = 0; a < annotated.size() && taken < warmUpAfterParse; a++, taken++) {
                        AnnotatedArticle source = annotated.get(a);
                        Article copy = copyOf(source.article(), round);
                        work.submit(() -> {
                            BiConsumer<ArticleBatch, Consumer<List<String>>> load = process(copy,
                                    () -> pipeline.process(new AnnotatedArticle(copy, source.document())));
                            return () -> load.accept(batch, reasons -> { });
                        });
                    }
                    work.then(batch::commit);
                }
            }
        } finally {
            deleteTree(scratch);
        }
        return taken;
    }

    private static AnnotatedArticle annotatedOrNull(Pipeline pipeline, Article article) {
        try {
            AnnotatedArticle annotated = pipeline.annotate(article);
            // the parses the readers put off, made now, before workers share the article
            pipeline.process(annotated);
            return annotated;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int annotatedTokens(Article article) {
        try {
            return Nlp.annotate(article).document().tokens().size();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /**
     * One timed pass, the way {@code build} loads a batch: articles streamed from the inputs,
     * each processed and validated, and loaded whole into the store, {@code --commit-every} to a
     * transaction, under ids no pass before loaded.
     */
    private Run run(List<Path> inputs, Pipeline pipeline, Store store, Map<String, Integer> tokens, List<String> problems) {
        int pass = passes++;
        return timed(inputs, tokens, problems, store, pass, article -> process(article, () -> pipeline.process(article)));
    }

    /**
     * One timed pass of bare CoreNLP over the same articles (copies included) on as many threads:
     * each body annotated with the same annotators and models, every sentence parsed, nothing
     * read, extracted or stored.
     */
    private Run bare(List<Path> inputs, Map<String, Integer> tokens) {
        return timed(inputs, tokens, new ArrayList<>(), null, 0, article -> {
            Nlp.annotateBare(article);
            return (batch, rejected) -> { };
        });
    }

    /**
     * Times one pass over the inputs, each article taken {@link #copies} times, on the bench's
     * threads: {@code work} runs on a worker for each article and gives the step the one writer
     * then runs in input order, which loads the article into a batch of {@code store} (none for
     * bare CoreNLP) and tells why the article was rejected, if it was; the batch's last commit is
     * timed too.
     */
    private Run timed(List<Path> inputs, Map<String, Integer> tokens, List<String> problems, Store store, int pass,
                      Function<Article, BiConsumer<ArticleBatch, Consumer<List<String>>>> work) {
        // Without a collection first, the peak would start from the previous run's garbage.
        try (HeapWatch heap = HeapWatch.collectAndWatch()) {
            int[] articles = {0};
            int[] rejected = {0};
            long[] writerCpu = {0};
            Consumer<Runnable> onWriter = step -> {
                long before = threadCpuNanos();
                step.run();
                writerCpu[0] += threadCpuNanos() - before;
            };
            long[] tokenCount = {0};
            double loadBefore = loadAverage();
            long cpuBegin = processCpuNanos();
            long jitBegin = jitNanos();
            long begin = System.nanoTime();
            ArticleBatch batch = store == null ? null : ArticleBatch.of(store, commitEvery);
            Consumer<List<String>> rejection = reasons -> {
                rejected[0]++;
                problems.addAll(reasons);
            };
            // Ingest errors were reported by the counting pass; the runs meet the same ones.
            try (OrderedWork pool = new OrderedWork(threads)) {
                Ingest.stream(inputs, article -> {
                    int articleTokens = tokens.getOrDefault(article.sourceFile(), 0);
                    for (int copy = 0; copy < copies; copy++) {
                        Article taken = taken(article, pass, copy);
                        pool.submit(() -> {
                            BiConsumer<ArticleBatch, Consumer<List<String>>> step = work.apply(taken);
                            return () -> onWriter.accept(() -> {
                                articles[0]++;
                                tokenCount[0] += articleTokens;
                                step.accept(batch, rejection);
                            });
                        });
                    }
                }, error -> { });
                if (batch != null) {
                    pool.then(() -> onWriter.accept(batch::commit));
                }
            }
            long nanos = System.nanoTime() - begin;
            long jit = jitBegin < 0 ? -1 : jitNanos() - jitBegin;
            return new Run(nanos, processCpuNanos() - cpuBegin, writerCpu[0], jit, articles[0], rejected[0], tokenCount[0],
                    heap.peak(), heap.live(), loadBefore, loadAverage());
        }
    }

    /**
     * The CPU time this process has used, every thread and the collector's included, or -1 where
     * the JVM does not tell it. Unlike the wall time it hardly moves with what else the machine
     * runs, so tokens per CPU second compare runs on a shared machine.
     */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /**
     * The time the JIT's compiler threads have spent compiling, summed over them, or -1 where the
     * JVM does not tell it.
     */
    private static long jitNanos() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() * 1_000_000 : -1;
    }

    /** The process's CPU time and the JIT's compiling time at the start of an untimed pass. */
    private record Compiling(long cpuAtStart, long jitAtStart) {

        static Compiling start() {
            return new Compiling(processCpuNanos(), BenchCommand.jitNanos());
        }

        /** As {@link Run#compiling}, since the start; false where the JVM tells neither time. */
        boolean stillAbove(double share) {
            return jitAtStart >= 0 && cpuAtStart >= 0
                    && jitAbove(BenchCommand.jitNanos() - jitAtStart, processCpuNanos() - cpuAtStart, share);
        }
    }

    /**
     * Whether the JIT's time took more than {@code share} of some CPU time. The JIT's time is its
     * compiler threads' time while compiling, which over a short span may exceed the CPU time, so
     * a share of 1 stands for no such test.
     */
    private static boolean jitAbove(long jitNanos, long cpuNanos, double share) {
        return share < 1 && jitNanos > share * cpuNanos;
    }

    /**
     * Whether a path that has had {@code done} warm-up passes gets another: those asked, then
     * while it compiles, up to {@value #MOST_WARM_UP_FACTOR} times as many.
     */
    private static boolean moreWarmUp(int done, int asked, boolean compiling) {
        return done < asked || compiling && done < MOST_WARM_UP_FACTOR * asked;
    }

    /** The CPU time of the current thread, user and system, or 0 where the JVM does not tell it. */
    private static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    /** The load average of the last minute, or -1 where the system does not tell it. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Processes one article as {@code build} does (on a worker), by {@code work}, and returns what
     * loads it into a batch (on the writer) and tells what went wrong, if anything did.
     */
    private static BiConsumer<ArticleBatch, Consumer<List<String>>> process(Article article, Supplier<Pipeline.Result> work) {
        Pipeline.Result result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            return (batch, rejected) -> batch.then(() -> rejected.accept(List.of(article.sourceFile() + ": not loaded: " + e.getMessage())));
        }
        return (batch, rejected) -> BuildCommand.load(batch, article, result, () -> { }, rejected);
    }

    /**
     * The article a pass loads as the given copy: the article itself in the first pass, a copy
     * with its own id after, so that every pass loads graphs the store does not hold yet, as a
     * build of new articles does. Loaded again under their own ids, each article's graph would
     * first be deleted, which a build of new articles never does: in a JFR recording of
     * {@code bench} over train, deleting took a quarter of the writer's samples and half the
     * bytes it allocated.
     */
    private Article taken(Article article, int pass, int copy) {
        // every pass numbers its copies from pass x copies, and copies changes only after the
        // first pass (numbered 0): no number comes twice
        int number = pass * copies + copy;
        return number == 0 ? article : copyOf(article, number);
    }

    /** The article again under another id, URL and source file, so that it gets a graph of its own. */
    static Article copyOf(Article article, int copy) {
        String url = article.url() == null ? null : article.url() + COPY + copy;
        return new Article(article.id() + "-copy" + copy, url, article.title(), article.date(), article.body(),
                article.sourceFile() + COPY + copy);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private JsonObject toJson(Machine machine, long startupNanos, List<Path> inputs, Map<String, Integer> tokens,
            Map<String, Integer> parsed, List<Run> runs, List<Run> nlpRuns) {
        JsonObject json = new JsonObject();
        JsonObject host = new JsonObject();
        host.put("processors", machine.processors());
        host.put("cpu", machine.cpu());
        host.put("os", machine.os());
        host.put("java", machine.java());
        host.put("maxHeapBytes", machine.maxHeap());
        JsonArray options = new JsonArray();
        machine.jvmOptions().forEach(options::add);
        host.put("jvmOptions", options);
        json.put("machine", host);
        json.put("startupSeconds", JsonNumber.value(round(seconds(startupNanos), 3)));

        JsonObject corpusJson = new JsonObject();
        JsonArray inputsJson = new JsonArray();
        inputs.forEach(input -> inputsJson.add(input.toString()));
        corpusJson.put("inputs", inputsJson);
        corpusJson.put("articles", tokens.size());
        corpusJson.put("synthetic", synthetic);
        corpusJson.put("copiesPerRun", copies);
        corpusJson.put("warmUpPasses", warmedUp);
        corpusJson.put("warmUpArticlesAfterParse", warmedUpAfterParse);
        corpusJson.put("tokens", corpusTokens(tokens));
        corpusJson.put("parsedTokens", corpusTokens(parsed));
        json.put("corpus", corpusJson);
        json.put("repeat", repeat);

        Run total = total(runs);
        putFigures(json, total);
        JsonArray runsJson = new JsonArray();
        for (Run run : runs) {
            JsonObject runJson = new JsonObject();
            putFigures(runJson, run);
            runsJson.add(runJson);
        }
        json.put("runs", runsJson);
        json.put("threads", threads);
        json.put("cascade", cascade);
        if (!nlpRuns.isEmpty()) {
            JsonObject nlp = new JsonObject();
            nlp.put("annotators", Nlp.ANNOTATORS);
            nlp.put("warmUpPasses", nlpWarmedUp);
            Run nlpTotal = total(nlpRuns);
            putFigures(nlp, nlpTotal);
            JsonArray nlpJson = new JsonArray();
            for (Run run : nlpRuns) {
                JsonObject runJson = new JsonObject();
                putFigures(runJson, run);
                nlpJson.add(runJson);
            }
            nlp.put("runs", nlpJson);
            nlp.put("ratio", JsonNumber.value(round(ratio(total, nlpTotal), 3)));
            json.put("compareNlp", nlp);
        }
        return json;
    }

    private static void putFigures(JsonObject json, Run run) {
        json.put("articles", run.articles());
        json.put("rejected", run.rejected());
        json.put("tokens", run.tokens());
        json.put("wallSeconds", JsonNumber.value(round(seconds(run.nanos()), 3)));
        json.put("articlesPerSecond", JsonNumber.value(round(perSecond(run.articles(), run.nanos()), 3)));
        json.put("tokensPerSecond", JsonNumber.value(round(perSecond(run.tokens(), run.nanos()), 1)));
        json.put("peakHeapBytes", run.peakHeap());
        json.put("liveHeapBytes", run.liveHeap());
        json.put("cpuSeconds", JsonNumber.value(round(seconds(run.cpuNanos()), 3)));
        json.put("tokensPerCpuSecond", JsonNumber.value(round(perSecond(run.tokens(), run.cpuNanos()), 1)));
        json.put("writerCpuSeconds", JsonNumber.value(round(seconds(run.writerCpuNanos()), 3)));
        json.put("jitSeconds", JsonNumber.value(run.jitNanos() < 0 ? -1 : round(seconds(run.jitNanos()), 3)));
        json.put("loadAverageBefore", JsonNumber.value(round(run.loadBefore(), 2)));
        json.put("loadAverageAfter", JsonNumber.value(round(run.loadAfter(), 2)));
    }

    /** The build's tokens per second over bare CoreNLP's: 1 when the build runs at the parser's speed. */
    private static double ratio(Run build, Run nlp) {
        double nlpSpeed = perSecond(nlp.tokens(), nlp.nanos());
        return nlpSpeed == 0 ? 0 : perSecond(build.tokens(), build.nanos()) / nlpSpeed;
    }

    private void printTable(PrintWriter out, Machine machine, long startupNanos, List<Path> inputs, Map<String, Integer> tokens,
            Map<String, Integer> parsed, List<Run> runs, List<Run> nlpRuns) {
        out.printf(Locale.ROOT, "machine   %d processors, %s; %s; Java %s%n", machine.processors(), machine.cpu(), machine.os(), machine.java());
        out.printf(Locale.ROOT, "jvm       %s%n", machine.jvmOptions().isEmpty() ? "no options" : String.join(" ", machine.jvmOptions()));
        out.printf(Locale.ROOT, "max heap  %.0f MiB%n", machine.maxHeap() / MIB);
        out.printf(Locale.ROOT, "start-up  %.2f s (pipeline built, CoreNLP loaded)%n", seconds(startupNanos));
        out.printf(Locale.ROOT, "corpus    %d articles, %d tokens, from %s; each run takes them %s%n", tokens.size(),
                corpusTokens(tokens),
                inputs.size() == 1 ? inputs.get(0) : inputs.get(0) + " and " + (inputs.size() - 1) + " more inputs",
                copies == 1 ? "once" : copies + " times");
        long parsedTokens = corpusTokens(parsed);
        out.printf(Locale.ROOT, "build     %d threads, cascade %s: the parser reads %d of the %d tokens of a pass (%.1f%%)%n", threads,
                cascade ? "on" : "off", parsedTokens, corpusTokens(tokens), 100.0 * parsedTokens / Math.max(1, corpusTokens(tokens)));
        out.printf(Locale.ROOT, "warm-up   %d untimed passes%s, %d tokens each; %d articles after the parser%n", warmedUp,
                compareNlp ? " of the build, " + nlpWarmedUp + " of bare CoreNLP" : "", corpusTokens(tokens), warmedUpAfterParse);
        out.println();
        String row = "%-12s %8s %7s %9s %7s %9s %8s %12s %11s %8s %9s %9s %10s%n";
        out.printf(Locale.ROOT, row, "run", "articles", "tokens", "wall (s)", "art/s", "tokens/s", "cpu (s)", "tokens/cpu-s",
                "writer cpu", "jit (s)", "peak MiB", "live MiB", "load");
        for (int i = 0; i < runs.size(); i++) {
            printRow(out, row, String.valueOf(i + 1), runs.get(i));
            if (!nlpRuns.isEmpty()) {
                printRow(out, row, (i + 1) + " corenlp", nlpRuns.get(i));
            }
        }
        if (runs.size() > 1) {
            printRow(out, row, "all", total(runs));
            if (!nlpRuns.isEmpty()) {
                printRow(out, row, "all corenlp", total(nlpRuns));
            }
        }
        if (!nlpRuns.isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "ratio     %.2f: build over bare CoreNLP (%s, %d threads), tokens/s, all runs%n",
                    ratio(total(runs), total(nlpRuns)), Nlp.ANNOTATORS, threads);
        }
    }

    private static void printRow(PrintWriter out, String row, String label, Run run) {
        out.printf(Locale.ROOT, row, label, run.articles(), run.tokens(),
                String.format(Locale.ROOT, "%.2f", seconds(run.nanos())),
                String.format(Locale.ROOT, "%.2f", perSecond(run.articles(), run.nanos())),
                String.format(Locale.ROOT, "%.0f", perSecond(run.tokens(), run.nanos())),
                String.format(Locale.ROOT, "%.2f", seconds(run.cpuNanos())),
                String.format(Locale.ROOT, "%.0f", perSecond(run.tokens(), run.cpuNanos())),
                String.format(Locale.ROOT, "%.2f", seconds(run.writerCpuNanos())),
                run.jitNanos() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", seconds(run.jitNanos())),
                String.format(Locale.ROOT, "%.0f", run.peakHeap() / MIB),
                String.format(Locale.ROOT, "%.0f", run.liveHeap() / MIB),
                run.loadBefore() < 0 ? "-" : String.format(Locale.ROOT, "%.1f-%.1f", run.loadBefore(), run.loadAfter()));
    }

    /** The runs together: summed counts and times, the highest peak and live heap. */
    private static Run total(List<Run> runs) {
        return new Run(runs.stream().mapToLong(Run::nanos).sum(), runs.stream().mapToLong(Run::cpuNanos).sum(),
                runs.stream().mapToLong(Run::writerCpuNanos).sum(),
                runs.stream().anyMatch(run -> run.jitNanos() < 0) ? -1 : runs.stream().mapToLong(Run::jitNanos).sum(),
                runs.stream().mapToInt(Run::articles).sum(),
                runs.stream().mapToInt(Run::rejected).sum(), runs.stream().mapToLong(Run::tokens).sum(),
                runs.stream().mapToLong(Run::peakHeap).max().orElse(0),
                runs.stream().mapToLong(Run::liveHeap).max().orElse(0),
                runs.get(0).loadBefore(), runs.get(runs.size() - 1).loadAfter());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double perSecond(long count, long nanos) {
        return nanos <= 0 ? 0 : count / seconds(nanos);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
