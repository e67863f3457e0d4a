package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.diplograph.link.Actor;
import org.junit.jupiter.api.Test;

/**
 * "Foreign Minister Ana Vidal told reporters": a person named by a bare title speaks for the side
 * the represented sides model chooses among those the article names, so that her acts are
 * matched by the state she speaks for.
 */
class BareTitlesTest {

    @Test
    void aMinisterNamedByABareTitleSpeaksForTheSideTheArticleIsAbout() {
        String body = "SANTIAGO - Chile said on Monday it was ready to reopen talks with Bolivia over a corridor to the sea. "
                + "Chile has refused for decades to cede any of its territory. "
                + "Foreign Minister Ana Vidal told reporters that Chile would set out its terms within a week.";
        Extraction extraction = ExtractedActs.extract("bare-title", body);
        Optional<Actor> minister = extraction.actors().stream().filter(a -> a.label().equals("Ana Vidal")).findFirst();
        assertTrue(minister.isPresent(), () -> "Ana Vidal should be an actor: " + ExtractedActs.labels(extraction.actors()));
        assertEquals("Q298", minister.get().represents(), "Ana Vidal speaks for Chile (Q298), of which the article and her sentence speak");
    }
}
