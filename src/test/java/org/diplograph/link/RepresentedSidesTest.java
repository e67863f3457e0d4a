package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diplograph.ingest.Article;
import org.diplograph.nlp.Nlp;
import org.junit.jupiter.api.Test;

/**
 * A person named by a bare title ("Foreign Minister Ana Vidal") speaks for a side the article
 * does not name beside them: each state, organisation or armed group the article names is a
 * candidate, described by where the article names it.
 */
class RepresentedSidesTest {

    private static final String BODY = "Chile said on Monday it was ready to reopen talks with Bolivia over a corridor to the sea. "
            + "Foreign Minister Ana Vidal told reporters that Bolivia would first have to withdraw its case from the court. "
            + "Peru's foreign minister, Luis Prado, said Lima would follow the talks closely.";

    private static LinkedArticle linked() {
        return Linker.over(Gazetteer.bundled()).link(Nlp.annotate(new Article("sides", null, null, null, BODY, "sides.txt")));
    }

    @Test
    void everySideTheArticleNamesIsACandidateOfAPersonWhoseSideItDoesNotSay() {
        LinkedArticle linked = linked();
        List<RepresentedSides.Choice> choices = RepresentedSides.of(linked);
        assertEquals(List.of("Ana Vidal"), choices.stream().map(c -> linked.entity(c.person()).label()).distinct().toList(),
                "Luis Prado is named as Peru's minister; only Ana Vidal's side is left to choose");
        assertEquals(List.of("Chile", "Bolivia", "Peru"), choices.stream().map(c -> linked.entity(c.side()).label()).toList(),
                "the candidates, in the order the article first names them");
    }

    @Test
    void aCandidateIsDescribedByWhereTheArticleNamesIt() {
        LinkedArticle linked = linked();
        Map<String, List<String>> features = RepresentedSides.of(linked).stream()
                .collect(Collectors.toMap(c -> linked.entity(c.side()).label(), RepresentedSides.Choice::features));
        assertTrue(features.get("Chile").containsAll(List.of("previousSentence", "lead", "together:none", "type:State")),
                () -> "Chile is named in the lead, in the sentence before the minister: " + features.get("Chile"));
        assertTrue(features.get("Bolivia").containsAll(List.of("rank:1", "firstSentence:after", "together:most")),
                () -> "Bolivia is named most, and after the minister in her sentence: " + features.get("Bolivia"));
        assertTrue(features.get("Peru").containsAll(List.of("namedLater", "othersRepresent:1")),
                () -> "Peru is named after the minister, and another person speaks for it: " + features.get("Peru"));
        assertTrue(features.get("Chile").contains("title:minister:State"),
                () -> "the word before the name is part of the description: " + features.get("Chile"));
    }
}
