package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.candidate;
import static org.diplograph.extract.ExtractedActs.candidates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A text speaks for the side that issued it, not for whoever the words that describe it name. */
class IssuedTextsTest {

    @Test
    void aTextWhoseIssuerGoesUnnamedSpeaksForTheSideReadLast() {
        String body = "NEW YORK - The Security Council demanded on Thursday that Armenia and Azerbaijan stop the fighting "
                + "at once. The text, adopted at a meeting Hakan Fidan of Turkey also attended, urges both sides to "
                + "free their prisoners.";
        assertEquals(List.of("Q37470"), candidate(candidates(body), body, "urges").agents(),
                "the agent of the text's \"urges\": the Security Council, not the minister who attended");
    }
}
