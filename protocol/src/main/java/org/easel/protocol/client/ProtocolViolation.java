package org.easel.protocol.client;

/** The daemon sent something this version of the protocol does not allow. */
public class ProtocolViolation extends EaselException {
    public ProtocolViolation(String message) {
        super(message);
    }
}
