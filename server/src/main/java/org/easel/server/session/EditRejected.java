package org.easel.server.session;

import org.easel.protocol.ErrorCode;

/** An edit refused before it was queued, with the code and the message for the user. */
public class EditRejected extends Exception {
    private final ErrorCode code;

    public EditRejected(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
