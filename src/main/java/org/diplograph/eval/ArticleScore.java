package org.diplograph.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;

/**
 * How one article's graph scores against its gold file: counts per kind, and the facts
 * that were missing or unexpected.
 */
public record ArticleScore(String doc, Map<Fact.Kind, Scores> scores, List<Fact> missing, List<Fact> unexpected) {

    public ArticleScore {
        scores = Map.copyOf(scores);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
    }

    /**
     * The missing facts, then the unexpected ones, one line each: "missing    statements: Offer
     * by [Q43]  | evidence", as {@code eval} prints them and as tests report them.
     */
    public List<String> differences() {
        List<String> lines = new ArrayList<>();
        for (Fact fact : missing) {
            lines.add("missing    " + fact.kind().label() + ": " + fact.display() + evidenceOf(fact));
        }
        for (Fact fact : unexpected) {
            lines.add("unexpected " + fact.kind().label() + ": " + fact.display() + evidenceOf(fact));
        }
        return lines;
    }

    private static String evidenceOf(Fact fact) {
        return fact.evidence().isEmpty() ? "" : "  | " + fact.evidence();
    }

    /** Scores an article graph against a gold article. */
    public static ArticleScore score(Graph graph, GoldArticle gold) {
        List<Fact> predicted = new GraphFacts(graph, gold).facts();
        Map<Fact.Kind, Scores> scores = new EnumMap<>(Fact.Kind.class);
        List<Fact> missing = new ArrayList<>();
        List<Fact> unexpected = new ArrayList<>();
        for (Fact.Kind kind : Fact.Kind.values()) {
            List<Fact> p = predicted.stream().filter(f -> f.kind() == kind).toList();
            List<Fact> g = gold.facts().stream().filter(f -> f.kind() == kind).toList();
            int[] match = Matching.match(p, g);
            boolean[] goldMatched = new boolean[g.size()];
            int tp = 0;
            for (int i = 0; i < p.size(); i++) {
                if (match[i] >= 0) {
                    tp++;
                    goldMatched[match[i]] = true;
                } else {
                    unexpected.add(p.get(i));
                }
            }
            for (int j = 0; j < g.size(); j++) {
                if (!goldMatched[j]) {
                    missing.add(g.get(j));
                }
            }
            scores.put(kind, new Scores(tp, p.size() - tp, g.size() - tp));
        }
        return new ArticleScore(gold.doc(), scores, missing, unexpected);
    }
}
