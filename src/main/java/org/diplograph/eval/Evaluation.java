package org.diplograph.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.diplograph.Pipeline;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.diplograph.ingest.IngestResult;
import org.diplograph.validate.ValidationReport;

/**
 * Scores the pipeline against a folder of articles with gold files
 * ({@code NAME.txt} beside {@code NAME.gold.json}), micro-averaged over articles.
 * Facts are scored from the RDF each article's graph holds, as users query it.
 */
public record Evaluation(List<ArticleScore> articles, Map<Fact.Kind, Scores> totals) {

    private static final String GOLD_SUFFIX = ".gold.json";
    /** What {@link #byRule()} counts a fact under that names no rule. */
    public static final String NO_RULE = "(none)";

    public Evaluation {
        articles = List.copyOf(articles);
        totals = Map.copyOf(totals);
    }

    /** One article of a gold folder, its gold file, the graph the pipeline made of it and what validating it found. */
    public record Processed(Article article, GoldArticle gold, Graph graph, ValidationReport report) {
    }

    /**
     * Runs the pipeline over every article of {@code folder} that has a gold file and scores what
     * {@code build} would load: an article whose graph fails validation counts as nothing found.
     */
    public static Evaluation run(Path folder, Pipeline pipeline) {
        return of(process(folder, pipeline).stream().map(p -> ArticleScore.scoreAsLoaded(p.graph(), p.report(), p.gold())).toList());
    }

    /**
     * Processes every article of {@code folder} that has a gold file, in file-name order, and
     * keeps each graph beside its gold file, for a caller that scores or inspects them.
     */
    public static List<Processed> process(Path folder, Pipeline pipeline) {
        List<Processed> processed = new ArrayList<>();
        for (Path goldFile : goldFiles(folder)) {
            Article article = articleOf(goldFile);
            Pipeline.Result result = pipeline.process(article);
            processed.add(new Processed(article, GoldArticle.read(goldFile), result.graph().graph(), result.report()));
        }
        return List.copyOf(processed);
    }

