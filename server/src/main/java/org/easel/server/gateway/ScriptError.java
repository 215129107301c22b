package org.easel.server.gateway;

import org.easel.protocol.ErrorCode;

/**
 * What a Python script sees when the gateway refuses or an edit fails: py4j raises it as
 * {@code Py4JJavaError}, whose {@code java_exception.getMessage()} is the message for the user and
 * {@code java_exception.code()} the protocol's error code ({@code bad_image}, {@code cancelled}, …).
 */
public final class ScriptError extends RuntimeException {
    private final String code;

    public ScriptError(ErrorCode code, String message) {
        super(message);
        this.code = code.wireName();
    }

    /** The error code, as in PROTOCOL.md section 5. */
    public String code() {
        return code;
    }
}
