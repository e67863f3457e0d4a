package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.act;
import static org.diplograph.extract.ExtractedActs.extract;
import static org.diplograph.extract.ExtractedActs.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which guarantees the bundled pair model keeps, and which act holds each, on invented articles. */
class GuaranteeHostsTest {

    private static final String BODY = "CHISINAU - Moldova proposed on Monday a treaty of permanent neutrality backed by "
            + "security guarantees for Moldova. The draft lists Romania, Austria and Switzerland as guarantor states.";

    @Test
    void guarantorsListedInASentenceWithNoActAreHeldByTheActBefore() {
        assertEquals(List.of("Proposal by [Moldova]: [Romania, Austria, Switzerland] for Moldova | "
                        + "The draft lists Romania, Austria and Switzerland as guarantor states."), held("draft", BODY),
                "the guarantees, with the act that holds each");
    }

    @Test
    void guaranteeGivenWhereNoActHoldsItIsTheGuarantorsOffer() {
        String body = "TIRANA - Under a 1997 accord, Italy and Greece gave Albania security assurances in return for its help "
                + "against smuggling.";
        assertEquals(List.of("Offer by [Italy, Greece]: [Italy, Greece] for Albania | Under a 1997 accord, Italy and Greece "
                        + "gave Albania security assurances in return for its help against smuggling."), held("accord", body),
                "the guarantees, with the act that holds each");
    }

    @Test
    void aGuarantorWhoseBeneficiaryARulePlacesGuaranteesNoOtherSideOfItsSentence() {
        String body = "KUWAIT CITY - Kuwait is asking Britain for security guarantees as its price for restoring diplomatic "
                + "relations with Iraq, officials said on Monday.";
        assertEquals(List.of("Proposal by [Kuwait]: [United Kingdom] for Kuwait | " + body.substring("KUWAIT CITY - ".length())),
                held("price", body), "the guarantees, with the act that holds each");
    }

    @Test
    void aBeneficiaryWhoseGuarantorARulePlacesIsGuaranteedByNoOtherSideOfItsSentence() {
        String body = "VILNIUS - Germany said on Monday that German troops would come to Lithuania's aid if Russia attacked it.";
        assertEquals(List.of("Offer by [Germany]: [Germany] for Lithuania | " + body.substring("VILNIUS - ".length())),
                held("aid", body), "the guarantees, with the act that holds each");
    }

    private static List<String> held(String name, String body) {
        return extract(name, body).statements().stream()
                .flatMap(s -> s.guarantees().stream().map(g -> act(s) + ": "
                        + labels(g.guarantors()) + " for " + g.beneficiary().label() + " | " + g.evidence().text()))
                .toList();
    }
}
