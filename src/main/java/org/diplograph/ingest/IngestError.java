package org.diplograph.ingest;

/**
 * An input that could not be read as an article, and why. The rest of a batch
 * is read regardless.
 *
 * @param input  the path as given or found in a folder, or {@code file:line} for a JSON Lines record
 * @param reason what was wrong with it, e.g. {@code no body text}
 */
public record IngestError(String input, String reason) {

    public IngestError {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("input must be a non-blank path, but was: " + input);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must be non-blank, but was: " + reason);
        }
    }

    /** The error as one line for a user: {@code input: reason}. */
    public String message() {
        return input + ": " + reason;
    }
}
