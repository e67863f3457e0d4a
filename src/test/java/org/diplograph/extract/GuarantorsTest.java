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
        assertEquals(List.of("[Austria] for Slovenia"), guarantees("accord", BODY), "the guarantees of the article, by guarantors and beneficiary");
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

    @Test
    void aGuaranteeThatADealHoldsIsNoSecurityGuaranteeWhereOneThatNoAttackComesIs() {
        assertEquals(List.of(), guarantees("holds", "OSLO - Norway pledged on Monday to guarantee that the truce between Serbia and "
                + "Kosovo holds."), "the guarantees of an article on a truce, by guarantors and beneficiary");
        assertEquals(List.of("[Denmark] for Iceland"), guarantees("attacked", "COPENHAGEN - Denmark pledged on Monday to guarantee "
                + "that Iceland would never be attacked again."), "the guarantees of an article on an attack, by guarantors and beneficiary");
    }

    /** The guarantees of an invented article, as "[guarantors] for beneficiary". */
    private static List<String> guarantees(String name, String body) {
        return extract(name, body).statements().stream().flatMap(s -> s.guarantees().stream())
                .map(g -> labels(g.guarantors()) + " for " + g.beneficiary().label())
                .toList();
    }
}
