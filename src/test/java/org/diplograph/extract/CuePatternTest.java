package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.link.ActorType;
import org.junit.jupiter.api.Test;

class CuePatternTest {

    /** Tokens of a phrase written "word/lemma", or "word/lemma/ORG" for a token of an organisation's name. */
    static List<TermToken> tokens(String phrase) {
        List<TermToken> tokens = new ArrayList<>();
        for (String part : phrase.split(" ")) {
            String[] fields = part.split("/");
            boolean org = fields.length > 2;
            tokens.add(new TermToken(tokens.size(), fields[0], fields[1], org ? "Q7184" : null,
                    org ? ActorType.ORGANIZATION : null));
        }
        return tokens;
    }

    @Test
    void aWordMayBeFoundByItsLemma() {
        List<TermToken> tokens = tokens("kyiv/kyiv would/would have/have joined/join the/the nato/nato/ORG alliance/alliance");
        CuePattern.Match match = CuePattern.parse("join|membership * {ORG}").find(tokens);
        assertNotNull(match, "'joined' is found by its lemma 'join', the alliance two tokens later");
        assertEquals(3, match.begin());
        assertEquals(6, match.end());
        assertEquals("Q7184", match.captured().entityKey());
    }

    @Test
    void aPatternWhoseLaterWordIsMissingFindsNothing() {
        List<TermToken> tokens = tokens("a/a permanent/permanent ceasefire/ceasefire was/be agreed/agree");
        assertNull(CuePattern.parse("permanent * truce|armistice").find(tokens),
                "the first word is there, the last is not");
        assertNotNull(CuePattern.parse("permanent * truce|ceasefire").find(tokens));
    }

    @Test
    void theVocabularyOfOnePhraseServesEveryPattern() {
        List<TermToken> tokens = tokens("an/an exchange/exchange of/of prisoners/prisoner and/and talks/talk");
        var vocabulary = CuePattern.vocabulary(tokens);
        assertNotNull(CuePattern.parse("exchange * prisoner|prisoners").find(tokens, vocabulary));
        assertNotNull(CuePattern.parse("talk|talks").find(tokens, vocabulary));
        assertNull(CuePattern.parse("hostage|hostages").find(tokens, vocabulary));
        assertEquals(CuePattern.parse("prisoner * talk").find(tokens), CuePattern.parse("prisoner * talk").find(tokens, vocabulary));
    }
}
