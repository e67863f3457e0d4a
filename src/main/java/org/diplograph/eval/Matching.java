package org.diplograph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximum one-to-one matching of predicted to gold facts (augmenting paths), so that
 * a greedy choice cannot use up the gold fact another prediction needed.
 */
final class Matching {

    /** For each predicted fact, the index of its gold match, or -1. */
    static int[] match(List<Fact> predicted, List<Fact> gold) {
        List<List<Integer>> edges = new ArrayList<>();
        for (Fact p : predicted) {
            List<Integer> options = new ArrayList<>();
            for (int g = 0; g < gold.size(); g++) {
                if (p.matches(gold.get(g))) {
                    options.add(g);
                }
            }
            edges.add(options);
        }
        int[] goldTaken = new int[gold.size()];
        Arrays.fill(goldTaken, -1);
        for (int p = 0; p < predicted.size(); p++) {
            augment(p, edges, goldTaken, new boolean[gold.size()]);
        }
        int[] result = new int[predicted.size()];
        Arrays.fill(result, -1);
        for (int g = 0; g < goldTaken.length; g++) {
            if (goldTaken[g] >= 0) {
                result[goldTaken[g]] = g;
            }
        }
        return result;
    }

    private static boolean augment(int p, List<List<Integer>> edges, int[] goldTaken, boolean[] seen) {
        for (int g : edges.get(p)) {
            if (seen[g]) {
                continue;
            }
            seen[g] = true;
            if (goldTaken[g] < 0 || augment(goldTaken[g], edges, goldTaken, seen)) {
                goldTaken[g] = p;
                return true;
            }
        }
        return false;
    }

    private Matching() {
    }
}
