package org.easel.server.engines;

/**
 * The input is valid on the wire but there is nothing an engine can do with it (for example the
 * selection does not overlap the layer). The message is shown to the user as is.
 */
public final class EditRejectedException extends RuntimeException {
    public EditRejectedException(String message) {
        super(message);
    }
}
