package org.diplograph.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;

/**
 * How one article's graph scores against its gold file: counts per kind, the facts that were
 * missing or unexpected, and the extracted facts that matched a gold fact.
 */
public record ArticleScore(String doc, Map<Fact.Kind, Scores> scores, List<Fact> missing, List<Fact> unexpected,
                           List<Fact> found) {

    public ArticleScore {
        scores = Map.copyOf(scores);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        found = List.copyOf(found);
    }

    /**
     * The missing facts, then the unexpected ones, one line each: "missing    statements: Offer
     * by [Q43]  | evidence", as {@code eval} prints them and as tests report them; an unexpected
     * fact ends with the rule that proposed it and its confidence ("[speech-acts:offer/VERB 0.62]").
     */
    public List<String> differences() {
        List<String> lines = new ArrayList<>();
        for (Fact fact : missing) {
            lines.add("missing    " + fact.kind().label() + ": " + fact.display() + evidenceOf(fact));
        }
        for (Fact fact : unexpected) {
            lines.add("unexpected " + fact.kind().label() + ": " + fact.display() + evidenceOf(fact) + provenanceOf(fact));
        }
        return lines;
    }

    private static String provenanceOf(Fact fact) {
        if (fact.rule().isEmpty()) {
            return "";
        }
        return "  [" + fact.rule() + (Double.isNaN(fact.confidence()) ? "" : String.format(Locale.ROOT, " %.2f", fact.confidence())) + "]";
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
        List<Fact> found = new ArrayList<>();
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
                    found.add(p.get(i));
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
        return new ArticleScore(gold.doc(), scores, missing, unexpected, found);
    }
}
