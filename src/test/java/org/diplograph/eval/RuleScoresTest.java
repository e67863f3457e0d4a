package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Evaluation#byRule()} over the dev set: every extracted fact counted once, under the rule that named it. */
class RuleScoresTest {

    @Test
    void everyExtractedFactIsCountedUnderTheRuleThatProposedIt() {
        Evaluation evaluation = DevResults.evaluation();
        Map<String, Map<Fact.Kind, Scores>> rules = evaluation.byRule();
        assertFalse(rules.containsKey(Evaluation.NO_RULE), "every fact names the rule that proposed it: " + rules.get(Evaluation.NO_RULE));
        List<String> unequal = new ArrayList<>();
        for (Fact.Kind kind : List.of(Fact.Kind.STATEMENTS, Fact.Kind.CONDITIONS, Fact.Kind.GUARANTEES)) {
            Scores sum = new Scores(0, 0, 0);
            for (Map<Fact.Kind, Scores> byKind : rules.values()) {
                sum = sum.plus(byKind.getOrDefault(kind, new Scores(0, 0, 0)));
            }
            Scores total = evaluation.totals().get(kind);
            if (sum.truePositives() != total.truePositives() || sum.falsePositives() != total.falsePositives()) {
                unequal.add(kind.label() + ": by rule " + sum + ", in all " + total);
            }
        }
        assertEquals(List.of(), unequal, "the rules' facts should add up to the set's");
        assertFalse(rules.keySet().stream().noneMatch(rule -> rule.startsWith("speech-acts:")),
                "the curated triggers propose most statements: " + rules.keySet());
    }

    @Test
    void anUnexpectedFactTellsItsRuleAndConfidence() {
        List<String> bare = new ArrayList<>();
        for (ArticleScore article : DevResults.evaluation().articles()) {
            for (String line : article.differences()) {
                if (line.startsWith("unexpected statements") && !line.matches(".*  \\[\\S+ [01]\\.\\d\\d\\]$")) {
                    bare.add(article.doc() + ": " + line);
                }
            }
        }
        assertEquals(List.of(), bare);
    }
}
