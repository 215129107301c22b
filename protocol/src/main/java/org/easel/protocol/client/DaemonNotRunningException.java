package org.easel.protocol.client;

/** No daemon.json in the state directory, or nothing answers at the address it names. */
public class DaemonNotRunningException extends EaselException {
    public DaemonNotRunningException(String message) {
        super(message);
    }
}
