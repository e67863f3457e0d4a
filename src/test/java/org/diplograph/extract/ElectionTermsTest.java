package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.extract;
import static org.diplograph.extract.ArticleCuesTest.cueTypes;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An election as a term, a vote or a referendum that is none, and observers of an election, who keep no peace. */
class ElectionTermsTest {

    @Test
    void aVoteInParliamentIsNoElection() {
        Set<String> types = cueTypes("to/to put/put the/the accord/accord to/to a/a parliamentary/parliamentary vote/vote");
        assertFalse(types.contains("Elections"), "the cue types of a vote in parliament: " + types);
    }

    @Test
    void electionsAreElections() {
        for (String term : List.of("hold/hold fresh/fresh elections/election", "a/a presidential/presidential election/election")) {
            assertTrue(cueTypes(term).contains("Elections"), "the cue types of '" + term + "': " + cueTypes(term));
        }
    }

    @Test
    void aReferendumOrABallotIsNoElection() {
        for (String term : List.of("a/a referendum/referendum on/on the/the deal/deal",
                "annul/annul the/the result/result of/of the/the independence/independence ballot/ballot")) {
            assertFalse(cueTypes(term).contains("Elections"), "the cue types of '" + term + "': " + cueTypes(term));
        }
    }

    @Test
    void electionsASideIsAskedToHoldAreATerm() {
        List<String> conditions = ExtractedActs.conditions(extract("polls", "LILONGWE - Zambia demanded on Friday that Malawi "
                + "hold fresh elections within a year.").statements().stream());
        assertTrue(conditions.contains("Elections on Malawi"), "the conditions of the article: " + conditions);
    }

    @Test
    void observersOfAnElectionKeepNoPeace() {
        List<String> conditions = ExtractedActs.conditions(extract("observers", "HARARE - Zimbabwe agreed on Monday to hold "
                + "a presidential election next year with international observers present.").statements().stream());
        assertTrue(conditions.contains("Elections on Zimbabwe"), "the conditions of the article: " + conditions);
        assertTrue(conditions.stream().noneMatch(c -> c.startsWith("Peacekeeping")), "the conditions of the article: " + conditions);
    }

    @Test
    void observersOfATruceKeepThePeace() {
        List<String> conditions = ExtractedActs.conditions(extract("truce", "ADDIS ABABA - Ethiopia agreed on Monday to "
                + "let African Union observers monitor the truce along its border with Eritrea.").statements().stream());
        assertTrue(conditions.stream().anyMatch(c -> c.startsWith("Peacekeeping")), "the conditions of the article: " + conditions);
    }
}
