package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.candidate;
import static org.diplograph.extract.ExtractedActs.candidates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplograph.extract.Candidates.StatementCandidate;
import org.junit.jupiter.api.Test;

/**
 * Whose act a clause is: a clause that asks something of its subject ("has to", "must", "should")
 * is the act of whoever reports it, the subject being the side asked; a clause that tells what its
 * subject will do is the subject's own.
 */
class ClauseAgentsTest {

    @Test
    void aNecessityReportedByASpeakerIsTheSpeakersAct() {
        assertAgents("YEREVAN - Armenian Prime Minister Nikol Pashinyan told parliament on Tuesday that Azerbaijan "
                        + "has to withdraw its soldiers from Armenian land.",
                "withdraw", "necessity", "name:Nikol Pashinyan", "the prime minister who asks it, not Azerbaijan, of whom it is asked");
    }

    @Test
    void aNecessityInAQuoteIsTheActOfTheSpeakerNamedAfterIt() {
        assertAgents("BAKU - Azerbaijan's foreign minister Jeyhun Bayramov spoke to reporters on Friday. \"Armenia has "
                        + "to hand back the eight villages,\" Bayramov said.",
                "hand", "necessity", "name:Jeyhun Bayramov", "the minister who says it");
    }

    @Test
    void anIntentionIsTheActOfItsSubject() {
        assertAgents("OSLO - The Norwegian foreign ministry said on Monday that Colombia would host a second round "
                        + "of talks in March.",
                "host", "intention", "Q739", "Colombia, which says what it will do");
    }

    private static void assertAgents(String body, String trigger, String rule, String agent, String why) {
        StatementCandidate act = candidate(candidates(body), body, trigger);
        assertTrue(act.features().contains("clause|rule=clauses:" + rule),
                () -> "the rule that proposes \"" + trigger + "\" must be clauses:" + rule + ": " + act.features());
        assertEquals(List.of(agent), act.agents(), "the agent of \"" + trigger + "\": " + why);
    }
}
