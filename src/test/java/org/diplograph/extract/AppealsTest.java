package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Appeals ("urge", "call on", "press X to") are proposals, as the guidelines' conventions say; a demand stays one. */
class AppealsTest {

    @Test
    void theLexiconTypesAppealsAsProposals() {
        for (String[] verb : new String[][] {{"urge", ""}, {"call", "on"}, {"press", ""}}) {
            List<Lexicon.Trigger> triggers = Lexicon.bundled().triggers(verb[0]).stream()
                    .filter(t -> t.pos().equals("VERB") && (verb[1].isEmpty() || verb[1].equals(t.particle()))).toList();
            ExtractedActs.assertTriggers("the verb '" + String.join(" ", verb).trim() + "'", triggers, StatementKind.PROPOSAL, "020");
        }
    }

    @Test
    void anAppealIsAProposal() {
        List<String> acts = extract("appeal", "OSLO - Norway on Tuesday urged Colombia and the ELN to return to the negotiating "
                + "table in Havana.").statements().stream().map(ExtractedActs::act).toList();
        assertTrue(acts.contains("Proposal by [Norway]"), "the acts of the article: " + acts);
    }

    @Test
    void aDemandStaysADemand() {
        List<String> acts = extract("demand", "NAIROBI - Kenya demanded on Friday that Somalia withdraw its troops from the "
                + "border within a week.").statements().stream().map(ExtractedActs::act).toList();
        assertTrue(acts.contains("Demand by [Kenya]"), "the acts of the article: " + acts);
    }
}
