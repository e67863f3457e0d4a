package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which sentences of an invented report the parse cascade sends to the parser: those where a
 * rule that reads a parse can fire, and not those that only hold a word one of the rules also
 * asks for (a negation without a modal, "have ... to" that is no necessity, "terms" as a noun,
 * "include" with no group of guarantors, a word of security with no guarantee rule's anchor,
 * talks that trade no terms).
 */
class ParseCascadeTest {

    private static final String REPORT = String.join("\n",
            "Residents of the border town said life felt safe again after the shelling moved east.",
            "The delegation included three generals and a former envoy.",
            "Officials in Baku did not comment on the visit.",
            "The envoy has visited the disputed region twice this year to meet local leaders.",
            "Diplomats in Vienna reviewed the terms of the accord on Monday.",
            "Yerevan would not withdraw its troops from the villages, the defence minister said.",
            "The monitoring group includes Kazakhstan and Georgia.",
            "Armenia has to hand over the maps of the minefields first, the Azerbaijani foreign ministry said.",
            "The Armenian foreign ministry called the demand a provocation.",
            "Negotiators discussed a timetable for the next round on Monday.",
            "Azerbaijani officials discussed returning the prisoners in exchange for the minefield maps.");

    private static List<String> parsed(Decisions decisions) {
        CoreDocument document = ParsedText.of(REPORT);
        List<CoreMap> sentences = document.annotation().get(CoreAnnotations.SentencesAnnotation.class);
        BitSet chosen = ParseCascade.over(decisions).select(sentences).now();
        List<String> texts = new ArrayList<>();
        List<CoreSentence> all = document.sentences();
        chosen.stream().forEach(s -> texts.add(all.get(s).text()));
        return texts;
    }

    @Test
    void theBuildParsesOnlyTheSentencesARuleCanRead() {
        List<String> lines = REPORT.lines().toList();
        assertEquals(List.of(lines.get(5), lines.get(6), lines.get(7), lines.get(8), lines.get(10)),
                parsed(Decisions.rulesOnly()), "the sentences the build's cascade parses (a refusal with a modal, a group"
                        + " that includes more guarantors, a necessity, a verdict, talks that trade terms)");
    }

    @Test
    void trainingAlsoParsesASentenceWithAWordOfSecurity() {
        List<String> lines = REPORT.lines().toList();
        assertEquals(List.of(lines.get(0), lines.get(5), lines.get(6), lines.get(7), lines.get(8), lines.get(10)),
                parsed(Decisions.rulesOnly().forTraining()),
                "training makes guarantee pairs of the sides named near a word of security, so its cascade parses"
                        + " such a sentence too");
    }
}
