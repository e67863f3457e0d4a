package org.diplograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Labels and other names of actors carry none of the punctuation around their mention in the
 * text (the dateline "ALGIERS:", "USA,", "Moscow.", "Ukraine)", quoted names), so that
 * searching and joining on names finds them. A dateline with a dash ("ANKARA, March 10 -") names
 * no actor at all.
 */
class LinkingLabelsTest {

    @Test
    void namesTakenFromTheTextHaveNoPunctuationAroundThem() {
        LinkedArticle article = LinkingPhenomenaTest.linked("punctuated-names.txt");
        List<String> names = new ArrayList<>();
        for (Actor actor : article.entities()) {
            names.add(actor.label());
            names.addAll(actor.names());
        }
        for (String name : names) {
            assertTrue(name.matches("[\\p{L}\\p{N}].*") && (name.matches(".*[\\p{L}\\p{N}]") || name.equals("U.S.")),
                    () -> "a name with the punctuation around it: \"" + name + "\" among " + names);
        }
        for (String expected : List.of("ALGIERS", "USA", "Moscow", "U.S.")) {
            assertTrue(names.contains(expected), () -> "the article names " + expected + ", and so should its actors: " + names);
        }
        assertFalse(names.contains("ANKARA"), () -> "the dateline ANKARA names no actor: " + names);
    }

    @Test
    void aLabelKeepsAnAbbreviationsFullStopAndMatchedBrackets() {
        assertEquals("USA", Linker.label("USA,"));
        assertEquals("Moscow", Linker.label("Moscow."));
        assertEquals("Russia", Linker.label("Russia)"));
        assertEquals("Ukraine", Linker.label("Ukraine \u201c"));
        assertEquals("Ukraine", Linker.label("\u201cUkraine\u201d"));
        assertEquals("ALGIERS", Linker.label("ALGIERS:"));
        assertEquals("U.S.", Linker.label("U.S."));
        assertEquals("George W.", Linker.label("George W."));
        assertEquals("Kurdistan Workers' Party (PKK)", Linker.label("Kurdistan Workers' Party (PKK)"));
        assertEquals("-", Linker.label("-"), "nothing but punctuation stays as it is");
    }
}
