package org.diplograph.ingest;

/** Signals that one input cannot become an article; the reason goes into an {@link IngestError}. */
final class Rejected extends Exception {

    private static final long serialVersionUID = 1L;

    Rejected(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
