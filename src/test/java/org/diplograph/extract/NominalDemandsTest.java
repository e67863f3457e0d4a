package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.assertCandidateAct;

import org.junit.jupiter.api.Test;

/**
 * A side's insistence on a term is its demand, told with the noun of "insist" as "demand" tells
 * one with its own noun: the side that insists, named as the noun's owner, is the agent.
 */
class NominalDemandsTest {

    @Test
    void theLexiconTypesInsistenceAsADemand() {
        ExtractedActs.assertTriggers("the noun 'insistence'", Lexicon.bundled().triggers("insistence"), StatementKind.DEMAND, "100");
    }

    @Test
    void aSidesInsistenceOnATermIsItsDemand() {
        assertCandidateAct("NICOSIA - Talks on the island's future stalled on Friday over Turkey's insistence on keeping "
                + "its troops in the north.", "insistence", StatementKind.DEMAND, "Q43", "Turkey, whose insistence it is");
    }
}
