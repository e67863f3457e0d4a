package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CueIndexTest {

    private static final List<Lexicon.Cue> CUES = List.of(
            cue("Ceasefire", "ceasefire|truce|armistice"),
            cue("PrisonerExchange", "exchange|swap * prisoner|prisoners"),
            cue("NoAllianceMembership", "not|never * join|membership * {ORG}"),
            cue("Other", "{ORG}"),
            cue("Negotiation", "talk|talks"));

    private static Lexicon.Cue cue(String type, String pattern) {
        return new Lexicon.Cue(type, CuePattern.parse(pattern), false);
    }

    private static List<String> types(List<Lexicon.Cue> cues) {
        return cues.stream().map(Lexicon.Cue::type).toList();
    }

    /** The cues that match the tokens when each is tried in turn, as before there was an index. */
    private static List<String> matching(List<Lexicon.Cue> cues, List<TermToken> tokens) {
        List<String> types = new ArrayList<>();
        for (Lexicon.Cue cue : cues) {
            if (cue.pattern().find(tokens) != null) {
                types.add(cue.type());
            }
        }
        return types;
    }

    @Test
    void aCueIsOfferedByAWordOfItsFewestAlternatives() {
        CueIndex index = CueIndex.of(CUES);
        assertEquals(List.of("PrisonerExchange", "Other"), types(index.mayMatch(Set.of("swap", "of", "detainee"))),
                "'swap' is one of the two words of the exchange cue's smaller alternatives; the slot alone is always tried");
        assertEquals(List.of("Ceasefire", "Other", "Negotiation"), types(index.mayMatch(Set.of("talks", "truce"))),
                "the cues keep the list's order, whatever the order of the words");
        assertEquals(List.of("Other"), types(index.mayMatch(Set.of())));
    }

    @Test
    void everyCueThatMatchesIsOffered() {
        CueIndex index = CueIndex.of(CUES);
        for (String phrase : List.of(
                "a/a truce/truce and/and talks/talk",
                "kyiv/kyiv would/would never/never join/join nato/nato/ORG",
                "an/an exchange/exchange of/of all/all prisoners/prisoner",
                "the/the troops/troop stay/stay")) {
            List<TermToken> tokens = CuePatternTest.tokens(phrase);
            assertEquals(matching(CUES, tokens), matching(index.mayMatch(CuePattern.vocabulary(tokens)), tokens), phrase);
        }
    }
}
