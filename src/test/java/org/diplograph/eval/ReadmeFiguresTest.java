package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.SharedFolder;
import org.diplograph.TestPipeline;
import org.diplograph.extract.StatementKind;
import org.junit.jupiter.api.Test;

/**
 * The figures README.md records for the development set and the PLOVER benchmark are the ones
 * {@code eval} prints now, to the last digit: a change of output that moves them, up or down,
 * must record them anew. {@link DevRegressionTest} guards against a fall; this test against a
 * record left behind (the dev table once read conditions 0.677 after they had become 0.676, and
 * the PLOVER block kept an older commit's figures).
 */
class ReadmeFiguresTest {

    private static final Path README = Path.of("README.md");

    @Test
    void devFiguresAreTheOnesEvalPrints() throws IOException {
        Evaluation evaluation = DevResults.evaluation();
        List<String> printed = new ArrayList<>();
        for (Fact.Kind kind : Fact.Kind.values()) {
            Scores scores = evaluation.totals().get(kind);
            printed.add(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |",
                    kind.label(), scores.precision(), scores.recall(), scores.f1()));
        }
        assertRecorded("dev-figures", printed, tableRows("dev-figures", "| kind"));
    }

    @Test
    void ploverFiguresAreTheOnesEvalPrints() throws IOException {
        Path file = SharedFolder.root().resolve("eval").resolve("external").resolve("PLOVER").resolve("PLOVER_GSR_CAMEO.txt");
        PloverResult result = PloverBenchmark.create().file(file).pipeline(TestPipeline.get()).build().run();
        List<String> printed = new ArrayList<>();
        printed.add(String.format(Locale.ROOT, "| typing accuracy | %.3f | %d of %d mapped records |",
                result.typingAccuracy(), result.typed(), result.mapped()));
        printed.add(String.format(Locale.ROOT, "| typing accuracy where something is extracted | %.3f | %d of %d |",
                result.typingAccuracyWhereExtracted(), result.typed(), result.mappedExtracted()));
        printed.add(String.format(Locale.ROOT, "| source-actor accuracy | %.3f | %d of %d (%d by code, %d by name) |",
                result.sourceAccuracy(), result.sourceMatched(), result.sourceScored(), result.sourceMatchedByCode(),
                result.sourceMatchedByLabel()));
        printed.add(String.format(Locale.ROOT, "| false-positive rate | %.3f | %d of %d records of unmapped types |",
                result.falsePositiveRate(), result.unmappedExtracted(), result.unmapped()));
        printed.add(String.format(Locale.ROOT, "| graphs failing validation | %d | |", result.rejected()));
        List<String> figureRows = tableRows("plover-figures", "| figure");
        List<String> confusionRows = tableRows("plover-figures", "| PLOVER type");
        printed.addAll(confusion(result, confusionRows));
        List<String> recorded = new ArrayList<>(figureRows);
        recorded.addAll(confusionRows);
        assertRecorded("plover-figures", printed, recorded);
    }

    /**
     * The confusion table's rows as README.md groups them (one row may hold several PLOVER types
     * of one kind, "ASSAULT, RETREAT, COOPERATE"), with the counts of {@code result} summed over
     * each row's types; a type no row holds gets a row of its own, so that it shows as missing.
     */
    private static List<String> confusion(PloverResult result, List<String> recordedRows) {
        Map<String, Map<String, Integer>> table = result.confusion();
        Set<String> unlisted = new LinkedHashSet<>(table.keySet());
        List<List<String>> groups = new ArrayList<>();
        for (String row : recordedRows) {
            List<String> types = List.of(row.split("\\|")[1].trim().split(",\\s*"));
            if (table.keySet().containsAll(types)) {
                groups.add(types);
                unlisted.removeAll(types);
            }
        }
        unlisted.forEach(type -> groups.add(List.of(type)));
        Map<String, StatementKind> kinds = new HashMap<>();
        result.outcomes().forEach(o -> kinds.put(o.type(), o.expected()));
        List<String> rows = new ArrayList<>();
        for (List<String> types : groups) {
            StatementKind kind = kinds.get(types.get(0));
            StringBuilder row = new StringBuilder("| " + String.join(", ", types) + " | " + (kind == null ? "none" : kind.localName()) + " |");
            for (String column : table.get(types.get(0)).keySet()) {
                row.append(' ').append(types.stream().mapToInt(t -> table.get(t).get(column)).sum()).append(" |");
            }
            rows.add(row.toString());
        }
        return rows;
    }

    private static void assertRecorded(String block, List<String> printed, List<String> recorded) {
        assertFalse(recorded.isEmpty(), () -> "README.md has no table between <!-- " + block + " --> markers");
        List<String> stale = new ArrayList<>(recorded);
        stale.removeAll(printed);
        List<String> missing = new ArrayList<>(printed);
        missing.removeAll(recorded);
        assertTrue(stale.isEmpty() && missing.isEmpty(), () -> "README.md's <!-- " + block
                + " --> figures are not the ones eval prints now; record them anew.\nrecorded, not printed:\n  "
                + String.join("\n  ", stale) + "\nprinted, not recorded:\n  " + String.join("\n  ", missing));
    }

    private static List<String> tableRows(String block, String header) throws IOException {
        return tableRows(README, block, header);
    }

    /**
     * The rows of the table whose header row starts with {@code header}, between the markers
     * {@code <!-- block ...-->} and {@code <!-- /block -->} of a README, its separator row left out.
     */
    static List<String> tableRows(Path readme, String block, String header) throws IOException {
        List<String> rows = new ArrayList<>();
        boolean inside = false;
        boolean inTable = false;
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("<!-- " + block)) {
                inside = true;
            } else if (line.startsWith("<!-- /" + block)) {
                inside = false;
            } else if (inside && line.startsWith(header)) {
                inTable = true;
            } else if (inside && inTable && line.startsWith("|")) {
                if (!line.startsWith("|---")) {
                    rows.add(line);
                }
            } else {
                inTable = false;
            }
        }
        return rows;
    }
}
