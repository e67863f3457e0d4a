package org.diplograph.extract;

/** The modal force of a statement; each maps to a concept of dip:Modalities. */
public enum Modality {
    /** must, has to, insists. */
    OBLIGATION("Obligation"),
    /** should, ought to, calls for. */
    RECOMMENDATION("Recommendation"),
    /** could, may, might. */
    POSSIBILITY("Possibility"),
    /** will, would, is ready to, plans to. */
    INTENTION("Intention"),
    /** stated as done or as a plain act, with no modal. */
    ASSERTION("Assertion");

    private final String localName;

    Modality(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
