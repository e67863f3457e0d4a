package org.diplograph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * How a violation is reported where an article is not loaded ({@code build}, {@code eval},
 * {@code extract}): the focus node, the path where the constraint has one, and the message,
 * with no gap left where there is no path.
 */
class ViolationTest {

    private static final String NODE = "https://w3id.org/diplograph/id/statement/abc-1";

    @Test
    void aFailureOnAPathNamesIt() {
        Violation violation = new Violation(NODE, "dip:agent", "needs an agent", "Violation");
        assertEquals("fails validation at " + NODE + " dip:agent: needs an agent", violation.failure());
    }

    @Test
    void aFailureOnTheNodeItselfLeavesNoGap() {
        Violation violation = new Violation(NODE, "", "is of no statement kind", "Violation");
        assertEquals("fails validation at " + NODE + ": is of no statement kind", violation.failure());
    }
}
