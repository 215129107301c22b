package org.easel.server.session;

/** How a turn ended, as stored and shown in the history. */
public enum TurnStatus {
    DONE("done"), FAILED("failed"), CANCELLED("cancelled");

    private final String wireName;

    TurnStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
