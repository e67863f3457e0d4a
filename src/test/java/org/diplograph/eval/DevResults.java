package org.diplograph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.diplograph.SharedFolder;
import org.diplograph.TestPipeline;
import org.diplograph.ingest.Article;
import org.diplograph.ingest.Ingest;
import org.diplograph.ingest.IngestResult;

/**
 * The development set ({@code ../shared/eval/dev}) processed once per test JVM, as
 * {@link Evaluation#run} processes it: every test that needs the dev articles' graphs shares
 * these instead of running the pipeline over the set again.
 */
public final class DevResults {

    /** One dev article, its gold file and the graph the pipeline made of it. */
    public record Result(Article article, GoldArticle gold, Graph graph) {
    }

    private static List<Result> results;

    private DevResults() {
    }

    /** Every dev article with a gold file, in file-name order; processed on the first call. */
    public static synchronized List<Result> get() {
        if (results == null) {
            results = List.copyOf(process(SharedFolder.dev()));
        }
        return results;
    }

    /** The dev set's scores, as {@code eval ../shared/eval/dev} prints them. */
    public static Evaluation evaluation() {
        return Evaluation.of(get().stream().map(r -> ArticleScore.score(r.graph(), r.gold())).toList());
    }

    private static List<Result> process(Path folder) {
        List<Path> golds;
        try (Stream<Path> files = Files.list(folder)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the dev set " + folder, e);
        }
        if (golds.isEmpty()) {
            throw new IllegalStateException("the dev set has no .gold.json files: " + folder);
        }
        List<Result> processed = new ArrayList<>();
        for (Path gold : golds) {
            Path text = gold.resolveSibling(gold.getFileName().toString().replace(".gold.json", ".txt"));
            IngestResult read = Ingest.readFile(text);
            if (!read.errors().isEmpty()) {
                throw new IllegalStateException("cannot read dev article " + text + ": " + read.errors().get(0).message());
            }
            Article article = read.articles().get(0);
            processed.add(new Result(article, GoldArticle.read(gold), TestPipeline.get().process(article).graph().graph()));
        }
        return processed;
    }
}
