package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.candidate;
import static org.diplograph.extract.ExtractedActs.candidates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplograph.WordClasses;
import org.diplograph.extract.Candidates.StatementCandidate;
import org.junit.jupiter.api.Test;

/**
 * A dismissive verdict on a proposal ("called the plan absurd", "unworkable", "unjustified", "a
 * non-starter") rejects it, as "unacceptable" does, and the side that passes the verdict is the one
 * that rejects.
 */
class DismissiveVerdictsTest {

    @Test
    void everyDismissiveVerdictIsARejectionTrigger() {
        for (String word : WordClasses.bundled().get("&UNACCEPTABLE")) {
            List<Lexicon.Trigger> triggers = Lexicon.bundled().triggers(word).stream().filter(t -> t.pos().equals("ADJ")).toList();
            ExtractedActs.assertTriggers("the verdict '" + word + "'", triggers, StatementKind.REJECTION, "120");
        }
    }

    @Test
    void theSideThatCallsAProposalAbsurdRejectsIt() {
        assertRejectedBy("MOSCOW - The Kremlin on Monday called a Lithuanian proposal for a transit corridor to Kaliningrad absurd.",
                "absurd", "Q159", "Russia, whose Kremlin calls the proposal so");
    }

    @Test
    void aPlanCalledANonStarterIsRejectedByTheSideThatSaysSo() {
        assertRejectedBy("ATHENS - Greece said on Tuesday that a joint naval patrol around the disputed islets was a non-starter.",
                "non-starter", "Q41", "Greece, which says so");
    }

    @Test
    void aRulingCalledUnjustifiedIsRejectedByTheSideThatCallsItSo() {
        assertRejectedBy("YEREVAN - Armenia's foreign ministry on Tuesday called the commission's ruling on the disputed "
                + "villages unjustified and legally baseless.", "unjustified", "Q399", "Armenia");
    }

    /** The verdict's word makes a candidate rejection whose agent is the side that passes the verdict. */
    private static void assertRejectedBy(String body, String verdict, String side, String why) {
        StatementCandidate candidate = candidate(candidates(body), body, verdict);
        assertEquals(StatementKind.REJECTION, candidate.ruleKind(), "the kind the rule gives \"" + verdict + "\"");
        assertEquals(List.of(side), candidate.agents(), "the agent of \"" + verdict + "\": " + why);
    }
}
