package org.diplograph.extract;

/**
 * The kinds of diplomatic speech act, each with the ontology class it maps to and
 * the CAMEO code used where the lexicon entry gives no finer one.
 */
public enum StatementKind {
    PROPOSAL("Proposal", "020"),
    DEMAND("Demand", "100"),
    OFFER("Offer", "030"),
    REJECTION("Rejection", "120"),
    ACCEPTANCE("Acceptance", "050");

    private final String localName;
    private final String defaultCameoCode;

    StatementKind(String localName, String defaultCameoCode) {
        this.localName = localName;
        this.defaultCameoCode = defaultCameoCode;
    }

    public String localName() {
        return localName;
    }

    public String defaultCameoCode() {
        return defaultCameoCode;
    }

    /** An offer or an acceptance: the agent takes something on itself. */
    public boolean undertakes() {
        return this == OFFER || this == ACCEPTANCE;
    }

    /**
     * Whether an act of this kind binds the same side as one of {@code other}: a proposal and a
     * demand both ask the other side, an offer and an acceptance both commit the agent's own; a
     * rejection stands alone. A candidate's terms and guarantees were read for its rule's kind,
     * so a model may retype it only within this bond.
     */
    public boolean bindsLike(StatementKind other) {
        return this == other || group() == other.group();
    }

    private int group() {
        return switch (this) {
            case PROPOSAL, DEMAND -> 0;
            case OFFER, ACCEPTANCE -> 1;
            case REJECTION -> 2;
        };
    }

    /** The kind whose ontology local name is {@code name}, as written in lexicons and gold files. */
    public static StatementKind fromLocalName(String name) {
        for (StatementKind kind : values()) {
            if (kind.localName.equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("statement kind must be one of Proposal, Demand, Offer, Rejection, Acceptance, but was: " + name);
    }
}
