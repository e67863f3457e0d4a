package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A side that says it will keep what was agreed or decided, and one asked to, on invented articles. */
class KeepingActsTest {

    @Test
    void aSideThatWillRespectARulingAcceptsIt() {
        List<String> acts = extract("ruling", "SOFIA - Bulgaria would respect the court's ruling on the border, the foreign "
                + "minister said.").statements().stream().map(ExtractedActs::act).toList();
        assertEquals(List.of("Acceptance by [Bulgaria]"), acts, "the acts of the article, by kind and agents");
    }

    @Test
    void aSovereigntyOthersHadToRespectIsATermAndNoAssurance() {
        Extraction extraction = extract("sovereignty", "ROME - Italy insisted on Monday that Turkey and Egypt had to respect "
                + "Libya's sovereignty.");
        List<String> acts = extraction.statements().stream().map(ExtractedActs::act).toList();
        List<String> guarantors = extraction.statements().stream().flatMap(s -> s.guarantees().stream())
                .flatMap(g -> ExtractedActs.labels(g.guarantors()).stream()).toList();
        assertEquals(List.of("Demand by [Italy]"), acts, "the acts of the article, by kind and agents");
        assertEquals(List.of(), guarantors, "the guarantors of the article");
    }
}
