package org.easel.protocol.client;

/**
 * Everything the client reports on purpose. The message is written for the person using the
 * program: it says what went wrong and what to do, so a caller can print it as it is.
 */
public class EaselException extends Exception {
    public EaselException(String message) {
        super(message);
    }

    public EaselException(String message, Throwable cause) {
        super(message, cause);
    }
}
