package org.diplograph.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.validate.ValidationReport;
import org.diplograph.validate.Violation;

/**
 * How one article's graph scores against its gold file: counts per kind, the facts that were
 * missing or unexpected, the extracted facts that matched a gold fact, and why {@code build}
 * would not load the graph (empty where it would).
 */
public record ArticleScore(String doc, Map<Fact.Kind, Scores> scores, List<Fact> missing, List<Fact> unexpected,
                           List<Fact> found, List<String> notLoaded) {

    public ArticleScore {
        scores = Map.copyOf(scores);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        found = List.copyOf(found);
        notLoaded = List.copyOf(notLoaded);
    }

    /**
     * Why the graph is not loaded, if it is not ("not loaded: fails validation at ..."), then the
     * missing facts, then the unexpected ones, one line each: "missing    statements: Offer by
     * [Q43]  | evidence", as {@code eval} prints them and as tests report them; an unexpected fact
     * ends with the rule that proposed it and its confidence ("[speech-acts:offer/VERB 0.62]").
     */
    public List<String> differences() {
        List<String> lines = new ArrayList<>();
        for (String reason : notLoaded) {
            lines.add("not loaded: " + reason);
        }
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

    /**
     * Scores what {@code build} loads of an article: its graph where it passes the shapes, else
     * nothing, since the build loads an article whole or not at all; the reasons are kept.
     */
    public static ArticleScore scoreAsLoaded(Graph graph, ValidationReport report, GoldArticle gold) {
        if (report.conforms()) {
            return score(graph, gold);
        }
        ArticleScore nothing = score(GraphFactory.createDefaultGraph(), gold);
        List<String> reasons = report.violations().stream().map(Violation::failure).toList();
        return new ArticleScore(nothing.doc(), nothing.scores(), nothing.missing(), nothing.unexpected(), nothing.found(), reasons);
    }

    /** Scores an article graph against a gold article, as if it were loaded. */
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
        return new ArticleScore(gold.doc(), scores, missing, unexpected, found, List.of());
    }
}
