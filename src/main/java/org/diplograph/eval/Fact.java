package org.diplograph.eval;

import java.util.List;

/**
 * One scored atom: its kind, its typed slots and the evidence shown when it is missing
 * or unexpected. Actor slots hold every key the actor can be matched by.
 *
 * @param kind       actors, statements, conditions or guarantees
 * @param type       the statement kind or condition type, or empty
 * @param slots      for each actor slot, the keys it matches
 * @param display    a readable form for reports
 * @param evidence   the supporting text, or empty
 * @param rule       the rule that proposed an extracted fact ({@code dip:extractedBy}), or empty
 * @param confidence its {@code dip:confidence}, or NaN where it has none (a gold fact, an actor)
 */
public record Fact(Kind kind, String type, List<List<String>> slots, String display, String evidence, String rule,
                   double confidence) {

    /** The four kinds of atom the guidelines score. */
    public enum Kind {
        ACTORS("actors"), STATEMENTS("statements"), CONDITIONS("conditions"), GUARANTEES("guarantees");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Fact {
        slots = slots.stream().map(List::copyOf).toList();
    }

    /** A fact no rule proposed: a gold fact, or an actor. */
    public Fact(Kind kind, String type, List<List<String>> slots, String display, String evidence) {
        this(kind, type, slots, display, evidence, "", Double.NaN);
    }

    /** True when this predicted fact matches the gold fact: same type, and every slot shares a key. */
    boolean matches(Fact gold) {
        if (kind != gold.kind || !type.equals(gold.type) || slots.size() != gold.slots.size()) {
            return false;
        }
        for (int i = 0; i < slots.size(); i++) {
            List<String> mine = slots.get(i);
            boolean shared = false;
            for (String key : gold.slots.get(i)) {
                shared |= mine.contains(key);
            }
            if (!shared) {
                return false;
            }
        }
        return true;
    }
}
