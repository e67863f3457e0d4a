package org.diplograph.store;

/**
 * A store could not be opened, read or written: the message says which store and why,
 * in words fit for the command line.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
