package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.diplograph.ingest.Article;
import org.diplograph.link.Actor;
import org.junit.jupiter.api.Test;

/**
 * The linker links every organisation it can name, but only some are parties to the diplomacy an
 * article reports: the actor model leaves out, among the actors no fact names, those it finds
 * the article only names (a museum that hosts talks, a stock exchange).
 */
class DiplomaticActorsTest {

    /** Talks between two states, an organisation that speaks of them, and two bodies that take no part. */
    private static final String TALKS = "VIENNA - Serbia and Kosovo agreed on Thursday to set up a joint commission "
            + "on missing persons, the European Union said after a day of talks. Serbian President Aleksandar Vucic "
            + "told reporters the commission would meet within a month and that Belgrade wanted Kosovo to open its "
            + "wartime archives. The delegations met in a hall of the Museum of Applied Arts, which closed its "
            + "galleries to visitors for the day. Shares on the Vienna Stock Exchange barely moved on the news.";

    private static final Article ARTICLE = new Article("diplomatic-actors", null, null, null, TALKS, "diplomatic-actors.txt");

    private static Set<String> labels(Extraction extraction) {
        return new TreeSet<>(ExtractedActs.labels(extraction.actors()));
    }

    /** The keys of the actors the facts of an extraction name, and the sides its people speak for. */
    private static Set<String> named(Extraction extraction) {
        Set<String> keys = new HashSet<>();
        for (Statement statement : extraction.statements()) {
            statement.agents().forEach(a -> keys.add(a.key()));
            statement.concerns().forEach(a -> keys.add(a.key()));
            if (statement.onBehalfOf() != null) {
                keys.add(statement.onBehalfOf().key());
            }
            for (Condition condition : statement.conditions()) {
                if (condition.party() != null) {
                    keys.add(condition.party().key());
                }
            }
        }
        for (Actor actor : extraction.actors()) {
            if (actor.represents() != null) {
                keys.add(actor.represents());
            }
        }
        return keys;
    }

    @Test
    void theBodiesThatTakeNoPartAreLeftOutAndTheSidesStay() {
        Set<String> actors = labels(ExtractedActs.extract("diplomatic-actors", TALKS));
        Set<String> all = labels(Extractor.over(Decisions.bundled().minActorConfidence(0)).extract(ARTICLE));
        assertTrue(all.containsAll(Set.of("Museum of Applied Arts", "Vienna Stock Exchange")),
                () -> "the linker should link both bodies, but linked: " + all);
        assertFalse(actors.contains("Museum of Applied Arts"), () -> "the museum only hosts the talks: " + actors);
        assertFalse(actors.contains("Vienna Stock Exchange"), () -> "the stock exchange takes no part: " + actors);
        assertTrue(actors.containsAll(Set.of("Serbia", "Kosovo", "Aleksandar Vučić")), () -> "the sides should stay: " + actors);
    }

    @Test
    void atALeastProbabilityOfOneOnlyTheActorsTheFactsNameStay() {
        Extraction kept = Extractor.over(Decisions.bundled()).extract(ARTICLE);
        Extraction strict = Extractor.over(Decisions.bundled().minActorConfidence(1)).extract(ARTICLE);
        assertEquals(kept.statements(), strict.statements(), "leaving actors out changes no fact");
        Set<String> named = named(strict);
        List<String> unnamed = strict.actors().stream().filter(a -> !named.contains(a.key())).map(Actor::label).toList();
        assertTrue(unnamed.isEmpty(), () -> "no actor is sure enough at a least probability of 1, yet these stay: " + unnamed);
        assertTrue(labels(strict).containsAll(Set.of("Serbia", "Kosovo")), () -> "the agents stay: " + labels(strict));
    }

    @Test
    void theLeastProbabilityIsAProbability() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Decisions.bundled().minActorConfidence(1.5));
        assertEquals("minimum actor confidence must be in [0, 1], but was: 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Decisions.rulesOnly().actors(null));
    }
}
