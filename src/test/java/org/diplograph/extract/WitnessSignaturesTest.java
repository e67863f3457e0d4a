package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A side that signs an accord as a witness attests the act of its sides and makes none of its own. */
class WitnessSignaturesTest {

    private static final String BODY = "WASHINGTON - Bahrain and Oman signed a maritime accord at the White House on Tuesday, "
            + "and President Donald Trump signed both documents as a witness.";

    @Test
    void aWitnessAcceptsNothing() {
        List<String> acts = extract("witness", BODY).statements().stream().map(ExtractedActs::act).toList();
        assertFalse(acts.stream().anyMatch(act -> act.contains("Donald Trump")), "the acts of the article: " + acts);
    }

    @Test
    void theSidesThatSignAccept() {
        List<String> acts = extract("witness", BODY).statements().stream().map(ExtractedActs::act).toList();
        assertTrue(acts.contains("Acceptance by [Bahrain, Oman]"), "the acts of the article: " + acts);
    }
}
