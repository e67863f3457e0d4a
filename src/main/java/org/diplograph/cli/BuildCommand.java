package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.diplograph.OrderedWork;
import org.diplograph.Pipeline;
import org.diplograph.extract.Statement;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.diplograph.link.Reconciler;
import org.diplograph.store.ArticleBatch;
import org.diplograph.store.Store;
import org.diplograph.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code build INPUT... [--loc=DIR]}: ingests articles, extracts, validates and loads
 * their graphs, several articles to a transaction and each article whole or not at all. A bad
 * input or an article that fails validation is reported and skipped; the rest of the batch
 * goes on.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Read articles (.txt, .html, .jsonl, or folders of them), extract their facts, validate and load them into the store. Rebuilding an article replaces its graph.")
public final class BuildCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders.")
    private List<Path> inputs;

    @Mixin
    DecisionOptions decisionOptions = new DecisionOptions();

    @Option(names = "--loc", paramLabel = "DIR", defaultValue = "data", description = "Folder of the TDB2 store (default: ${DEFAULT-VALUE}).")
    private Path location;

    @Option(names = "--same-as", description = "Also link actors to Wikidata with owl:sameAs.")
    private boolean sameAs;

    @Option(names = "--reconcile", paramLabel = "URL",
            description = "Ask this W3C reconciliation service (e.g. Wikidata's) for the QID of actors the gazetteer lacks. Off by default: the build needs no network.")
    private String reconcile;

    @Option(names = "--reconcile-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Seconds to wait for each answer of the reconciliation service (default: ${DEFAULT-VALUE}).")
    private double reconcileTimeout;

    @Option(names = "--reconcile-cache", paramLabel = "FILE",
            description = "File keeping the reconciliation service's answers, so each name is asked once (default: reconcile-cache.tsv in the store folder).")
    private Path reconcileCache;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Give up an article whose annotation takes longer, report it and go on with the rest (default: ${DEFAULT-VALUE}).")
    private long articleTimeout;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads that annotate and extract articles (default: one a core, here ${DEFAULT-VALUE}); one writer loads them in input order.")
    private int threads = Threads.cores();

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "" + ArticleBatch.DEFAULT_ARTICLES,
            description = "Articles loaded per store transaction, each still loaded whole or not at all (default: ${DEFAULT-VALUE}; 1: one transaction per article).")
    private int commitEvery;

    @Option(names = "--progress", negatable = true, description = "Show a progress line (default: on a terminal).")
    private Boolean progress;

    /** What a build did, for its summary. */
    static final class Summary {
        int articles;
        int statements;
        int conditions;
        int guarantees;
        long triples;
        final List<String> rejected = new ArrayList<>();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean showProgress = progress != null ? progress : System.console() != null;
        Summary summary = new Summary();
        if (articleTimeout < 1) {
            throw new ParameterException(spec.commandLine(), "--article-timeout must be at least 1 second, but was: " + articleTimeout);
        }
        Threads.check(spec, threads);
        checkCommitEvery(spec, commitEvery);
        Pipeline pipeline = decisionOptions.apply(Pipeline.create()).sameAs(sameAs).reconciler(reconciler(err))
                .articleBudget(Duration.ofSeconds(articleTimeout)).build().warmUp();
        try (Store store = Store.create().location(location).build()) {
            int[] seen = {0};
            ArticleBatch batch = ArticleBatch.of(store, commitEvery);
            try (OrderedWork work = new OrderedWork(threads)) {
                Ingest.stream(inputs, article -> work.submit(() -> {
                    Consumer<ArticleBatch> load = process(article, pipeline, summary);
                    return () -> {
                        seen[0]++;
                        load.accept(batch);
                        if (showProgress) {
                            err.printf(Locale.ROOT, "\r[%s] %d articles, %d rejected", bar(seen[0]), summary.articles, summary.rejected.size());
                            err.flush();
                        }
                    };
                }), error -> work.then(() -> batch.then(() -> summary.rejected.add(error.message()))));
                work.then(batch::commit);
            }
            if (showProgress) {
                err.println();
            }
        }
        printSummary(out, summary);
        return summary.rejected.isEmpty() ? 0 : 1;
    }

    private Reconciler reconciler(PrintWriter err) {
        if (reconcile == null) {
            if (reconcileCache != null) {
                throw new ParameterException(spec.commandLine(), "--reconcile-cache needs --reconcile=URL");
            }
            return null;
        }
        if (!(reconcileTimeout > 0) || reconcileTimeout > 600) {
            throw new ParameterException(spec.commandLine(),
                    "--reconcile-timeout must be in (0, 600] seconds, but was: " + reconcileTimeout);
        }
        try {
            return Reconciler.create().service(reconcile)
                    .timeout(Duration.ofMillis(Math.round(reconcileTimeout * 1000)))
                    .cache(reconcileCache != null ? reconcileCache : location.resolve("reconcile-cache.tsv"))
                    .errors(message -> {
                        err.println(message);
                        err.flush();
                    })
                    .build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static void checkCommitEvery(CommandSpec spec, int commitEvery) {
        if (commitEvery < 1) {
            throw new ParameterException(spec.commandLine(), "--commit-every must be at least 1, but was: " + commitEvery);
        }
    }

    /**
     * The writer's half of every article's path into the store, for {@code build} and {@code bench}
     * alike: its result, extracted and validated on a worker, goes into the batch only if it
     * validates; {@code rejected} hears, in the article's turn, why it was not loaded (a line for
     * each reason).
     */
    static void load(ArticleBatch batch, Article article, Pipeline.Result result, Runnable loaded, Consumer<List<String>> rejected) {
        if (!result.valid()) {
            List<String> reasons = new ArrayList<>();
            for (Violation violation : result.report().violations()) {
                reasons.add(article.sourceFile() + ": not loaded, " + violation.failure());
            }
            batch.then(() -> rejected.accept(reasons));
            return;
        }
        batch.load(result.graph().name(), result.graph().graph(), loaded,
                e -> rejected.accept(List.of(article.sourceFile() + ": not loaded: " + e.getMessage())));
    }

    /**
     * Processes an article (on a worker) and returns what loads and counts it (on the writer):
     * a failure to process is reported as the article's rejection, in its turn.
     */
    private static Consumer<ArticleBatch> process(Article article, Pipeline pipeline, Summary summary) {
        Pipeline.Result result;
        try {
            result = pipeline.process(article);
        } catch (RuntimeException e) {
            return batch -> batch.then(() -> summary.rejected.add(article.sourceFile() + ": not loaded: " + e.getMessage()));
        }
        return batch -> load(batch, article, result, () -> count(result, summary), summary.rejected::addAll);
    }

    private static void count(Pipeline.Result result, Summary summary) {
        summary.articles++;
        summary.triples += result.graph().graph().size();
        for (Statement statement : result.extraction().statements()) {
            summary.statements++;
            summary.conditions += statement.conditions().size();
            summary.guarantees += statement.guarantees().size();
        }
    }

    private static String bar(int seen) {
        int width = 20;
        int position = seen % (2 * width);
        int at = position < width ? position : 2 * width - position - 1;
        StringBuilder bar = new StringBuilder();
        for (int i = 0; i < width; i++) {
            bar.append(i == at ? '#' : '.');
        }
        return bar.toString();
    }

    private void printSummary(PrintWriter out, Summary summary) {
        out.printf(Locale.ROOT, "loaded %d articles into %s: %d statements, %d conditions, %d guarantees, %d triples%n",
                summary.articles, location, summary.statements, summary.conditions, summary.guarantees, summary.triples);
        if (!summary.rejected.isEmpty()) {
            out.printf(Locale.ROOT, "rejected %d inputs:%n", summary.rejected.size());
            for (String reason : summary.rejected) {
                out.println("  " + reason);
            }
        }
        out.flush();
    }
}