    /** The {@code .gold.json} files of a gold folder, in name order; an error where there are none. */
    public static List<Path> goldFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("gold folder must be a directory, but was: " + folder);
        }
        List<Path> golds;
        try (Stream<Path> files = Files.list(folder)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold folder " + folder, e);
        }
        if (golds.isEmpty()) {
            throw new IllegalArgumentException("gold folder has no " + GOLD_SUFFIX + " files: " + folder);
        }
        return golds;
    }

    /** The document name of a gold file: its file name without {@code .gold.json}. */
    public static String docName(Path goldFile) {
        return goldFile.getFileName().toString().replace(GOLD_SUFFIX, "");
    }

    /** The article beside a gold file ({@code NAME.txt}); an error naming the gold file where it cannot be read. */
    public static Article articleOf(Path goldFile) {
        IngestResult read = Ingest.readFile(goldFile.resolveSibling(docName(goldFile) + ".txt"));
        if (!read.errors().isEmpty()) {
            throw new IllegalArgumentException("cannot read the article of " + goldFile + ": " + read.errors().get(0).message());
        }
        return read.articles().get(0);
    }

    public static Evaluation of(List<ArticleScore> scores) {
        Map<Fact.Kind, Scores> totals = new EnumMap<>(Fact.Kind.class);
        for (Fact.Kind kind : Fact.Kind.values()) {
            Scores sum = new Scores(0, 0, 0);
            for (ArticleScore score : scores) {
                sum = sum.plus(score.scores().get(kind));
            }
            totals.put(kind, sum);
        }
        return new Evaluation(scores, totals);
    }

    /**
     * For each rule that proposed extracted facts ({@code dip:extractedBy}), by kind, how many of
     * its facts matched a gold fact (true positives) and how many did not (false positives): what
     * each rule does across the set. A fact no rule names is counted under "(none)"; actors,
     * which no rule proposes, are left out.
     */
    public SortedMap<String, Map<Fact.Kind, Scores>> byRule() {
        SortedMap<String, Map<Fact.Kind, Scores>> rules = new TreeMap<>();
        for (ArticleScore article : articles) {
            count(rules, article.found(), new Scores(1, 0, 0));
            count(rules, article.unexpected(), new Scores(0, 1, 0));
        }
        return rules;
    }

    private static void count(Map<String, Map<Fact.Kind, Scores>> rules, List<Fact> facts, Scores one) {
        for (Fact fact : facts) {
            if (fact.kind() != Fact.Kind.ACTORS) {
                String rule = fact.rule().isEmpty() ? NO_RULE : fact.rule();
                rules.computeIfAbsent(rule, r -> new EnumMap<>(Fact.Kind.class)).merge(fact.kind(), one, Scores::plus);
            }
        }
    }

    /** The table of figures, then the missing and unexpected facts of each article. */
    public void print(PrintWriter out) {
        print(out, false);
    }

    /**
     * The table of figures; with {@code byRule}, the table of {@link #byRule()} after it; then the
     * missing and unexpected facts of each article.
     */
    public void print(PrintWriter out, boolean byRule) {
        printTotals(out);
        if (byRule) {
            printRules(out);
        }
        printArticles(out);
    }

    /** The table of figures: precision, recall, F1 and counts of each kind. */
    public void printTotals(PrintWriter out) {
        out.printf(Locale.ROOT, "%-11s %9s %9s %9s %5s %5s %5s%n", "kind", "precision", "recall", "F1", "tp", "fp", "fn");
        for (Fact.Kind kind : Fact.Kind.values()) {
            Scores s = totals.get(kind);
            out.printf(Locale.ROOT, "%-11s %9.3f %9.3f %9.3f %5d %5d %5d%n", kind.label(), s.precision(), s.recall(), s.f1(),
                    s.truePositives(), s.falsePositives(), s.falseNegatives());
        }
        long notLoaded = notLoaded();
        if (notLoaded > 0) {
            out.printf(Locale.ROOT, "%d article graph(s) fail validation: build would not load them, so they count as nothing found"
                    + " (the reasons are under each article)%n", notLoaded);
        }
    }

    /** How many articles' graphs fail validation, which {@code build} would not load. */
    public long notLoaded() {
        return articles.stream().filter(a -> !a.notLoaded().isEmpty()).count();
    }

    /** After a blank line, the table of {@link #byRule()}: each rule's facts of each kind and how many are right. */
    public void printRules(PrintWriter out) {
        out.println();
        out.printf(Locale.ROOT, "%-44s %-11s %6s %6s %9s%n", "rule", "kind", "facts", "right", "precision");
        for (Map.Entry<String, Map<Fact.Kind, Scores>> rule : byRule().entrySet()) {
            for (Map.Entry<Fact.Kind, Scores> kind : rule.getValue().entrySet()) {
                Scores s = kind.getValue();
                out.printf(Locale.ROOT, "%-44s %-11s %6d %6d %9.3f%n", rule.getKey(), kind.getKey().label(),
                        s.truePositives() + s.falsePositives(), s.truePositives(), s.precision());
            }
        }
    }

    /** The {@link ArticleScore#differences() differences} of each article that has any, each article under a {@code ## NAME} line. */
    public void printArticles(PrintWriter out) {
        for (ArticleScore article : articles) {
            if (article.differences().isEmpty()) {
                continue;
            }
            out.println();
            out.println("## " + article.doc());
            for (String difference : article.differences()) {
                out.println("  " + difference);
            }
        }
    }

    /** The figures as JSON: per kind precision, recall, F1 and counts, and per article. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.put("kinds", figures(totals));
        json.put("notLoaded", notLoaded());
        json.put("articles", articlesToJson());
        json.put("rules", rulesToJson());
        return json;
    }

    /** {@link #byRule()} as JSON: each rule's right and wrong facts of each kind, and their precision. */
    public JsonObject rulesToJson() {
        JsonObject rules = new JsonObject();
        for (Map.Entry<String, Map<Fact.Kind, Scores>> rule : byRule().entrySet()) {
            JsonObject kinds = new JsonObject();
            for (Map.Entry<Fact.Kind, Scores> kind : rule.getValue().entrySet()) {
                Scores s = kind.getValue();
                JsonObject k = new JsonObject();
                k.put("tp", s.truePositives());
                k.put("fp", s.falsePositives());
                k.put("precision", JsonNumber.value(round(s.precision())));
                kinds.put(kind.getKey().label(), k);
            }
            rules.put(rule.getKey(), kinds);
        }
        return rules;
    }

    /** Each article's figures per kind and its numbers of missing and unexpected facts, as JSON. */
    public JsonArray articlesToJson() {
        JsonArray perArticle = new JsonArray();
        for (ArticleScore article : articles) {
            JsonObject a = new JsonObject();
            a.put("doc", article.doc());
            a.put("kinds", figures(article.scores()));
            a.put("missing", article.missing().size());
            a.put("unexpected", article.unexpected().size());
            a.put("notLoaded", article.notLoaded().size());
            perArticle.add(a);
        }
        return perArticle;
    }

    /** Precision, recall, F1 and counts of each kind, as JSON. */
    public static JsonObject figures(Map<Fact.Kind, Scores> scores) {
        JsonObject json = new JsonObject();
        for (Fact.Kind kind : Fact.Kind.values()) {
            Scores s = scores.get(kind);
            JsonObject k = new JsonObject();
            k.put("precision", JsonNumber.value(round(s.precision())));
            k.put("recall", JsonNumber.value(round(s.recall())));
            k.put("f1", JsonNumber.value(round(s.f1())));
            k.put("tp", s.truePositives());
            k.put("fp", s.falsePositives());
            k.put("fn", s.falseNegatives());
            json.put(kind.label(), k);
        }
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
