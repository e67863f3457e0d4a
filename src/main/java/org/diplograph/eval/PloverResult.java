package org.diplograph.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.diplograph.extract.StatementKind;

/**
 * What the PLOVER benchmark found: one outcome per coded record, and the figures counted
 * from them.
 *
 * <ul>
 * <li>typing accuracy: of the records whose PLOVER type maps to a statement kind, those
 * where that kind is among the kinds of the statements extracted from the sentence;</li>
 * <li>false-positive rate: of the records whose type maps to no kind, those where
 * anything at all was extracted;</li>
 * <li>source-actor accuracy: of the mapped records where a statement was extracted and the
 * gold file codes a source, those where the agent of some statement is a gold source,
 * by CAMEO code or by name (see {@link Outcome}).</li>
 * </ul>
 *
 * Negated statements ("did not accept") count as nothing extracted, as in the dev-set
 * evaluation; so does the graph of a sentence that fails validation, which build would not load.
 *
 * @param file     the gold-standard file scored
 * @param outcomes one per coded record, in file order
 */
public record PloverResult(String file, List<Outcome> outcomes) {

    /** The column of the confusion table for records where nothing was extracted. */
    public static final String NONE = "none";

    /**
     * How one record scored.
     *
     * @param id            the record's id
     * @param type          its PLOVER event type
     * @param expected      the kind its type maps to, or {@code null} for a type without one
     * @param extracted     the kinds of the statements extracted from its sentence
     * @param agents        the labels of their agents
     * @param rejected      whether the sentence's graph failed validation (then nothing counts as extracted)
     * @param goldSource    whether the record codes a source actor
     * @param sourceByCode  whether an agent's CAMEO actor code, or that of the state it acts for, starts with a gold source's code
     * @param sourceByLabel whether an agent's label or alternative label occurs as whole words in a gold source's text, case-
     *                      and accent-insensitively, punctuation aside; the gold text is the whole phrase naming the
     *                      source, titles included, where the agent's label is the name alone
     */
    public record Outcome(String id, String type, StatementKind expected, Set<StatementKind> extracted, List<String> agents,
                          boolean rejected, boolean goldSource, boolean sourceByCode, boolean sourceByLabel) {

        public Outcome {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            extracted = extracted.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(extracted));
            agents = List.copyOf(agents);
        }

        public boolean mapped() {
            return expected != null;
        }

        public boolean typed() {
            return mapped() && extracted.contains(expected);
        }

        public boolean anyExtracted() {
            return !extracted.isEmpty();
        }

        /** Whether it counts for source-actor accuracy: mapped, something extracted, a gold source. */
        public boolean sourceScored() {
            return mapped() && anyExtracted() && goldSource;
        }

