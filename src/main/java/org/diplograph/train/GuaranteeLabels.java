package org.diplograph.train;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.eval.Fact;
import org.diplograph.eval.GoldArticle;
import org.diplograph.extract.Candidates;
import org.diplograph.extract.Candidates.GuaranteeCandidate;
import org.diplograph.extract.model.LinearModelTrainer.Example;

/**
 * Labels guarantee candidates from a gold file: a pair is a guarantee when a gold guarantee
 * whose evidence lies in the pair's sentence names its guarantor and beneficiary, each
 * matched to the gold actors as the scorer matches them (Wikidata id or a name).
 */
final class GuaranteeLabels {

    /** The label of a pair that is no guarantee. */
    static final String NO = "No";

    private GuaranteeLabels() {
    }

    static List<Example> examples(String body, GoldArticle gold, Candidates candidates, List<GuaranteeCandidate> pairs) {
        List<Example> examples = new ArrayList<>();
        List<Fact> guarantees = gold.facts().stream().filter(f -> f.kind() == Fact.Kind.GUARANTEES).toList();
        int[] at = new int[guarantees.size()];
        for (int f = 0; f < at.length; f++) {
            at[f] = guarantees.get(f).evidence().isEmpty() ? -1 : body.indexOf(guarantees.get(f).evidence());
        }
        GoldKeys keys = new GoldKeys(gold, candidates::actor);
        for (GuaranteeCandidate pair : pairs) {
            boolean yes = false;
            for (int f = 0; f < at.length; f++) {
                Fact fact = guarantees.get(f);
                boolean here = at[f] >= 0 && at[f] < pair.end() && at[f] + fact.evidence().length() > pair.begin();
                yes |= here && keys.of(pair.guarantor()).contains(fact.slots().get(0).get(0))
                        && keys.of(pair.beneficiary()).contains(fact.slots().get(1).get(0));
            }
            examples.add(new Example(yes ? Candidates.YES : NO, pair.features()));
        }
        return examples;
    }
}
