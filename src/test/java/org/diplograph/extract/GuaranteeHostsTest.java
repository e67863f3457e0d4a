package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.act;
import static org.diplograph.extract.ExtractedActs.extract;
import static org.diplograph.extract.ExtractedActs.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which act holds a guarantee the bundled pair model finds, on an invented article. */
class GuaranteeHostsTest {

    private static final String BODY = "CHISINAU - Moldova proposed on Monday a treaty of permanent neutrality backed by "
            + "security guarantees for Moldova. The draft lists Romania, Austria and Switzerland as guarantor states.";

    @Test
    void guarantorsListedInASentenceWithNoActAreHeldByTheActBefore() {
        List<String> held = extract("draft", BODY).statements().stream()
                .flatMap(s -> s.guarantees().stream().map(g -> act(s) + ": "
                        + labels(g.guarantors()) + " for " + g.beneficiary().label() + " | " + g.evidence().text()))
                .toList();
        assertEquals(List.of("Proposal by [Moldova]: [Romania, Austria, Switzerland] for Moldova | "
                        + "The draft lists Romania, Austria and Switzerland as guarantor states."), held,
                "the guarantees, with the act that holds each");
    }
}