        public boolean sourceMatched() {
            return sourceByCode || sourceByLabel;
        }
    }

    public PloverResult {
        Objects.requireNonNull(file, "file");
        outcomes = List.copyOf(outcomes);
    }

    public int records() {
        return outcomes.size();
    }

    public int mapped() {
        return count(Outcome::mapped);
    }

    public int unmapped() {
        return records() - mapped();
    }

    public int typed() {
        return count(Outcome::typed);
    }

    public int mappedExtracted() {
        return count(o -> o.mapped() && o.anyExtracted());
    }

    public int unmappedExtracted() {
        return count(o -> !o.mapped() && o.anyExtracted());
    }

    public int rejected() {
        return count(Outcome::rejected);
    }

    public int sourceScored() {
        return count(Outcome::sourceScored);
    }

    public int sourceMatched() {
        return count(o -> o.sourceScored() && o.sourceMatched());
    }

    public int sourceMatchedByCode() {
        return count(o -> o.sourceScored() && o.sourceByCode());
    }

    public int sourceMatchedByLabel() {
        return count(o -> o.sourceScored() && o.sourceByLabel());
    }

    /** Typed over mapped records; 0 when there are none. */
    public double typingAccuracy() {
        return ratio(typed(), mapped());
    }

    /** Typed over mapped records where something was extracted. */
    public double typingAccuracyWhereExtracted() {
        return ratio(typed(), mappedExtracted());
    }

    public double falsePositiveRate() {
        return ratio(unmappedExtracted(), unmapped());
    }

    public double sourceAccuracy() {
        return ratio(sourceMatched(), sourceScored());
    }

    /**
     * Kind by PLOVER type: for each type, its record count under {@code records}, then per
     * kind the records where a statement of that kind was extracted (a record counts under
     * every kind it got), and under {@link #NONE} those where nothing was.
     */
    public Map<String, Map<String, Integer>> confusion() {
        Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
        for (String type : typesInOrder()) {
            Map<String, Integer> row = new LinkedHashMap<>();
            row.put("records", 0);
            for (StatementKind kind : StatementKind.values()) {
                row.put(kind.localName(), 0);
            }
            row.put(NONE, 0);
            table.put(type, row);
        }
        for (Outcome outcome : outcomes) {
            Map<String, Integer> row = table.get(outcome.type());
            row.merge("records", 1, Integer::sum);
            for (StatementKind kind : outcome.extracted()) {
                row.merge(kind.localName(), 1, Integer::sum);
            }
            if (!outcome.anyExtracted()) {
                row.merge(NONE, 1, Integer::sum);
            }
        }
        return table;
    }

    /** Mapped types first, then the others; within each, the most frequent first. */
    private List<String> typesInOrder() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Boolean> mapped = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            counts.merge(outcome.type(), 1, Integer::sum);
            mapped.put(outcome.type(), outcome.mapped());
        }
        List<String> types = new ArrayList<>(counts.keySet());
        types.sort((a, b) -> !mapped.get(a).equals(mapped.get(b)) ? (mapped.get(a) ? -1 : 1)
                : counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        return types;
    }

    /** The figures, the confusion table, then each mapped record that did not get its kind. */
    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "PLOVER benchmark of %s: %d coded records, %d of a type mapped to a statement kind, %d of other types%n",
                file, records(), mapped(), unmapped());
        out.printf(Locale.ROOT, "%-30s %6.3f  (%d of %d mapped records have their kind among the extracted statements)%n",
                "typing accuracy", typingAccuracy(), typed(), mapped());
        out.printf(Locale.ROOT, "%-30s %6.3f  (%d of the %d mapped records with a statement)%n",
                "  where something is extracted", typingAccuracyWhereExtracted(), typed(), mappedExtracted());
        out.printf(Locale.ROOT, "%-30s %6.3f  (%d of %d mapped records with a statement and a gold source; %d by CAMEO code, %d by name)%n",
                "source-actor accuracy", sourceAccuracy(), sourceMatched(), sourceScored(), sourceMatchedByCode(), sourceMatchedByLabel());
        out.printf(Locale.ROOT, "%-30s %6.3f  (%d of %d records of unmapped types have a statement)%n",
                "false-positive rate", falsePositiveRate(), unmappedExtracted(), unmapped());
        out.printf(Locale.ROOT, "%-30s %6d%n", "graphs failing validation", rejected());
        out.println();
        Map<String, StatementKind> expected = new LinkedHashMap<>();
        outcomes.forEach(o -> expected.put(o.type(), o.expected()));
        out.printf(Locale.ROOT, "%-12s %-10s %7s", "PLOVER type", "maps to", "records");
        for (StatementKind kind : StatementKind.values()) {
            out.printf(Locale.ROOT, " %10s", kind.localName());
        }
        out.printf(Locale.ROOT, " %6s%n", NONE);
        for (Map.Entry<String, Map<String, Integer>> row : confusion().entrySet()) {
            StatementKind kind = expected.get(row.getKey());
            out.printf(Locale.ROOT, "%-12s %-10s", row.getKey(), kind == null ? "-" : kind.localName());
            for (Map.Entry<String, Integer> cell : row.getValue().entrySet()) {
                out.printf(Locale.ROOT, cell.getKey().equals(NONE) ? " %6d" : cell.getKey().equals("records") ? " %7d" : " %10d",
                        cell.getValue());
            }
            out.println();
        }
        List<Outcome> missed = outcomes.stream().filter(o -> o.mapped() && !o.typed()).toList();
        if (!missed.isEmpty()) {
            out.println();
            out.println("mapped records without their kind:");
            for (Outcome o : missed) {
                out.printf(Locale.ROOT, "  %-28s %-10s got %s%n", o.id(), o.expected().localName(),
                        o.anyExtracted() ? o.extracted().stream().map(StatementKind::localName).toList() + " by " + o.agents() : o.rejected() ? "a graph failing validation" : "nothing");
            }
        }
    }

    /** The figures, the kind each type maps to ("-" for none), the confusion table and every outcome, as JSON. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.put("file", file);
        json.put("records", records());
        json.put("mapped", mapped());
        json.put("typed", typed());
        json.put("mappedExtracted", mappedExtracted());
        json.put("typingAccuracy", JsonNumber.value(round(typingAccuracy())));
        json.put("typingAccuracyWhereExtracted", JsonNumber.value(round(typingAccuracyWhereExtracted())));
        json.put("sourceScored", sourceScored());
        json.put("sourceMatched", sourceMatched());
        json.put("sourceMatchedByCode", sourceMatchedByCode());
        json.put("sourceMatchedByLabel", sourceMatchedByLabel());
        json.put("sourceAccuracy", JsonNumber.value(round(sourceAccuracy())));
        json.put("unmapped", unmapped());
        json.put("unmappedExtracted", unmappedExtracted());
        json.put("falsePositiveRate", JsonNumber.value(round(falsePositiveRate())));
        json.put("rejected", rejected());
        JsonObject mapsTo = new JsonObject();
        outcomes.forEach(o -> mapsTo.put(o.type(), o.mapped() ? o.expected().localName() : "-"));
        json.put("mapsTo", mapsTo);
        JsonObject confusion = new JsonObject();
        for (Map.Entry<String, Map<String, Integer>> row : confusion().entrySet()) {
            JsonObject cells = new JsonObject();
            row.getValue().forEach((column, count) -> cells.put(column, count));
            confusion.put(row.getKey(), cells);
        }
        json.put("confusion", confusion);
        JsonArray records = new JsonArray();
        for (Outcome o : outcomes) {
            JsonObject r = new JsonObject();
            r.put("id", o.id());
            r.put("type", o.type());
            if (o.mapped()) {
                r.put("expected", o.expected().localName());
            }
            JsonArray kinds = new JsonArray();
            o.extracted().forEach(kind -> kinds.add(kind.localName()));
            r.put("extracted", kinds);
            JsonArray agents = new JsonArray();
            o.agents().forEach(agents::add);
            r.put("agents", agents);
            r.put("sourceByCode", o.sourceByCode());
            r.put("sourceByLabel", o.sourceByLabel());
            r.put("rejected", o.rejected());
            records.add(r);
        }
        json.put("outcomes", records);
        return json;
    }

    private int count(Predicate<Outcome> test) {
        return (int) outcomes.stream().filter(test).count();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
