package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.DataFiles;
import org.diplograph.WordClasses;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The clause rules of {@code statement-clauses.rules}: the file parses, every rule fires on the
 * example written beside it (and is the rule that claims the example's head, so a rule above it
 * does not shadow it), its anchor finds the example's tokens, and a malformed file is refused with
 * the line and the reason.
 */
class ClauseRulesTest {

    @TestFactory
    Stream<DynamicTest> everyRuleFiresOnItsExample() {
        List<ClauseRules.Rule> rules = ClauseRules.bundled().rules();
        assertFalse(rules.isEmpty(), "the bundled clause rules are empty");
        return rules.stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            CoreDocument document = ParsedText.of(rule.example());
            assertEquals(1, document.sentences().size(), "the example of " + rule.id() + " is not one sentence");
            CoreSentence sentence = document.sentences().get(0);
            assertTrue(ClauseRules.bundled().anchored(sentence.tokens()),
                    "no anchor finds the tokens of the example of " + rule.id() + ": " + rule.example());
            List<ClauseRules.Match> matches = ClauseRules.bundled().matches(sentence.dependencyParse());
            assertTrue(matches.stream().anyMatch(m -> m.rule().equals(rule)), () -> rule.id() + " does not fire on its example \""
                    + rule.example() + "\"; the rules that do: " + matches.stream().map(m -> m.rule().id() + "@"
                    + sentence.tokens().get(m.act()).word()).toList() + "; parse: " + sentence.dependencyParse().toList());
        }));
    }

    @Test
    void aClauseWithoutAModalIsNoCandidate() {
        CoreSentence sentence = ParsedText.of("The delegations met in Geneva on Monday.").sentences().get(0);
        assertFalse(ClauseRules.bundled().anchored(sentence.tokens()), "an anchor fires on a sentence without a modal");
        assertEquals(List.of(), ClauseRules.bundled().matches(sentence.dependencyParse()));
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndReason() {
        assertRefused("word class &MISSING is not defined", "test.rules rule r",
                "rule r", "kind Offer", "agent subject", "anchor [{lemma:&MISSING}]", "pattern {}=act", "example It would.");
        assertRefused("names no node 'act'", "test.rules rule r",
                "rule r", "kind Offer", "agent subject", "anchor [{lemma:will}]", "pattern {}=head", "example It will.");
        assertRefused("has no anchor", "test.rules line 1", "rule r", "kind Offer", "agent subject", "pattern {}=act", "example It will.");
        assertRefused("has no agent", "test.rules line 1", "rule r", "kind Offer", "anchor [{lemma:will}]", "pattern {}=act",
                "example It will.");
        assertRefused("agent must be one of [subject, speaker], but was: listener", "test.rules rule r",
                "rule r", "kind Offer", "agent listener", "anchor [{lemma:will}]", "pattern {}=act", "example It will.");
        assertRefused("expected one of", "test.rules line 2", "rule r", "knd Offer");
        assertRefused("expected one of", "test.rules line 4", "# a comment and a blank line count as lines", "", "rule r", "knd Offer");
        assertRefused("Threat", "test.rules rule r",
                "rule r", "kind Threat", "agent subject", "anchor [{lemma:will}]", "pattern {}=act", "example It will.");
        assertRefused("no Semgrex pattern", "test.rules rule r",
                "rule r", "kind Offer", "agent subject", "anchor [{lemma:will}]", "pattern {}=act >>", "example It will.");
        assertRefused("a second kind", "test.rules line 3", "rule r", "kind Offer", "kind Demand");
        assertRefused("two rules are named r", "test.rules",
                "rule r", "kind Offer", "agent subject", "anchor [{lemma:will}]", "pattern {}=act", "example It will.",
                "rule r", "kind Offer", "agent subject", "anchor [{lemma:will}]", "pattern {}=act", "example It will.");
    }

    private static void assertRefused(String reason, String where, String... lines) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ClauseRules.parse("test.rules", DataFiles.numberedLines(String.join("\n", lines)), WordClasses.bundled()),
                () -> "accepted " + List.of(lines));
        assertTrue(refused.getMessage().contains(reason) && refused.getMessage().contains(where),
                () -> "expected a message with \"" + where + "\" and \"" + reason + "\", but was: " + refused.getMessage());
    }
}
