package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplograph.ingest.Article;
import org.diplograph.link.Actor;
import org.junit.jupiter.api.Test;

/**
 * Whose negation it is: a denied acceptance is a refusal, and so is a clause that says what a
 * side will not do; a prohibition asked for is a demand; a denied rejection is no act. The
 * bundled models on invented articles.
 */
class NegatedActsTest {

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

    @Test
    void aClauseThatRefusesIsARejectionNotADeniedOne() {
        String body = "ASMARA - Eritrea will not take part in any talks until Ethiopia withdraws its troops from the "
                + "border town, the information minister said on Monday.";
        Extraction extraction = Extractor.create().extract(new Article("talks", null, null, null, body, "talks.txt"));
        List<String> acts = extraction.statements().stream()
                .map(s -> (s.negated() ? "denied " : "") + s.kind().localName() + " by " + labels(s.agents()) + " ("
                        + s.rule() + ")")
                .toList();
        assertEquals(List.of("Rejection by [Eritrea] (clauses:refusal)"), acts, "the acts, each with whether it is denied");
    }

    @Test
    void aProhibitionAskedForIsADemandNotADeniedOne() {
        String body = "MOSCOW - Russia said Ukraine must not join NATO under any settlement.";
        Extraction extraction = Extractor.create().extract(new Article("bloc", null, null, null, body, "bloc.txt"));
        List<String> acts = extraction.statements().stream()
                .map(s -> (s.negated() ? "denied " : "") + s.kind().localName() + " by " + labels(s.agents()) + ": "
                        + s.conditions().stream().map(c -> c.type() + " on " + c.party().label()).toList())
                .toList();
        assertEquals(List.of("Demand by [Russia]: [NoAllianceMembership on Ukraine]"), acts,
                "the acts, each with whether it is denied, and their terms");
    }

    private static List<String> labels(List<Actor> actors) {
        return actors.stream().map(Actor::label).toList();
    }
}
