package org.diplograph.validate;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating one article graph against the diplograph shapes.
 *
 * @param conforms   true when the graph meets every constraint, that is when there are no violations
 * @param violations every constraint the graph breaks, sorted by focus node, path and message
 */
public record ValidationReport(boolean conforms, List<Violation> violations) {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::focusNode)
            .thenComparing(Violation::path)
            .thenComparing(Violation::message)
            .thenComparing(Violation::severity);

    public ValidationReport {
        violations = Objects.requireNonNull(violations, "violations").stream().sorted(ORDER).toList();
        if (conforms != violations.isEmpty()) {
            throw new IllegalArgumentException("a report conforms exactly when it lists no violations, but conforms was "
                    + conforms + " with " + violations.size() + " violation(s)");
        }
    }

    /** The report's results, one per line, under a line that says whether the graph conforms. */
    @Override
    public String toString() {
        if (conforms) {
            return "The article graph conforms to the diplograph shapes.";
        }
        StringBuilder text = new StringBuilder("The article graph does not conform to the diplograph shapes: ")
                .append(violations.size())
                .append(violations.size() == 1 ? " result" : " results");
        for (Violation violation : violations) {
            text.append(System.lineSeparator()).append("  ").append(violation);
        }
        return text.toString();
    }
}
