package org.easel.server.engines;

/** Thrown from inside an engine when its job was cancelled; unwinds the job without a result. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
