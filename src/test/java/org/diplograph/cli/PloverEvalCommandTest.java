package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval --plover [FILE]}: the PLOVER benchmark from the command line, and its errors. */
class PloverEvalCommandTest {

    private static final String FIXTURE = "src/test/resources/org/diplograph/eval/plover-fixture.json";

    @TempDir
    Path dir;

    @Test
    void printsTheFiguresAsJson() {
        CliRun run = CliRun.run(new EvalCommand(), "--plover", FIXTURE, "--json");
        assertEquals(0, run.code(), run.toString());
        JsonObject json = JSON.parse(run.out());
        assertEquals("8 6 2 " + FIXTURE, json.getNumber("records") + " " + json.getNumber("mapped") + " "
                + json.getNumber("unmapped") + " " + json.getString("file"), run.toString());
        assertEquals(8, json.get("outcomes").getAsArray().size(), run.toString());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("gsr.json");
        CliRun run = CliRun.viaMain("eval", "--plover", missing.toString());
        assertEquals(1, run.code(), run.toString());
        assertEquals("diplograph eval: PLOVER file not found: " + missing, run.err().strip());
    }

    @Test
    void theDefaultFileIsTheSharedOne() {
        CommandLine.Model.OptionSpec plover = new CommandLine(new EvalCommand()).getCommandSpec().findOption("--plover");
        assertEquals("../shared/eval/external/PLOVER/PLOVER_GSR_CAMEO.txt", plover.fallbackValue());
    }

    @Test
    void goldDirAndPloverExcludeEachOther() {
        CliRun neither = CliRun.run(new EvalCommand());
        assertEquals(2, neither.code(), neither.toString());
        assertTrue(neither.err().startsWith("eval needs GOLD_DIR, or --plover for the PLOVER benchmark"), neither.toString());
        CliRun both = CliRun.run(new EvalCommand(), "--plover=" + FIXTURE, "../shared/eval/dev");
        assertEquals(2, both.code(), both.toString());
        assertTrue(both.err().startsWith("give GOLD_DIR or --plover, not both"), both.toString());
    }
}
