package org.diplograph.eval;

import java.util.List;
import org.diplograph.SharedFolder;
import org.diplograph.TestPipeline;

/**
 * The development set ({@code ../shared/eval/dev}) processed once per test JVM, by
 * {@link Evaluation#process}: every test that needs the dev articles' graphs shares these
 * instead of running the pipeline over the set again.
 */
public final class DevResults {

    private static List<Evaluation.Processed> results;

    private DevResults() {
    }

    /** Every dev article with a gold file, in file-name order; processed on the first call. */
    public static synchronized List<Evaluation.Processed> get() {
        if (results == null) {
            results = Evaluation.process(SharedFolder.dev(), TestPipeline.get());
        }
        return results;
    }

    /** The dev set's scores, as {@code eval ../shared/eval/dev} prints them. */
    public static Evaluation evaluation() {
        return Evaluation.of(get().stream().map(r -> ArticleScore.score(r.graph(), r.gold())).toList());
    }
}
