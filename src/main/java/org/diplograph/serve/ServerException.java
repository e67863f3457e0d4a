package org.diplograph.serve;

/** The server could not start: the message says why, in words fit for the command line. */
public class ServerException extends RuntimeException {

    public ServerException(String message) {
        super(message);
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
