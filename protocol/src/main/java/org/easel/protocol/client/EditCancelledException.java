package org.easel.protocol.client;

import jakarta.json.JsonObject;

/** The edit ended with the {@code cancelled} error: a cancel stopped it. */
public class EditCancelledException extends DaemonErrorException {
    public EditCancelledException(JsonObject header) {
        super(header);
    }
}
