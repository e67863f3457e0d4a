package org.diplograph.graph;

import java.util.List;
import java.util.Objects;

/**
 * All facts of one relation from one actor to another, as one edge.
 *
 * @param source   the IRI of the acting actor
 * @param target   the IRI of the actor the facts point at
 * @param relation what the facts are
 * @param count    how many distinct facts the edge stands for: statements for the statement
 *                 relations, guarantees for {@link Relation#GUARANTOR_PROPOSED}, conditions for
 *                 {@link Relation#CONDITION_ON_PARTY}
 * @param details  what tells the facts apart, sorted and without repeats: the CAMEO codes of
 *                 the statements, the beneficiaries of the guarantees ("for Ukraine"), the
 *                 condition types ("Neutrality")
 */
public record ActorEdge(String source, String target, Relation relation, int count, List<String> details) {

    public ActorEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relation, "relation");
        if (count < 1) {
            throw new IllegalArgumentException("an edge stands for at least one fact, but count was: " + count);
        }
        details = List.copyOf(details);
    }

    /** The relation's label, with the count where the edge stands for more than one fact. */
    public String label() {
        return count == 1 ? relation.label() : relation.label() + " (" + count + ")";
    }
}
