package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.candidate;
import static org.diplograph.extract.ExtractedActs.candidates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplograph.WordClasses;
import org.diplograph.extract.Candidates.StatementCandidate;
import org.junit.jupiter.api.Test;

/**
 * A dismissive verdict on a proposal ("called the plan absurd", "unworkable", "unjustified") rejects
 * it, as "unacceptable" does, and the side that passes the verdict is the one that rejects.
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
        String body = "MOSCOW - The Kremlin on Monday called a Lithuanian proposal for a transit corridor to Kaliningrad absurd.";
        StatementCandidate absurd = candidate(candidates(body), body, "absurd");
        assertEquals(StatementKind.REJECTION, absurd.ruleKind(), "the kind the rule gives \"absurd\"");
        assertEquals(List.of("Q159"), absurd.agents(), "the agent of \"absurd\": Russia, whose Kremlin calls the proposal so");
    }

    @Test
    void aRulingCalledUnjustifiedIsRejectedByTheSideThatCallsItSo() {
        String body = "YEREVAN - Armenia's foreign ministry on Tuesday called the commission's ruling on the disputed "
                + "villages unjustified and legally baseless.";
        StatementCandidate unjustified = candidate(candidates(body), body, "unjustified");
        assertEquals(StatementKind.REJECTION, unjustified.ruleKind(), "the kind the rule gives \"unjustified\"");
        assertEquals(List.of("Q399"), unjustified.agents(), "the agent of \"unjustified\": Armenia");
    }
}
