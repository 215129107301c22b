package org.easel.server.gateway;

import org.easel.protocol.ErrorCode;
import org.easel.server.session.ClarificationNeeded;

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

    /**
     * Easel asks instead of guessing: the message is the question followed by the readings, one
     * per line, each as the instruction to start instead ({@code code()} is {@code clarify}).
     */
    static ScriptError clarify(ClarificationNeeded clarification) {
        StringBuilder message = new StringBuilder(clarification.question());
        for (ClarificationNeeded.Reading reading : clarification.readings()) {
            message.append("\n- \"").append(reading.instruction()).append("\": ").append(reading.summary());
        }
        return new ScriptError("clarify", message.toString());
    }

    private ScriptError(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The error code, as in PROTOCOL.md section 5, or {@code clarify}. */
    public String code() {
        return code;
    }
}
