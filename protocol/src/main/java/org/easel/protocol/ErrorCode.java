package org.easel.protocol;

/**
 * The stable, machine-readable error codes of PROTOCOL.md section 5. A fatal error closes the
 * connection after it is sent.
 */
public enum ErrorCode {
    UNAUTHORIZED("unauthorized", true),
    UNSUPPORTED_PROTOCOL("unsupported_protocol", true),
    HANDSHAKE_REQUIRED("handshake_required", true),
    FRAME_TOO_LARGE("frame_too_large", true),
    NOT_HTTP("not_http", true),
    TIMEOUT("timeout", true),
    BAD_REQUEST("bad_request", false),
    BAD_IMAGE("bad_image", false),
    EMPTY_SELECTION("empty_selection", false),
    UNKNOWN_TYPE("unknown_type", false),
    UNSUPPORTED_INSTRUCTION("unsupported_instruction", false),
    BUSY("busy", false),
    CANCELLED("cancelled", false),
    ENGINE_FAILED("engine_failed", false),
    SHUTTING_DOWN("shutting_down", false),
    UNKNOWN_CONVERSATION("unknown_conversation", false),
    MODEL_REQUIRED("model_required", false),
    CONSENT_REQUIRED("consent_required", false),
    NO_SUCH_TURN("no_such_turn", false),
    STORAGE_FAILED("storage_failed", false),
    INTERNAL("internal", false);

    private final String wireName;
    private final boolean fatal;

    ErrorCode(String wireName, boolean fatal) {
        this.wireName = wireName;
        this.fatal = fatal;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isFatal() {
        return fatal;
    }
}
