package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.diplograph.extract.Candidates.StatementCandidate;
import org.diplograph.ingest.Article;
import org.diplograph.link.Actor;
import org.diplograph.nlp.Nlp;

/**
 * An invented article extracted with the bundled models, or read into the rules' candidates, and
 * its acts told as a test compares them.
 */
final class ExtractedActs {

    private static final Extractor CANDIDATES = Extractor.over(Decisions.candidatesOf(List.of()).forTraining());

    private ExtractedActs() {
    }

    /** The extraction of a body given as an article of that id. */
    static Extraction extract(String id, String body) {
        return Extractor.create().extract(new Article(id, null, null, null, body, id + ".txt"));
    }

    /**
     * The candidate acts the rules make of a body, before any model decides them: what a rule
     * reads, whatever the shipped models, retrained with each change, make of it.
     */
    static List<StatementCandidate> candidates(String body) {
        return candidateSet("case", body).statements();
    }

    /** The candidates the rules make of a body given as an article of that id, with the actors they name. */
    static Candidates candidateSet(String id, String body) {
        return CANDIDATES.candidates(Nlp.annotate(new Article(id, null, null, null, body, id + ".txt")));
    }

    /** The candidate act whose trigger is the first occurrence of these words among the candidates. */
    static StatementCandidate candidate(List<StatementCandidate> candidates, String body, String trigger) {
        Optional<StatementCandidate> found = candidates.stream()
                .filter(c -> body.substring(c.begin(), c.end()).equals(trigger)).findFirst();
        assertTrue(found.isPresent(), () -> "no candidate act triggered by \"" + trigger + "\" among "
                + candidates.stream().map(c -> body.substring(c.begin(), c.end())).toList());
        return found.get();
    }

    /**
     * Asserts that the rules make of a body a candidate act triggered by these words, of this kind,
     * whose agent is this side ({@code why} says who that is, for the failure message).
     */
    static void assertCandidateAct(String body, String trigger, StatementKind kind, String side, String why) {
        StatementCandidate found = candidate(candidates(body), body, trigger);
        assertEquals(kind, found.ruleKind(), "the kind the rule gives \"" + trigger + "\"");
        assertEquals(List.of(side), found.agents(), "the agent of \"" + trigger + "\": " + why);
    }

    /** An act's kind and agents, "denied" before a denied one: "denied Rejection by [United Kingdom]". */
    static String act(Statement statement) {
        return (statement.negated() ? "denied " : "") + statement.kind().localName() + " by " + labels(statement.agents());
    }

    /** The actors' labels, in order. */
    static List<String> labels(List<Actor> actors) {
        return actors.stream().map(Actor::label).toList();
    }

    /** Asserts that the lexicon has triggers for {@code what} and that each is of this kind and CAMEO code. */
    static void assertTriggers(String what, List<Lexicon.Trigger> triggers, StatementKind kind, String cameoCode) {
        assertFalse(triggers.isEmpty(), "no trigger for " + what);
        for (Lexicon.Trigger trigger : triggers) {
            assertEquals(kind, trigger.kind(), "the kind of the trigger " + trigger);
            assertEquals(cameoCode, trigger.cameoCode(), "the CAMEO code of the trigger " + trigger);
        }
    }

    /** The conditions of some statements, as "type on party", sorted. */
    static List<String> conditions(Stream<Statement> statements) {
        return statements.flatMap(s -> s.conditions().stream().map(c -> c.type() + " on " + c.party().label())).sorted().toList();
    }
}
