package org.easel.protocol.client;

import jakarta.json.JsonObject;

/** The daemon answered a request with an {@code error} frame (PROTOCOL.md section 5). */
public class DaemonErrorException extends EaselException {
    private final String code;
    private final boolean fatal;
    private final JsonObject header;

    public DaemonErrorException(JsonObject header) {
        super(header.getString("message", "the Easel daemon reported an error without a message"));
        this.code = header.getString("code", "internal");
        this.fatal = header.getBoolean("fatal", false);
        this.header = header;
    }

    /** The protocol's error code ({@code bad_image}, {@code cancelled}, …). */
    public String code() {
        return code;
    }

    public boolean fatal() {
        return fatal;
    }

    /** The whole error frame header, for members such as {@code engine} of {@code consent_required}. */
    public JsonObject header() {
        return header;
    }

    static DaemonErrorException from(JsonObject header) {
        return "cancelled".equals(header.getString("code", "")) ? new EditCancelledException(header)
                : new DaemonErrorException(header);
    }
}
