package org.diplograph.graph;

import java.util.Optional;

import org.diplograph.extract.StatementKind;

/**
 * The kinds of edge between two actors. The five statement relations run from a statement's
 * agent to each actor the statement concerns; {@link #GUARANTOR_PROPOSED} runs from the agent of
 * a statement to each guarantor of a guarantee it puts forward; {@link #CONDITION_ON_PARTY} runs
 * from the agent of a statement to the party a condition of it obliges.
 */
public enum Relation {
    PROPOSES("proposes", StatementKind.PROPOSAL),
    DEMANDS("demands", StatementKind.DEMAND),
    OFFERS("offers", StatementKind.OFFER),
    REJECTS("rejects", StatementKind.REJECTION),
    ACCEPTS("accepts", StatementKind.ACCEPTANCE),
    GUARANTOR_PROPOSED("guarantor proposed", null),
    CONDITION_ON_PARTY("condition on party", null);

    private final String label;
    private final StatementKind statementKind;

    Relation(String label, StatementKind statementKind) {
        this.label = label;
        this.statementKind = statementKind;
    }

    /** The name users read in a graph tool: "proposes", "condition on party". */
    public String label() {
        return label;
    }

    /** The kind of statement this relation stands for, if it stands for one kind. */
    public Optional<StatementKind> statementKind() {
        return Optional.ofNullable(statementKind);
    }

    /** The relation from the agent of a statement of {@code kind} to what it concerns. */
    static Relation of(StatementKind kind) {
        for (Relation relation : values()) {
            if (kind == relation.statementKind) {
                return relation;
            }
        }
        throw new IllegalArgumentException("no relation stands for statements of kind " + kind);
    }
}
