package org.diplograph.load;

/**
 * A load that failed, with a message that names the input or the target and the reason.
 * {@link #endsLoad()} tells whether the rest of the batch can go on (a graph the target refused)
 * or not (a target that cannot be reached, or that refuses the credentials: every further graph
 * would fail the same way).
 */
public final class LoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean endsLoad;

    public LoadException(String message, boolean endsLoad, Throwable cause) {
        super(message, cause);
        this.endsLoad = endsLoad;
    }

    public LoadException(String message, boolean endsLoad) {
        this(message, endsLoad, null);
    }

    /** Whether no further graph can be loaded into this target. */
    public boolean endsLoad() {
        return endsLoad;
    }
}
