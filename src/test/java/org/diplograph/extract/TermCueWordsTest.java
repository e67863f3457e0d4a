package org.diplograph.extract;

import static org.diplograph.extract.ArticleCuesTest.cueTypes;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cue words read off the training gold: each finds its condition type in a term of our own
 * wording, and the senses measured and left out find none.
 */
class TermCueWordsTest {

    @Test
    void eachCueWordFindsItsType() {
        Map<String, String> terms = Map.of(
                "the/the militia/militia must/must leave/leave the/the port/port", "TroopWithdrawal",
                "to/to stop/stop shelling/shell the/the dam/dam", "Ceasefire",
                "not/not to/to resume/resume testing/testing of/of nuclear/nuclear warheads/warhead", "NuclearProgramLimit",
                "full/full cooperation/cooperation with/with the/the iaea/iaea", "NuclearProgramLimit",
                "ready/ready to/to negotiate/negotiate with/with the/the junta/junta", "Negotiation",
                "return/return to/to the/the negotiating/negotiate table/table", "Negotiation",
                "talks/talk in/in the/the same/same format/format", "Negotiation",
                "a/a negotiation/negotiation on/on the/the border/border", "Negotiation",
                "a/a security/security zone/zone along/along the/the river/river", "Demilitarization");
        assertEachFindsItsType(terms);
    }

    @Test
    void talksWithoutANounOfTalksAndFightingThatStops() {
        Map<String, String> terms = Map.of(
                "ready/ready to/to keep/keep negotiating/negotiate", "Negotiation",
                "open/open to/to talking/talk directly/directly", "Negotiation",
                "a/a meeting/meeting between/between the/the two/two presidents/president", "Negotiation",
                "willing/willing to/to talk/talk to/to the/the rebels/rebel", "Negotiation",
                "once/once the/the fighting/fighting in/in the/the north/north stops/stop", "Ceasefire",
                "until/until hostilities/hostility cease/cease", "Ceasefire",
                "keep/keep the/the guns/gun silent/silent", "Ceasefire");
        assertEachFindsItsType(terms);
    }

    private static void assertEachFindsItsType(Map<String, String> terms) {
        terms.forEach((term, type) -> assertTrue(cueTypes(term).contains(type),
                "the cue types of '" + term + "' should hold " + type + ", but were: " + cueTypes(term)));
    }

    @Test
    void aNonAggressionPledgeIsNoCeasefire() {
        Set<String> types = cueTypes("a/a non-aggression/non-aggression pledge/pledge");
        assertFalse(types.contains("Ceasefire"), "the cue types of a non-aggression pledge: " + types);
    }

    @Test
    void aDatePushedBackIsNoWithdrawal() {
        Set<String> types = cueTypes("pushed/push back/back the/the formation/formation of/of the/the cabinet/cabinet");
        assertFalse(types.contains("TroopWithdrawal"), "the cue types of a date pushed back: " + types);
    }
}
