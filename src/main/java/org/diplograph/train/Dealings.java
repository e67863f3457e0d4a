package org.diplograph.train;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.diplograph.eval.Evaluation;
import org.diplograph.eval.Fact;

/**
 * What a cross-validation repeated over several dealings of the blocks to the folds found: each
 * dealing's evaluation, and the counts of all of them pooled. Which blocks share a fold moves F1
 * by more than many a change to the extractor does, so one dealing ranks such changes by chance;
 * the pooled counts move less.
 *
 * @param folds         the number of folds of each dealing
 * @param trainingFolds how many of the other folds each fold's models learned from: all of them,
 *                      {@code folds - 1}, save for a learning curve
 * @param each          each dealing's evaluation, dealing 0 (the blocks in their numbers' order) first
 */
public record Dealings(int folds, int trainingFolds, List<Evaluation> each) {

    public Dealings {
        if (each.isEmpty()) {
            throw new IllegalArgumentException("a cross-validation needs at least one dealing of the blocks, but had none");
        }
        requireTrainingFolds(folds, trainingFolds);
        each = List.copyOf(each);
    }

    /** Checks that a fold's models learn from at least one other fold, and at most from all of them. */
    static void requireTrainingFolds(int folds, int trainingFolds) {
        if (trainingFolds < 1 || trainingFolds > folds - 1) {
            throw new IllegalArgumentException("a fold's models learn from 1 to " + (folds - 1) + " other folds, but trainingFolds was: "
                    + trainingFolds);
        }
    }

    /** Whether each fold's models learned from fewer folds than all the others (a point of a learning curve). */
    private boolean learnedFromFewer() {
        return trainingFolds < folds - 1;
    }

    /** The counts of every dealing summed: each article scored once a dealing. */
    public Evaluation pooled() {
        return Evaluation.of(each.stream().flatMap(evaluation -> evaluation.articles().stream()).toList());
    }

    /**
     * With one dealing, as {@link Evaluation#print(PrintWriter, boolean)} prints it. With more, the
     * pooled table, each dealing's F1 per kind and their spread, with {@code byRule} the pooled
     * table of rules, then the missing and unexpected facts of each article in dealing 0. Where
     * the folds learned from fewer folds than all the others, a first line says so.
     */
    public void print(PrintWriter out, boolean byRule) {
        if (learnedFromFewer()) {
            out.printf(Locale.ROOT, "Each fold decided by models that learned from only %d of the other %d folds (--training-folds).%n%n",
                    trainingFolds, folds - 1);
        }
        Evaluation first = each.get(0);
        if (each.size() == 1) {
            first.print(out, byRule);
            return;
        }
        Evaluation pooled = pooled();
        pooled.printTotals(out);
        out.println();
        out.printf(Locale.ROOT, "%-11s", "F1 dealing");
        for (Fact.Kind kind : Fact.Kind.values()) {
            out.printf(Locale.ROOT, " %10s", kind.label());
        }
        out.println();
        for (int d = 0; d < each.size(); d++) {
            out.printf(Locale.ROOT, "%-11d", d);
            for (Fact.Kind kind : Fact.Kind.values()) {
                out.printf(Locale.ROOT, " %10.3f", each.get(d).totals().get(kind).f1());
            }
            out.println();
        }
        out.printf(Locale.ROOT, "%-11s", "spread");
        for (Fact.Kind kind : Fact.Kind.values()) {
            out.printf(Locale.ROOT, " %10.3f", spread(kind));
        }
        out.println();
        if (byRule) {
            pooled.printRules(out);
        }
        out.println();
        out.println("Each article's missing and unexpected facts in dealing 0 (the blocks in their numbers' order):");
        first.printArticles(out);
    }

    /** The largest F1 of a kind over the dealings less the smallest. */
    public double spread(Fact.Kind kind) {
        double least = Double.POSITIVE_INFINITY;
        double most = Double.NEGATIVE_INFINITY;
        for (Evaluation evaluation : each) {
            double f1 = evaluation.totals().get(kind).f1();
            least = Math.min(least, f1);
            most = Math.max(most, f1);
        }
        return most - least;
    }

    /**
     * With one dealing, its evaluation's JSON. With more, the pooled figures and rules, the
     * articles of dealing 0, and each dealing's figures under {@code dealings}. Where the folds
     * learned from fewer folds than all the others, {@code trainingFolds} says from how many.
     */
    public JsonObject toJson() {
        JsonObject json = each.size() == 1 ? each.get(0).toJson() : new JsonObject();
        if (learnedFromFewer()) {
            json.put("trainingFolds", trainingFolds);
        }
        if (each.size() == 1) {
            return json;
        }
        Evaluation pooled = pooled();
        json.put("kinds", Evaluation.figures(pooled.totals()));
        json.put("articles", each.get(0).articlesToJson());
        json.put("rules", pooled.rulesToJson());
        json.put("folds", folds);
        JsonArray dealings = new JsonArray();
        for (int d = 0; d < each.size(); d++) {
            JsonObject dealing = new JsonObject();
            dealing.put("dealing", d);
            dealing.put("kinds", Evaluation.figures(each.get(d).totals()));
            dealings.add(dealing);
        }
        json.put("dealings", dealings);
        return json;
    }
}
