package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.diplograph.Pipeline;
import org.diplograph.extract.StatementKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring the PLOVER benchmark on hand-written graphs for the fixture's records
 * ({@code plover-fixture.trig}), so that every count is known exactly; the mapping table;
 * the builder's checks.
 */
class PloverBenchmarkTest {

    private static PloverResult result;

    @TempDir
    Path dir;

    @BeforeAll
    static void score() {
        Dataset graphs = RDFDataMgr.loadDataset("src/test/resources/org/diplograph/eval/plover-fixture.trig");
        PloverMapping mapping = PloverMapping.bundled();
        List<PloverResult.Outcome> outcomes = new ArrayList<>();
        for (PloverRecord record : PloverRecordTest.fixture()) {
            outcomes.add(PloverBenchmark.score(record, mapping.kindOf(record.type()),
                    graphs.getNamedModel("urn:record:" + record.id()).getGraph(), false));
        }
        result = new PloverResult("fixture", outcomes);
    }

    @Test
    void eachRecordGetsItsKindsAndSourceMatches() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("TEST-DEMAND-0001", "expected Demand, got [Demand] by [Norway], source by code and by name");
        expected.put("TEST-REJECT-0001", "expected Rejection, got [Proposal] by [Halla Einarsdottir], source by code");
        expected.put("TEST-AGREE-0001", "expected Offer, got [Acceptance] by [Argentina], source unmatched");
        expected.put("TEST-SUPPORT-0001", "expected Acceptance, got [Offer, Acceptance] by [Peru, Ana Vidal], source by code and by name");
        expected.put("TEST-CONCEDE-0001", "expected Acceptance, got [] by [], source unmatched");
        expected.put("TEST-FIGHT-0001", "expected -, got [Demand] by [Niger], source unmatched");
        expected.put("TEST-PROTEST-0001", "expected -, got [] by [], source unmatched");
        expected.put("TEST-AGREE-0002", "expected Offer, got [Offer] by [Portugal], source unmatched");
        Map<String, String> actual = new LinkedHashMap<>();
        for (PloverResult.Outcome o : result.outcomes()) {
            String source = o.sourceByCode() && o.sourceByLabel() ? "by code and by name"
                    : o.sourceByCode() ? "by code" : o.sourceByLabel() ? "by name" : "unmatched";
            actual.put(o.id(), "expected " + (o.mapped() ? o.expected().localName() : "-") + ", got "
                    + o.extracted().stream().map(StatementKind::localName).toList() + " by " + o.agents() + ", source " + source);
        }
        assertEquals(expected, actual);
    }

    @Test
    void theFiguresCountAsDocumented() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("records", 8);
        expected.put("mapped", 6);
        expected.put("typed", 3);
        expected.put("mapped with a statement", 5);
        expected.put("typing accuracy", 0.5);
        expected.put("typing accuracy where extracted", 0.6);
        expected.put("source scored", 4);
        expected.put("source matched", 3);
        expected.put("source matched by code", 3);
        expected.put("source matched by name", 2);
        expected.put("source accuracy", 0.75);
        expected.put("unmapped", 2);
        expected.put("unmapped with a statement", 1);
        expected.put("false-positive rate", 0.5);
        expected.put("failing validation", 0);
        assertEquals(expected, figures(result));
    }

    @Test
    void theConfusionTableCountsARecordUnderEveryKindItGot() {
        Map<String, String> rows = new LinkedHashMap<>();
        result.confusion().forEach((type, row) -> rows.put(type, row.toString()));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("AGREE", "{records=2, Proposal=0, Demand=0, Offer=1, Rejection=0, Acceptance=1, none=0}");
        expected.put("CONCEDE", "{records=1, Proposal=0, Demand=0, Offer=0, Rejection=0, Acceptance=0, none=1}");
        expected.put("DEMAND", "{records=1, Proposal=0, Demand=1, Offer=0, Rejection=0, Acceptance=0, none=0}");
        expected.put("REJECT", "{records=1, Proposal=1, Demand=0, Offer=0, Rejection=0, Acceptance=0, none=0}");
        expected.put("SUPPORT", "{records=1, Proposal=0, Demand=0, Offer=1, Rejection=0, Acceptance=1, none=0}");
        expected.put("FIGHT", "{records=1, Proposal=0, Demand=1, Offer=0, Rejection=0, Acceptance=0, none=0}");
        expected.put("PROTEST", "{records=1, Proposal=0, Demand=0, Offer=0, Rejection=0, Acceptance=0, none=1}");
        assertEquals(expected, rows);
    }

    @Test
    void aGraphFailingValidationCountsAsNothingExtracted() {
        PloverRecord demand = PloverRecordTest.fixture().get(0);
        Dataset graphs = RDFDataMgr.loadDataset("src/test/resources/org/diplograph/eval/plover-fixture.trig");
        PloverResult.Outcome outcome = PloverBenchmark.score(demand, Optional.of(StatementKind.DEMAND),
                graphs.getNamedModel("urn:record:" + demand.id()).getGraph(), true);
        assertEquals("rejected=true extracted=[] agents=[] byCode=false byLabel=false",
                "rejected=" + outcome.rejected() + " extracted=" + outcome.extracted() + " agents=" + outcome.agents()
                        + " byCode=" + outcome.sourceByCode() + " byLabel=" + outcome.sourceByLabel());
    }

    @Test
    void printsTheFiguresTableAndMisses() {
        StringWriter text = new StringWriter();
        result.print(new PrintWriter(text, true));
        List<String> lines = text.toString().lines().toList();
        List<String> expected = List.of(
                "PLOVER benchmark of fixture: 8 coded records, 6 of a type mapped to a statement kind, 2 of other types",
                "typing accuracy                 0.500  (3 of 6 mapped records have their kind among the extracted statements)",
                "  where something is extracted  0.600  (3 of the 5 mapped records with a statement)",
                "source-actor accuracy           0.750  (3 of 4 mapped records with a statement and a gold source; 3 by CAMEO code, 2 by name)",
                "false-positive rate             0.500  (1 of 2 records of unmapped types have a statement)",
                "PLOVER type  maps to    records   Proposal     Demand      Offer  Rejection Acceptance   none",
                "AGREE        Offer            2          0          0          1          0          1      0",
                "FIGHT        -                1          0          1          0          0          0      0",
                "  TEST-REJECT-0001             Rejection  got [Proposal] by [Halla Einarsdottir]",
                "  TEST-CONCEDE-0001            Acceptance got nothing");
        List<String> missing = expected.stream().filter(line -> !lines.contains(line)).toList();
        assertTrue(missing.isEmpty(), () -> "lines missing from the printout: " + missing + "\nprinted:\n" + text);
    }

    @Test
    void theJsonHoldsTheFiguresAndOutcomes() {
        JsonObject json = result.toJson();
        assertEquals("0.5 0.75 0.5 8", json.get("typingAccuracy") + " " + json.get("sourceAccuracy") + " "
                + json.get("falsePositiveRate") + " " + json.get("outcomes").getAsArray().size());
        assertEquals(1, json.getObj("confusion").getObj("SUPPORT").getNumber("Offer").intValue());
        assertEquals("Acceptance -", json.getObj("mapsTo").getString("CONCEDE") + " " + json.getObj("mapsTo").getString("FIGHT"));
        JsonObject support = json.get("outcomes").getAsArray().get(3).getAsObject();
        List<String> kinds = support.get("extracted").getAsArray().stream().map(k -> k.getAsString().value()).toList();
        assertEquals("TEST-SUPPORT-0001 Acceptance [Offer, Acceptance]",
                support.getString("id") + " " + support.getString("expected") + " " + kinds);
    }

    @Test
    void theMappingFollowsTheCameoAlignment() {
        Map<String, String> mapped = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        PloverMapping.bundled().table().forEach((type, kind) -> {
            if (kind.isPresent()) {
                mapped.put(type, kind.get().localName());
            } else {
                unmapped.add(type);
            }
        });
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("AGREE", "Offer");
        expected.put("DEMAND", "Demand");
        expected.put("REQUEST", "Demand");
        expected.put("REJECT", "Rejection");
        expected.put("SUPPORT", "Acceptance");
        expected.put("CONCEDE", "Acceptance");
        assertEquals(expected, mapped);
        assertEquals(List.of("RETREAT", "CONSULT", "COOPERATE", "AID", "INVESTIGATE", "DISAPPROVE", "ACCUSE", "THREATEN",
                "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT"), unmapped);
    }

    @Test
    void aTypeTheTableDoesNotListIsNamed() throws IOException {
        Path file = dir.resolve("hug.json");
        Files.writeString(file, "[{\"id\": \"X-1\", \"event\": \"EMBRACE\", \"text\": \"Chile embraced Peru.\"}]");
        PloverBenchmark.Builder builder = PloverBenchmark.create().file(file).pipeline(Pipeline.create().build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().startsWith("record X-1 of PLOVER file " + file + " has event type EMBRACE, which the mapping table does not list"),
                e.getMessage());
    }

    @Test
    void theBuilderChecksWhatItIsGiven() {
        assertEquals("PLOVER file must not be null",
                assertThrows(IllegalArgumentException.class, () -> PloverBenchmark.create().file(null)).getMessage());
        assertEquals("pipeline must not be null",
                assertThrows(IllegalArgumentException.class, () -> PloverBenchmark.create().pipeline(null)).getMessage());
        assertEquals("PLOVER file must be set before build()",
                assertThrows(IllegalStateException.class, () -> PloverBenchmark.create().pipeline(Pipeline.create().build()).build()).getMessage());
        assertEquals("pipeline must be set before build()",
                assertThrows(IllegalStateException.class, () -> PloverBenchmark.create().file(PloverRecordTest.FIXTURE).build()).getMessage());
    }

    private static Map<String, Object> figures(PloverResult r) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("records", r.records());
        figures.put("mapped", r.mapped());
        figures.put("typed", r.typed());
        figures.put("mapped with a statement", r.mappedExtracted());
        figures.put("typing accuracy", r.typingAccuracy());
        figures.put("typing accuracy where extracted", r.typingAccuracyWhereExtracted());
        figures.put("source scored", r.sourceScored());
        figures.put("source matched", r.sourceMatched());
        figures.put("source matched by code", r.sourceMatchedByCode());
        figures.put("source matched by name", r.sourceMatchedByLabel());
        figures.put("source accuracy", r.sourceAccuracy());
        figures.put("unmapped", r.unmapped());
        figures.put("unmapped with a statement", r.unmappedExtracted());
        figures.put("false-positive rate", r.falsePositiveRate());
        figures.put("failing validation", r.rejected());
        return figures;
    }
}
