package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.assertCandidateAct;

import java.util.List;
import org.diplograph.WordClasses;
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
        assertCandidateAct("MOSCOW - The Kremlin on Monday called a Lithuanian proposal for a transit corridor to Kaliningrad absurd.",
                "absurd", StatementKind.REJECTION, "Q159", "Russia, whose Kremlin calls the proposal so");
    }

    @Test
    void aPlanCalledANonStarterIsRejectedByTheSideThatSaysSo() {
        assertCandidateAct("ATHENS - Greece said on Tuesday that a joint naval patrol around the disputed islets was a non-starter.",
                "non-starter", StatementKind.REJECTION, "Q41", "Greece, which says so");
    }

    @Test
    void aRulingCalledUnjustifiedIsRejectedByTheSideThatCallsItSo() {
        assertCandidateAct("YEREVAN - Armenia's foreign ministry on Tuesday called the commission's ruling on the disputed "
                + "villages unjustified and legally baseless.", "unjustified", StatementKind.REJECTION, "Q399", "Armenia");
    }
}
