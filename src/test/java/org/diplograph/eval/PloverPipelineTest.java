package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.diplograph.TestPipeline;
import org.diplograph.extract.StatementKind;
import org.junit.jupiter.api.Test;

/**
 * The PLOVER benchmark end to end on the fixture's sentences, through the pipeline build
 * uses. What the extractor finds is the extractor's business; this checks that every
 * record is run and classed, and that a plain demand by a state is scored as typed and
 * attributed.
 */
class PloverPipelineTest {

    @Test
    void runsEverySentenceThroughThePipeline() {
        PloverBenchmark benchmark = PloverBenchmark.create().file(PloverRecordTest.FIXTURE).pipeline(TestPipeline.get()).build();
        assertEquals(8, benchmark.size());
        PloverResult result = benchmark.run();
        Map<String, String> classed = new LinkedHashMap<>();
        for (PloverResult.Outcome o : result.outcomes()) {
            classed.put(o.id(), o.type() + " -> " + (o.mapped() ? o.expected().localName() : "-"));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("TEST-DEMAND-0001", "DEMAND -> Demand");
        expected.put("TEST-REJECT-0001", "REJECT -> Rejection");
        expected.put("TEST-AGREE-0001", "AGREE -> Offer");
        expected.put("TEST-SUPPORT-0001", "SUPPORT -> Acceptance");
        expected.put("TEST-CONCEDE-0001", "CONCEDE -> Acceptance");
        expected.put("TEST-FIGHT-0001", "FIGHT -> -");
        expected.put("TEST-PROTEST-0001", "PROTEST -> -");
        expected.put("TEST-AGREE-0002", "AGREE -> Offer");
        assertEquals(expected, classed);
        assertEquals(0, result.rejected(), () -> "graphs failing validation: " + result.outcomes().stream()
                .filter(PloverResult.Outcome::rejected).map(PloverResult.Outcome::id).toList());
        PloverResult.Outcome demand = result.outcomes().get(0);
        assertTrue(demand.extracted().contains(StatementKind.DEMAND) && demand.sourceByCode(),
                () -> "a demand by Norway, coded NOR, should be typed and attributed, but got " + demand);
    }
}
