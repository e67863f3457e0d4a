package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.diplograph.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --by-rule} over the seed article: the table of rules, and the same counts in the JSON. */
class EvalByRuleTest {

    private static final String SEED = "000_lavrov-terms";

    @TempDir
    Path dir;

    @Test
    void theTableAndTheJsonTellWhatEachRuleFound() throws IOException {
        for (String suffix : new String[] {".txt", ".gold.json"}) {
            Files.copy(SharedFolder.dev().resolve(SEED + suffix), dir.resolve(SEED + suffix));
        }
        CliRun table = CliRun.run(new EvalCommand(), dir.toString(), "--by-rule");
        assertEquals(0, table.code(), table.toString());
        assertTrue(table.out().contains("rule") && table.out().contains("precision"), table.toString());
        assertTrue(table.out().lines().anyMatch(line -> line.matches("speech-acts:\\S+ +statements +\\d+ +\\d+ +[01]\\.\\d{3}")),
                "a row for a trigger's statements: " + table);
        CliRun json = CliRun.run(new EvalCommand(), dir.toString(), "--json");
        assertEquals(0, json.code(), json.toString());
        JsonObject rules = JSON.parse(json.out()).get("rules").getAsObject();
        long statements = rules.keys().stream().map(rule -> rules.get(rule).getAsObject())
                .filter(kinds -> kinds.hasKey("statements"))
                .mapToLong(kinds -> kinds.get("statements").getAsObject().get("tp").getAsNumber().value().longValue()).sum();
        assertEquals(5, statements, "the seed article's five statements, each found by a rule: " + rules);
    }
}
