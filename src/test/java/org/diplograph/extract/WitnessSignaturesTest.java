package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.candidates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A side that signs an accord as a witness attests the act of its sides and makes none of its own. */
class WitnessSignaturesTest {

    @Test
    void aWitnessSignatureIsNoCandidateAct() {
        String body = "WASHINGTON - Bahrain and Oman signed a maritime accord at the White House on Tuesday, "
                + "and Kenyan President William Ruto signed the two texts as a witness.";
        List<Integer> signatures = candidates(body).stream().filter(c -> body.substring(c.begin(), c.end()).equals("signed"))
                .map(Candidates.StatementCandidate::begin).toList();
        assertEquals(List.of(body.indexOf("signed")), signatures,
                "the offsets of the candidate acts \"signed\" triggers: only the sides' signature, not the witness's");
    }
}
