package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.diplograph.ingest.Article;
import org.diplograph.link.Actor;

/** An invented article extracted with the bundled models, and its acts told as a test compares them. */
final class ExtractedActs {

    private ExtractedActs() {
    }

    /** The extraction of a body given as an article of that id. */
    static Extraction extract(String id, String body) {
        return Extractor.create().extract(new Article(id, null, null, null, body, id + ".txt"));
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
