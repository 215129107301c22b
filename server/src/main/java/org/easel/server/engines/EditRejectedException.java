package org.easel.server.engines;

/**
 * The input is valid on the wire but there is nothing an engine can do with it (for example the
 * selection does not overlap the layer). The message is shown to the user as is.
 */
public final class EditRejectedException extends RuntimeException {

    /** Why, so front ends can answer with the right error code. */
    public enum Reason {
        /** Nothing usable is selected (or a selection is needed and missing). */
        NOTHING_TO_EDIT,
        /** The result would exceed the image size limits (an extension too large). */
        TOO_LARGE,
        /** Easel cannot do it on this image; the message says what can (e.g. a flip of a transparent layer). */
        UNSUPPORTED
    }

    private final Reason reason;

    public EditRejectedException(String message) {
        this(message, Reason.NOTHING_TO_EDIT);
    }

    public EditRejectedException(String message, Reason reason) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
