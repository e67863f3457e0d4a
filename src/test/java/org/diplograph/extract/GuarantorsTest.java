package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.extract;
import static org.diplograph.extract.ExtractedActs.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may stand as a guarantor, on an invented article extracted with the bundled models. */
class GuarantorsTest {

    private static final String BODY = "Under an accord initialled by envoys Anton Berger and Lukas Maier, "
            + "Austria would defend Slovenia against any attack.";

    @Test
    void aPersonWhoseSideTheTextDoesNotTellIsNoGuarantor() {
        List<String> guarantees = extract("accord", BODY).statements().stream().flatMap(s -> s.guarantees().stream())
                .map(g -> labels(g.guarantors()) + " for " + g.beneficiary().label())
                .toList();
        assertEquals(List.of("[Austria] for Slovenia"), guarantees, "the guarantees of the article, by guarantors and beneficiary");
    }

    @Test
    void aGroupTheGazetteerNamesAsOneActorIsListedMemberByMember() {
        String body = "The Group of Seven pledged on Tuesday to guarantee Moldova's security against any renewed attack.";
        List<String> guarantees = extract("pledge", body).statements().stream().flatMap(s -> s.guarantees().stream())
                .map(g -> labels(g.guarantors()).stream().sorted().toList() + " for " + g.beneficiary().label())
                .toList();
        assertEquals(List.of("[Canada, France, Germany, Italy, Japan, United Kingdom, United States] for Moldova"), guarantees,
                "the guarantees of the article, by guarantors and beneficiary");
    }
}
