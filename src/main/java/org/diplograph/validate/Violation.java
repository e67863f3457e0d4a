package org.diplograph.validate;

import java.util.Objects;

/**
 * One result of validating an article graph: the node that breaks a constraint, the property it
 * breaks it on, and what is wrong.
 *
 * @param focusNode the IRI of the offending node, or {@code _:label} for a blank node
 * @param path      the property path in prefixed form ({@code dip:agent}, {@code ^dip:hasCondition}),
 *                  or the empty string where the constraint is on the node itself
 * @param message   what the constraint requires, in words
 * @param severity  {@code Violation}, {@code Warning} or {@code Info}
 */
public record Violation(String focusNode, String path, String message, String severity) {

    public Violation {
        Objects.requireNonNull(focusNode, "focusNode");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * Why a graph with this violation is not loaded, as {@code build} and {@code eval} report it:
     * "fails validation at", the focus node, the path where there is one, and the message.
     */
    public String failure() {
        return "fails validation at " + focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }

    /** One line: severity, focus node, path where there is one, and message. */
    @Override
    public String toString() {
        String node = focusNode.startsWith("_:") ? focusNode : "<" + focusNode + ">";
        String where = path.isEmpty() ? node : node + " " + path;
        return severity + " at " + where + ": " + message;
    }
}
