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

    @Test
    void anAppealTwoSidesMakeTogetherBindsTheSidesTheArticleIsAbout() {
        String body = "ADDIS ABABA - Ethiopia and Eritrea traded artillery fire along their border for a third day on Monday. "
                + "Ethiopia accused Eritrea of shelling the town of Zalambessa, and Eritrea denied the charge.\n\n"
                + "Kenya and Tanzania urged both sides to agree to an immediate ceasefire.";
        List<String> terms = extract("appeal", body).statements().stream()
                .flatMap(s -> s.conditions().stream().map(c -> c.type() + " on " + c.party().label()))
                .sorted().toList();
        assertEquals(List.of("Ceasefire on Eritrea", "Ceasefire on Ethiopia"), terms,
                "the conditions of the article's acts (Kenya and Tanzania's appeal alone), by type and party");
    }
}
