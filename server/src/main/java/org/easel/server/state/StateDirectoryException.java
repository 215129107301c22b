package org.easel.server.state;

/** The state directory cannot be used; the message says why and what to do. */
public final class StateDirectoryException extends Exception {
    public StateDirectoryException(String message) {
        super(message);
    }

    public StateDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
