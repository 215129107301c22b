package org.easel.protocol.client;

/** A reply, or a whole edit, did not come in time (an edit is cancelled first). */
public class EaselTimeoutException extends EaselException {
    public EaselTimeoutException(String message) {
        super(message);
    }
}
