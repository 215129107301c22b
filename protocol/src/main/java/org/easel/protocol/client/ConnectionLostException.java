package org.easel.protocol.client;

/** The connection broke (closed by the daemon, reset, or cut in the middle of a frame). */
public class ConnectionLostException extends EaselException {
    public ConnectionLostException(String message) {
        super(message);
    }
}
