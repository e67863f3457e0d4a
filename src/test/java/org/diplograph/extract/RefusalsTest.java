package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplograph.ingest.Article;
import org.diplograph.link.Actor;
import org.junit.jupiter.api.Test;

/** A denied acceptance is a refusal; a denied rejection is no act: the bundled models on an invented article. */
class RefusalsTest {

    private static final String BODY = "DUBLIN - Ireland would not accept border checks anywhere on the island, its foreign "
            + "minister said on Tuesday. Britain did not rule out new checks at ports.";

    @Test
    void wouldNotAcceptIsARejectionAndDidNotRuleOutStaysDenied() {
        Extraction extraction = Extractor.create().extract(new Article("checks", null, null, null, BODY, "checks.txt"));
        List<String> acts = extraction.statements().stream()
                .map(s -> (s.negated() ? "denied " : "") + s.kind().localName() + " by " + labels(s.agents()) + " | "
                        + s.evidence().text())
                .toList();
        assertEquals(List.of(
                "Rejection by [Ireland] | Ireland would not accept border checks anywhere on the island, its foreign minister "
                        + "said on Tuesday",
                "denied Rejection by [United Kingdom] | Britain did not rule out new checks at ports"), acts,
                "the acts, each with whether it is denied");
    }

    private static List<String> labels(List<Actor> actors) {
        return actors.stream().map(Actor::label).toList();
    }
}
