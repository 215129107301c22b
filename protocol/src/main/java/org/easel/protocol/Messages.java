package org.easel.protocol;

/** Message type names and common member names of protocol v1 (PROTOCOL.md section 4). */
public final class Messages {
    public static final int PROTOCOL_VERSION = 1;

    public static final String TYPE = "type";
    public static final String ID = "id";
    public static final String ATTACHMENTS = "attachments";

    // client → daemon
    public static final String HELLO = "hello";
    public static final String PING = "ping";
    public static final String EDIT = "edit";
    public static final String CANCEL = "cancel";
    public static final String HISTORY = "history";
    public static final String MODELS = "models";
    public static final String UNLOAD = "unload";
    public static final String EXPORT = "export";
    public static final String IMPORT = "import";
    /** The daemon's queue, per user (answered with its own type). */
    public static final String STATUS = "status";

    // daemon → client (history, models, export and import answer with their own type)
    public static final String WELCOME = "welcome";
    public static final String PONG = "pong";
    public static final String ACCEPTED = "accepted";
    public static final String PROGRESS = "progress";
    public static final String RESULT = "result";
    public static final String CANCEL_ACK = "cancel_ack";
    public static final String ERROR = "error";
    /** Ends an edit instead of {@code accepted}: Easel asks which of several readings was meant. */
    public static final String CLARIFY = "clarify";
    public static final String UNLOADED = "unloaded";

    /** Longest request id the daemon accepts. */
    public static final int MAX_ID_LENGTH = 128;

    private Messages() {
    }
}
