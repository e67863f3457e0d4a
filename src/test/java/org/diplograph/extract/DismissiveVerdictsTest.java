package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplograph.WordClasses;
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
        List<String> acts = extract("absurd", "MOSCOW - The Kremlin on Monday called a Lithuanian proposal for a transit "
                + "corridor to Kaliningrad absurd.").statements().stream().map(ExtractedActs::act).toList();
        assertTrue(acts.contains("Rejection by [Russia]"), "the acts of the article: " + acts);
        assertFalse(acts.contains("Rejection by [Lithuania]"), "the acts of the article: " + acts);
    }

    @Test
    void aRulingCalledUnjustifiedIsRejected() {
        List<String> acts = extract("unjustified", "YEREVAN - Armenia's foreign ministry on Tuesday called the commission's "
                + "ruling on the disputed villages unjustified and legally baseless.").statements().stream()
                .map(ExtractedActs::act).toList();
        assertTrue(acts.contains("Rejection by [Armenia]"), "the acts of the article: " + acts);
    }
}
