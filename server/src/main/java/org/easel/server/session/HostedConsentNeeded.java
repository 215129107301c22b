package org.easel.server.session;

import org.easel.protocol.ErrorCode;

/**
 * A hosted engine would run the edit, and the request did not name it: the artist has not yet
 * agreed to send pixels off the computer in this conversation. Answered {@code consent_required}
 * with the engine's id; the plugin asks once and sends the edit again with {@code options.engine}.
 */
public final class HostedConsentNeeded extends EditRejected {
    private final String engine;

    HostedConsentNeeded(String engine, String message) {
        super(ErrorCode.CONSENT_REQUIRED, message);
        this.engine = engine;
    }

    /** The engine the request must name to go ahead. */
    public String engine() {
        return engine;
    }
}
