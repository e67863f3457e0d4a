package org.diplograph.extract;

import static org.diplograph.extract.ExtractedActs.act;
import static org.diplograph.extract.ExtractedActs.conditions;
import static org.diplograph.extract.ExtractedActs.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Terms a report spells out after the act that put forward their document, on invented articles. */
class DocumentTermsTest {

    @Test
    void theTermsOfAStageOfAPlanAreTheTermsOfThePlan() {
        String body = "GENEVA - Swiss mediators on Monday presented Armenia and Azerbaijan with a two-stage plan to end the "
                + "clashes on their border.\n\n"
                + "Under the first stage, Armenia would free 20 detained soldiers, and Azerbaijan would allow aid convoys "
                + "to use the Lachin road.";
        List<String> terms = conditions(extract("stage", body).statements().stream()
                .filter(s -> act(s).equals("Proposal by [Switzerland]")));
        assertTrue(terms.containsAll(List.of("PrisonerExchange on Armenia", "HumanitarianAccess on Azerbaijan")),
                () -> "the conditions of the Swiss plan are " + terms);
    }
}
