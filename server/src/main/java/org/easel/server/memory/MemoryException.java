package org.easel.server.memory;

/** The conversation memory cannot be read or written; the message says what to do. */
public final class MemoryException extends Exception {
    public MemoryException(String message, Throwable cause) {
        super(message, cause);
    }

    public MemoryException(String message) {
        super(message);
    }
}
