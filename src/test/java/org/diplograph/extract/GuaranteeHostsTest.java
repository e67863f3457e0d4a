package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplograph.ingest.Article;
import org.diplograph.link.Actor;
import org.junit.jupiter.api.Test;

/** Which act holds a guarantee the bundled pair model finds, on an invented article. */
class GuaranteeHostsTest {

    private static final String BODY = "CHISINAU - Moldova proposed on Monday a treaty of permanent neutrality backed by "
            + "security guarantees for Moldova. The draft lists Romania, Austria and Switzerland as guarantor states.";

    @Test
    void guarantorsListedInASentenceWithNoActAreHeldByTheActBefore() {
        Extraction extraction = Extractor.create().extract(new Article("draft", null, null, null, BODY, "draft.txt"));
        List<String> held = extraction.statements().stream()
                .flatMap(s -> s.guarantees().stream().map(g -> s.kind().localName() + " by " + labels(s.agents()) + ": "
                        + labels(g.guarantors()) + " for " + g.beneficiary().label() + " | " + g.evidence().text()))
                .toList();
        assertEquals(List.of("Proposal by [Moldova]: [Romania, Austria, Switzerland] for Moldova | "
                        + "The draft lists Romania, Austria and Switzerland as guarantor states."), held,
                "the guarantees, with the act that holds each");
    }

    private static List<String> labels(List<Actor> actors) {
        return actors.stream().map(Actor::label).toList();
    }
}
