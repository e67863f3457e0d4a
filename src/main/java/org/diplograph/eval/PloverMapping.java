package org.diplograph.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.diplograph.DataFiles;
import org.diplograph.extract.StatementKind;

/**
 * Which statement kind each PLOVER event type corresponds to, read from
 * {@code plover-kinds.tsv}: a type mapped to a kind, or listed without one.
 */
final class PloverMapping {

    private static final String FILE = "plover-kinds.tsv";

    private final Map<String, Optional<StatementKind>> kinds;

    private PloverMapping(Map<String, Optional<StatementKind>> kinds) {
        this.kinds = Collections.unmodifiableMap(kinds);
    }

    static PloverMapping bundled() {
        Map<String, Optional<StatementKind>> kinds = new LinkedHashMap<>();
        for (String line : DataFiles.lines(PloverMapping.class, FILE)) {
            String[] cells = line.split("\t", -1);
            if (cells.length != 3 || cells[0].isBlank() || cells[2].isBlank()) {
                throw new IllegalStateException(FILE + ": a row must be TYPE, KIND or -, and why, tab-separated, but was: " + line);
            }
            Optional<StatementKind> kind = cells[1].equals("-") ? Optional.empty() : Optional.of(StatementKind.fromLocalName(cells[1]));
            if (kinds.put(cells[0], kind) != null) {
                throw new IllegalStateException(FILE + ": PLOVER type " + cells[0] + " is listed twice");
            }
        }
        return new PloverMapping(kinds);
    }

    boolean lists(String type) {
        return kinds.containsKey(type);
    }

    /** The kind {@code type} corresponds to; empty for a type listed without one. */
    Optional<StatementKind> kindOf(String type) {
        Optional<StatementKind> kind = kinds.get(type);
        if (kind == null) {
            throw new IllegalArgumentException("PLOVER type must be one of " + kinds.keySet() + ", but was: " + type);
        }
        return kind;
    }

    /** Every listed type, in the order of the table, with its kind. */
    Map<String, Optional<StatementKind>> table() {
        return kinds;
    }
}
