package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality must not fall: the F1 of every kind on the development set may be at
 * most 0.02 below the figures recorded in README.md.
 */
class DevRegressionTest {

    private static final double TOLERANCE = 0.02;

    @Test
    void noKindFallsBelowTheRecordedFigures() throws IOException {
        Map<String, Double> recorded = recordedF1(Path.of("README.md"));
        assertFalse(recorded.isEmpty(), "README.md records no dev-set figures between <!-- dev-figures --> markers");
        Evaluation evaluation = DevResults.evaluation();
        List<String> fallen = new ArrayList<>();
        for (Fact.Kind kind : Fact.Kind.values()) {
            Double before = recorded.get(kind.label());
            assertTrue(before != null, () -> "README.md records no F1 for " + kind.label());
            double now = evaluation.totals().get(kind).f1();
            if (now < before - TOLERANCE) {
                fallen.add(String.format(Locale.ROOT, "%s: F1 %.3f, recorded %.3f", kind.label(), now, before));
            }
        }
        assertTrue(fallen.isEmpty(), () -> "extraction quality fell on the dev set:\n" + String.join("\n", fallen));
    }

    /** The F1 column of the table between the dev-figures markers of README.md. */
    static Map<String, Double> recordedF1(Path readme) throws IOException {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String row : ReadmeFiguresTest.tableRows(readme, "dev-figures", "| kind")) {
            String[] cells = row.split("\\|");
            if (cells.length >= 5 && cells[4].trim().matches("[0-9.]+")) {
                figures.put(cells[1].trim(), Double.parseDouble(cells[4].trim()));
            }
        }
        return figures;
    }
}
