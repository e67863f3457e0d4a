package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.act;
import static org.diplograph.extract.ExtractedActs.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose negation it is: a denied acceptance is a refusal, and so is a clause that says what a
 * side will not do, unless it waits for the other side to act, which makes it a demand; a
 * prohibition asked for is a demand; a denied rejection is no act, nor is an act hedged, forecast
 * or denied. A negative term type holds where the term or the act that reads it says no. The
 * bundled models on invented articles.
 */
class NegatedActsTest {

    private static final String BODY = "DUBLIN - Ireland would not accept border checks anywhere on the island, its foreign "
            + "minister said on Tuesday. Britain did not rule out new checks at ports.";

    @Test
    void wouldNotAcceptIsARejectionAndDidNotRuleOutStaysDenied() {
        List<String> acts = extract("checks", BODY).statements().stream()
                .map(s -> act(s) + " | " + s.evidence().text())
                .toList();
        assertEquals(List.of(
                "Rejection by [Ireland] | Ireland would not accept border checks anywhere on the island, its foreign minister "
                        + "said on Tuesday",
                "denied Rejection by [United Kingdom] | Britain did not rule out new checks at ports"), acts,
                "the acts, each with whether it is denied");
    }

    @Test
    void aClauseThatRefusesIsARejectionNotADeniedOne() {
        String body = "ASMARA - Eritrea will not take part in any talks on the border town, the information minister said on Monday.";
        List<String> acts = extract("talks", body).statements().stream()
                .map(s -> act(s) + " (" + s.rule() + ")")
                .toList();
        assertEquals(List.of("Rejection by [Eritrea] (clauses:refusal)"), acts, "the acts, each with whether it is denied");
    }

    /** The terms the rules read for the act; what the condition model adds to them is its own decision. */
    @Test
    void aRefusalUntilTheOtherSideActsIsADemandOfThatAct() {
        String body = "ASMARA - Eritrea will not take part in any talks until Ethiopia withdraws its troops from the "
                + "border town, the information minister said on Monday.";
        List<String> acts = extract("until", body).statements().stream()
                .map(s -> act(s) + " (" + s.rule() + "): " + s.conditions().stream()
                        .filter(c -> !c.rule().equals(ConditionCandidates.RULE))
                        .map(c -> c.type() + " on " + c.party().label()).toList())
                .toList();
        assertEquals(List.of("Demand by [Eritrea] (clauses:threat): [TroopWithdrawal on Ethiopia]"), acts,
                "a threat of what follows otherwise is a demand of what the other side must do");
    }

    @Test
    void aProhibitionAskedForIsADemandNotADeniedOne() {
        String body = "MOSCOW - Russia said Ukraine must not join NATO under any settlement.";
        List<String> acts = extract("bloc", body).statements().stream()
                .map(s -> act(s) + ": " + s.conditions().stream().map(c -> c.type() + " on " + c.party().label()).toList())
                .toList();
        assertEquals(List.of("Demand by [Russia]: [NoAllianceMembership on Ukraine]"), acts,
                "the acts, each with whether it is denied, and their terms");
    }

    @Test
    void stayingOutOfAnAllianceIsAskedOrRefusedNotBacked() {
        String body = "OSLO - Finland backed Norway's bid to join NATO on Monday. Russia rejected Georgia's bid to join NATO, "
                + "and Moscow demanded that Moldova drop its application to join the alliance for good.";
        List<String> acts = extract("alliance", body).statements().stream()
                .map(s -> act(s) + ": " + s.conditions().stream().filter(c -> c.type().equals("NoAllianceMembership"))
                        .map(c -> c.party().label()).toList())
                .toList();
        assertEquals(List.of("Acceptance by [Finland]: []", "Rejection by [Russia]: [Georgia]", "Demand by [Russia]: [Moldova]"), acts,
                "the acts, each with the sides its terms keep out of an alliance");
    }

    @Test
    void anActHedgedForecastOrDeniedIsNone() {
        String body = "BEIRUT - Lebanon stopped short of rejecting the French plan on Monday, its foreign minister said. "
                + "Israel has yet to accept the plan, Egypt is expected to reject it, and Syria denied that it had agreed to it. "
                + "Jordan said it would back the plan.";
        List<String> acts = extract("hedges", body).statements().stream()
                .filter(s -> !s.agents().isEmpty() && !s.agents().get(0).label().equals("France"))
                .map(ExtractedActs::act)
                .toList();
        assertEquals(List.of("Acceptance by [Jordan]"), acts, "the acts of the sides the article names, by kind and agents");
    }
}
