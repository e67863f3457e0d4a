package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The items of a list of terms, and what the parse cascade and the extractor make of them, on invented articles. */
class ListItemsTest {

    private static final String LIST = "Among its provisions, the two sides agree:\n"
            + "1. to an immediate ceasefire along their border;\n"
            + "- to exchange all prisoners of war;\n"
            + "The text was initialled on Friday.\n"
            + "- A line with a dash after a list has closed is no item.";

    @Test
    void itemsFollowALineEndingWithAColonAndBeginWithAMark() {
        CoreDocument document = ParsedText.of(LIST);
        List<String> sentences = document.sentences().stream().map(CoreSentence::text).toList();
        BitSet items = ListItems.of(document.sentences().stream().map(CoreSentence::tokens).toList());
        assertEquals(List.of(2, 3), items.stream().boxed().toList(),
                "the items among the sentences " + sentences + " (the splitter makes \"1.\" a sentence of its own)");
    }

    /** Tokens given as "word/TAG", split at spaces. */
    private static List<CoreLabel> tagged(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String part : text.split(" ")) {
            CoreLabel token = new CoreLabel();
            token.setWord(part.substring(0, part.lastIndexOf('/')));
            token.setTag(part.substring(part.lastIndexOf('/') + 1));
            tokens.add(token);
        }
        return tokens;
    }

    @Test
    void aNumberTaggedAsACardinalStillMarksAnItemOfAnOpenList() {
        List<List<CoreLabel>> sentences = List.of(
                tagged("The/DT plan/NN calls/VBZ for/IN :/:"),
                tagged("4/LS ./."),
                tagged("humanitarian/JJ aid/NN ;/:"),
                tagged("5/CD ./."),
                tagged("a/DT visit/NN by/IN the/DT envoy/NN ./."),
                tagged("The/DT text/NN was/VBD published/VBN ./."),
                tagged("2024/CD ./."),
                tagged("Talks/NNS resume/VBP ./."));
        assertEquals(List.of(2, 4), ListItems.of(sentences).stream().boxed().toList(),
                "the items: \"5.\" goes on with an open list, \"2024.\" after it has closed marks nothing");
    }

    @Test
    void theCascadeParsesEveryItem() {
        CoreDocument document = ParsedText.of(LIST);
        BitSet parsed = ParseCascade.over(Decisions.rulesOnly())
                .select(document.annotation().get(CoreAnnotations.SentencesAnnotation.class)).now();
        assertTrue(parsed.get(2) && parsed.get(3), () -> "the cascade parses only the sentences " + parsed);
    }

    @Test
    void theItemsAreTermsOfTheActThatOpensTheList() {
        String body = "BAKU - Armenia and Azerbaijan signed a peace agreement in Washington on Friday. "
                + "Among its provisions, the two sides agree:\n"
                + "1. to an immediate ceasefire along their border;\n"
                + "2. to exchange all prisoners of war within a month;\n"
                + "3. to open talks on the demarcation of the border.\n"
                + "The text was initialled by the two foreign ministers.";
        Set<String> terms = new TreeSet<>();
        for (Statement statement : extract("list", body).statements()) {
            for (Condition condition : statement.conditions()) {
                if (body.indexOf(condition.evidence().text()) > body.indexOf(':')) {
                    terms.add(condition.type() + " on " + condition.party().label());
                }
            }
        }
        assertEquals(Set.of("Ceasefire on Armenia", "Ceasefire on Azerbaijan", "PrisonerExchange on Armenia",
                "PrisonerExchange on Azerbaijan", "Negotiation on Armenia", "Negotiation on Azerbaijan"), terms,
                "the conditions read from the list's items, by type and party");
    }
}
