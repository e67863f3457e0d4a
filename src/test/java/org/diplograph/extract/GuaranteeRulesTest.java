package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.DataFiles;
import org.diplograph.WordClasses;
import org.diplograph.ingest.Article;
import org.diplograph.nlp.Nlp;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The guarantee rules of {@code guarantees.rules}: the file parses; every rule, in the example
 * written beside it, binds a side the gazetteer knows, so that a guarantee candidate of the
 * example carries the rule; and a malformed file is refused with the line and the reason.
 */
class GuaranteeRulesTest {

    private static final Extractor CANDIDATES = Extractor.over(Decisions.candidatesOf(List.of()).forTraining());

    @TestFactory
    Stream<DynamicTest> everyRuleBindsASideOfItsExample() {
        List<GuaranteeRules.Rule> rules = GuaranteeRules.bundled().rules();
        assertFalse(rules.isEmpty(), "the bundled guarantee rules are empty");
        return rules.stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            Article article = new Article(rule.name(), null, null, null, rule.example(), rule.name() + ".txt");
            Candidates candidates = CANDIDATES.candidates(Nlp.annotate(article));
            List<String> carried = candidates.guarantees().stream()
                    .filter(pair -> pair.features().stream().anyMatch(f -> f.equals("rule=" + rule.name())
                            || f.startsWith("gRule=" + rule.name()) || f.equals("bRule=" + rule.name())))
                    .map(pair -> pair.guarantor() + " -> " + pair.beneficiary())
                    .toList();
            assertFalse(carried.isEmpty(), () -> rule.id() + " binds no side of its example \"" + rule.example()
                    + "\"; its candidate pairs: " + candidates.guarantees().stream()
                    .map(pair -> pair.guarantor() + " -> " + pair.beneficiary() + " " + pair.features().stream()
                            .filter(f -> f.contains("Rule=") || f.startsWith("rule=")).toList()).toList()
                    + "; parse: " + ParsedText.of(rule.example()).sentences().get(0).dependencyParse().toList());
        }));
    }

    @Test
    void aSentenceWithoutAGuaranteeWordBindsNothing() {
        CoreSentence sentence = ParsedText.of("The delegations met in Geneva on Monday.").sentences().get(0);
        assertFalse(GuaranteeRules.bundled().anchored(sentence.tokens()), "an anchor fires on a sentence without a guarantee word");
        assertEquals(List.of(), GuaranteeRules.bundled().matches(sentence.dependencyParse()));
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndReason() {
        assertRefused("word class &MISSING is not defined", "test.rules rule r",
                "rule r", "anchor [{lemma:&MISSING}]", "pattern {}=cue >obj {}=b", "example It would.");
        assertRefused("names no node 'cue'", "test.rules rule r",
                "rule r", "anchor [{lemma:defend}]", "pattern {}=head >obj {}=b", "example It will.");
        assertRefused("names neither a guarantor 'g' nor a beneficiary 'b'", "test.rules rule r",
                "rule r", "anchor [{lemma:defend}]", "pattern {}=cue >obj {}=x", "example It will.");
        assertRefused("has no example", "test.rules line 1", "rule r", "anchor [{lemma:defend}]", "pattern {}=cue >obj {}=b");
        assertRefused("expected one of", "test.rules line 2", "rule r", "kind Offer");
        assertRefused("no TokensRegex pattern", "test.rules rule r",
                "rule r", "anchor [{lemma:defend}", "pattern {}=cue >obj {}=b", "example It will.");
    }

    private static void assertRefused(String reason, String where, String... lines) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> GuaranteeRules.parse("test.rules", DataFiles.numberedLines(String.join("\n", lines)), WordClasses.bundled()),
                () -> "accepted " + List.of(lines));
        assertTrue(refused.getMessage().contains(reason) && refused.getMessage().contains(where),
                () -> "expected a message with \"" + where + "\" and \"" + reason + "\", but was: " + refused.getMessage());
    }
}
