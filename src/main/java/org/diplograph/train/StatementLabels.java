package org.diplograph.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.diplograph.eval.Fact;
import org.diplograph.eval.GoldArticle;
import org.diplograph.extract.Candidates.StatementCandidate;
import org.diplograph.extract.Decisions;
import org.diplograph.extract.model.LinearModelTrainer.Example;

/**
 * Labels candidate acts from a gold file: each gold statement, narrowest evidence first,
 * gives its kind to one candidate whose trigger lies inside its evidence (the one that
 * stands for it best); every other candidate is {@link Decisions#NONE}, so that an act
 * read twice in one span is learned as one statement.
 */
final class StatementLabels {

    private StatementLabels() {
    }

    private record GoldSpan(int begin, int end, String type) {
    }

    /**
     * Of two candidates inside one gold statement's evidence, the one that stands for it: the
     * one whose rule gives the gold kind, then one no gate held back, then the earlier.
     */
    private static boolean better(StatementCandidate a, StatementCandidate b, GoldSpan span) {
        boolean aKind = a.ruleKind().localName().equals(span.type());
        boolean bKind = b.ruleKind().localName().equals(span.type());
        if (aKind != bKind) {
            return aKind;
        }
        if (a.gated() != b.gated()) {
            return b.gated();
        }
        return a.begin() < b.begin();
    }

    static List<Example> examples(String body, GoldArticle gold, List<StatementCandidate> candidates) {
        List<GoldSpan> spans = new ArrayList<>();
        for (Fact fact : gold.facts()) {
            if (fact.kind() != Fact.Kind.STATEMENTS || fact.evidence().isEmpty()) {
                continue;
            }
            for (int at = body.indexOf(fact.evidence()); at >= 0; at = body.indexOf(fact.evidence(), at + 1)) {
                spans.add(new GoldSpan(at, at + fact.evidence().length(), fact.type()));
            }
        }
        String[] labels = new String[candidates.size()];
        Arrays.fill(labels, Decisions.NONE);
        spans.sort(Comparator.comparingInt((GoldSpan g) -> g.end() - g.begin()));
        for (GoldSpan span : spans) {
            int chosen = -1;
            for (int c = 0; c < candidates.size(); c++) {
                StatementCandidate candidate = candidates.get(c);
                boolean inside = span.begin() <= candidate.begin() && candidate.end() <= span.end();
                if (inside && labels[c].equals(Decisions.NONE) && (chosen < 0 || better(candidate, candidates.get(chosen), span))) {
                    chosen = c;
                }
            }
            if (chosen >= 0) {
                labels[chosen] = span.type();
            }
        }
        List<Example> examples = new ArrayList<>();
        for (int c = 0; c < candidates.size(); c++) {
            examples.add(new Example(labels[c], candidates.get(c).features()));
        }
        return examples;
    }
}
