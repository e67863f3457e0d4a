package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.nlp.Nlp;
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
            CoreDocument document = Nlp.annotateBare(rule.example());
            assertEquals(1, document.sentences().size(), "the example of " + rule.id() + " is not one sentence");
            CoreSentence sentence = document.sentences().get(0);
            assertTrue(ClauseRules.bundled().anchored(sentence.tokens()),
                    "no anchor finds the tokens of the example of " + rule.id() + ": " + rule.example());
            List<ClauseRules.Match> matches = ClauseRules.bundled().matches(sentence.tokens(), sentence.dependencyParse());
            assertTrue(matches.stream().anyMatch(m -> m.rule().equals(rule)), () -> rule.id() + " does not fire on its example \""
                    + rule.example() + "\"; the rules that do: " + matches.stream().map(m -> m.rule().id() + "@"
                    + sentence.tokens().get(m.act()).word()).toList() + "; parse: " + sentence.dependencyParse().toList());
        }));
    }

    @Test
    void aClauseWithoutAModalIsNoCandidate() {
        CoreSentence sentence = Nlp.annotateBare("The delegations met in Geneva on Monday.").sentences().get(0);
        assertFalse(ClauseRules.bundled().anchored(sentence.tokens()), "an anchor fires on a sentence without a modal");
        assertEquals(List.of(), ClauseRules.bundled().matches(sentence.tokens(), sentence.dependencyParse()));
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndReason() {
        IllegalStateException undefined = assertThrows(IllegalStateException.class, () -> ClauseRules.parse("test.rules", List.of(
                "rule r", "kind Offer", "anchor [{lemma:&MISSING}]", "pattern {}=act", "example It would.")));
        assertTrue(undefined.getMessage().contains("&MISSING") && undefined.getMessage().contains("test.rules rule r"),
                undefined.getMessage());
        IllegalStateException noAct = assertThrows(IllegalStateException.class, () -> ClauseRules.parse("test.rules", List.of(
                "rule r", "kind Offer", "anchor [{lemma:will}]", "pattern {}=head", "example It will.")));
        assertTrue(noAct.getMessage().contains("names no node 'act'"), noAct.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> ClauseRules.parse("test.rules", List.of(
                "rule r", "kind Offer", "pattern {}=act", "example It will.")));
        assertTrue(missing.getMessage().contains("has no anchor"), missing.getMessage());
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> ClauseRules.parse("test.rules", List.of(
                "macro &A = will", "rule r", "knd Offer")));
        assertTrue(unknown.getMessage().contains("test.rules line 3"), unknown.getMessage());
        IllegalStateException kind = assertThrows(IllegalStateException.class, () -> ClauseRules.parse("test.rules", List.of(
                "rule r", "kind Threat", "anchor [{lemma:will}]", "pattern {}=act", "example It will.")));
        assertTrue(kind.getMessage().contains("test.rules rule r"), kind.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> ClauseRules.parse("test.rules", List.of(
                "macro &A = will", "macro &A = would")));
        assertTrue(twice.getMessage().contains("defined twice"), twice.getMessage());
    }
}
