package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.assertCandidateAct;

import java.util.List;
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
        assertCandidateAct(body, "vowed", StatementKind.REJECTION, "Q986", "Eritrea");
    }
}
