package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.candidate;
import static org.diplograph.extract.ExtractedActs.candidates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplograph.extract.Candidates.StatementCandidate;
import org.junit.jupiter.api.Test;

/** What the rules make of a candidate act, and what the statement model reads of it, on invented articles. */
class StatementFeaturesTest {

    private static final String BODY = "Serbia did not rule out a compromise on the border, the interior minister said. "
            + "Kosovo rejected the plan on Tuesday.";

    private static final String GOING_ON = "Germany proposed a new round of talks in Vienna on Monday. "
            + "It also called on Serbia to withdraw its special police from the north before the talks.";

    @Test
    void negationIsReadWithTheTriggersWord() {
        List<StatementCandidate> candidates = candidates(BODY);
        List<String> ruleOut = candidate(candidates, BODY, "rule").features();
        assertTrue(ruleOut.contains("lemma+negated=rule+true"), () -> "the act of \"rule out\" lacks lemma+negated=rule+true: " + ruleOut);
        List<String> rejected = candidate(candidates, BODY, "rejected").features();
        assertTrue(rejected.contains("lemma+negated=reject+false"), () -> "the act of \"rejected\" lacks lemma+negated=reject+false: " + rejected);
    }

    @Test
    void anActWithNoAgentNamedBeforeItGoesOnFromTheLastAct() {
        Candidates all = ExtractedActs.candidateSet("going-on", GOING_ON);
        StatementCandidate called = candidate(all.statements(), GOING_ON, "called");
        List<String> agents = called.agents().stream().map(key -> all.actor(key).label()).toList();
        assertEquals(List.of("Germany"), agents, "the agent of \"It also called on Serbia\", whom it addresses being Serbia");
        assertTrue(called.features().contains("gate=previousAgent"), () -> "no gate=previousAgent among " + called.features());
    }

    @Test
    void aQuestionPutIsGatedAndARequestIsNot() {
        assertGatedFirstOnly("gate=question", "Asked whether Norway would host the next round of talks, the Danish minister "
                + "said the decision rested with Oslo. Sweden asked Norway to host the next round of talks.");
    }

    @Test
    void aSentenceOpeningParticipleIsGatedAndAnActOfItsSubjectIsNot() {
        assertGatedFirstOnly("gate=participle", "Asked about the talks in Geneva, the Finnish minister said Helsinki "
                + "was calm. Sweden asked Finland to host the next round of talks.");
    }

    @Test
    void anActAskedAboutIsGated() {
        String body = "The ministry would not say whether Chile had accepted the offer of talks.";
        List<String> accepted = candidate(candidates(body), body, "accepted").features();
        assertTrue(accepted.contains("gate=question"), () -> "the act of \"whether Chile had accepted\" lacks gate=question: " + accepted);
    }

    @Test
    void aPlanWhoseAuthorGoesUnnamedIsGatedAndAPlanASidePresentsIsNot() {
        String body = "Addressing parliament in Athens, Kyriakos Mitsotakis said the plan left too many questions open. "
                + "Turkey presented a plan for a ceasefire in the Black Sea on Monday.";
        List<StatementCandidate> candidates = candidates(body);
        List<String> unowned = candidate(candidates, body, "plan").features();
        assertTrue(unowned.contains("gate=unowned"), () -> "the act of \"the plan\" lacks gate=unowned: " + unowned);
        StatementCandidate presented = candidates.stream().filter(c -> c.begin() == body.lastIndexOf("plan")).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate act triggered by the second \"plan\""));
        assertFalse(presented.features().contains("gate=unowned"),
                () -> "the act of \"Turkey presented a plan\" has gate=unowned: " + presented.features());
    }

    /** The act of the body's opening "Asked" carries the gate, and the act of its later "asked" does not. */
    private static void assertGatedFirstOnly(String gate, String body) {
        List<StatementCandidate> candidates = candidates(body);
        List<String> opening = candidate(candidates, body, "Asked").features();
        assertTrue(opening.contains(gate), () -> "the act of the opening \"Asked\" lacks " + gate + ": " + opening);
        List<String> request = candidate(candidates, body, "asked").features();
        assertFalse(request.contains(gate), () -> "the act of the later \"asked\" has " + gate + ": " + request);
    }

    @Test
    void aRefusalToCommentIsNoCandidateAndARefusalOfAPlanIsOne() {
        String body = "Peru declined to comment on the plan. Bolivia declined to give details of its reply. "
                + "Ecuador declined the plan on Friday.";
        List<Integer> refusals = candidates(body).stream()
                .filter(c -> body.substring(c.begin(), c.end()).equals("declined")).map(StatementCandidate::begin).toList();
        assertEquals(List.of(body.indexOf("declined the plan")), refusals,
                "the offsets of the candidate acts \"declined\" triggers: only Ecuador's refusal");
    }
}
