package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.act;
import static org.diplograph.extract.ExtractedActs.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who does an act together, on invented articles extracted with the bundled models. */
class JointActsTest {

    @Test
    void demonymsCoordinatedBeforeTheAgentsNounNameASideEach() {
        String body = "Georgian and Armenian negotiators agreed on Monday to open a second border crossing.\n\n"
                + "Kenyan and Tanzanian officials rejected the tariff plan put forward by Uganda.";
        List<String> acts = extract("joint", body).statements().stream().map(ExtractedActs::act).sorted().toList();
        assertEquals(List.of("Acceptance by [Georgia, Armenia]", "Proposal by [Uganda]", "Rejection by [Kenya, Tanzania]"), acts,
                "the acts of the article, by kind and agents");
    }
}
