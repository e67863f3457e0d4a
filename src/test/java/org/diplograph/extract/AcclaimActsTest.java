package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A welcome is an acceptance by a side party to what it welcomes, and no act of a side that only
 * looks on (the guidelines). The bundled models on an invented article.
 */
class AcclaimActsTest {

    private static final String BODY = "ADDIS ABABA - Ethiopia and Eritrea signed a border accord in Algiers on Monday. "
            + "Eritrea welcomed the accord as a victory for peace, its information minister said. Ethiopia said it would pull "
            + "its troops back from the disputed town within a month, and Eritrea would do the same. Kenya welcomed the accord.";

    @Test
    void aPartyWelcomesItsDealAndAThirdSideMakesNoAct() {
        List<String> welcomes = extract("welcome", BODY).statements().stream()
                .filter(s -> s.evidence().text().contains("welcomed"))
                .map(ExtractedActs::act)
                .toList();
        assertEquals(List.of("Acceptance by [Eritrea]"), welcomes, "the acts whose evidence is a welcome, by kind and agents");
    }
}
