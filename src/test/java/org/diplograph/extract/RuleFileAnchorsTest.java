package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The anchors' first-lemma check passes over only the sentences TokensRegex would not match:
 * a sentence without the first token's lemmas, never one an anchor that begins otherwise finds.
 */
class RuleFileAnchorsTest {

    private static RuleFile.Anchors anchors(String... patterns) {
        List<TokenSequencePattern> compiled = new ArrayList<>();
        for (String pattern : patterns) {
            compiled.add(TokenSequencePattern.compile(pattern));
        }
        return new RuleFile.Anchors(compiled);
    }

    /** Tokens written "word/lemma". */
    private static List<CoreLabel> tokens(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String pair : text.split(" ")) {
            String[] parts = pair.split("/");
            CoreLabel token = new CoreLabel();
            token.setWord(parts[0]);
            token.setValue(parts[0]);
            token.setLemma(parts[1]);
            tokens.add(token);
        }
        return tokens;
    }

    @Test
    void anAnchorOfLemmasFindsTheSentencesThatHoldThemInOrder() {
        RuleFile.Anchors anchors = anchors("[{lemma:/guarantor|assurance/}] []* [{lemma:include}]");
        assertTrue(anchors.find(tokens("the/the guarantors/guarantor would/would include/include Kenya/Kenya")));
        assertFalse(anchors.find(tokens("the/the talks/talk would/would include/include Kenya/Kenya")),
                "no token has a first lemma of the anchor");
        assertFalse(anchors.find(tokens("Kenya/Kenya would/would include/include the/the guarantors/guarantor")),
                "the first lemma is there, but the pattern does not match");
    }

    @Test
    void anAnchorOfOneLemmaIsCheckedLikewise() {
        RuleFile.Anchors anchors = anchors("[{lemma:include}]");
        assertTrue(anchors.find(tokens("it/it includes/include Kenya/Kenya")));
        assertFalse(anchors.find(tokens("it/it names/name Kenya/Kenya")));
    }

    @Test
    void anAnchorThatBeginsWithARegularExpressionIsAlwaysRun() {
        RuleFile.Anchors anchors = anchors("[{lemma:/guarant.*/}]", "[{word:/Kenya/}]");
        assertTrue(anchors.find(tokens("it/it was/be guaranteeing/guaranteeing peace/peace")),
                "a lemma class that is a regular expression is no list of lemmas to look up");
        assertTrue(anchors.find(tokens("Kenya/Kenya spoke/speak")), "an anchor on another field is run as it is");
        assertFalse(anchors.find(tokens("Uganda/Uganda spoke/speak")));
    }

    @Test
    void anAnchorWhoseFirstTokenAlsoAsksForATagIsLookedUpByItsLemmas() {
        RuleFile.Anchors anchors = anchors("[{lemma:/call|describe/;tag:/VB.*/}]");
        assertFalse(anchors.mayFind(0, Set.of("the", "term", "of", "accord")), "neither lemma is in the sentence");
        assertTrue(anchors.mayFind(0, Set.of("they", "call", "it", "absurd")));
    }

    @Test
    void aRuleWhoseAnchorCannotFindASentenceNeedNotBeMatched() {
        RuleFile.Anchors anchors = anchors("[{lemma:/guarantor|assurance/}] []* [{lemma:include}]", "[{lemma:/guarant.*/}]");
        assertTrue(anchors.mayFind(0, Set.of("the", "guarantor", "include")));
        assertFalse(anchors.mayFind(0, Set.of("the", "talk", "include")), "the first lemmas are missing");
        assertTrue(anchors.mayFind(1, Set.of("the", "talk")), "an anchor of a regular expression is always run");
    }
}
