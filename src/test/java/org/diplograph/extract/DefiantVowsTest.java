package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.candidate;
import static org.diplograph.extract.ExtractedActs.candidates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplograph.extract.Candidates.StatementCandidate;
import org.junit.jupiter.api.Test;

/**
 * A side that vows in the news vows defiance ("vowed to keep fighting", "vowed never to sign"):
 * the lexicon makes "vow" a trigger of rejections, not of offers, and the side that vows is the
 * one that rejects.
 */
class DefiantVowsTest {

    @Test
    void vowIsATriggerOfRejections() {
        List<Lexicon.Trigger> triggers = Lexicon.bundled().triggers("vow").stream().filter(t -> t.pos().equals("VERB")).toList();
        ExtractedActs.assertTriggers("the verb 'vow'", triggers, StatementKind.REJECTION, "120");
    }

    @Test
    void aSideThatVowsToFightOnRejects() {
        String body = "ASMARA - Eritrea on Thursday vowed to keep its troops in the border district until the "
                + "commission's line was marked on the ground.";
        StatementCandidate vowed = candidate(candidates(body), body, "vowed");
        assertEquals(StatementKind.REJECTION, vowed.ruleKind(), "the kind the rule gives \"vowed\"");
        assertEquals(List.of("Q986"), vowed.agents(), "the agent of \"vowed\": Eritrea");
    }
}
