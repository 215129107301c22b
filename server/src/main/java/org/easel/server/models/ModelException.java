package org.easel.server.models;

/**
 * A model operation failed for a reason the user can act on; the message says what happened, to
 * which file or URL, and what to do. The command line prints it as it is.
 */
public class ModelException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
