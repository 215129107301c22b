package org.easel.protocol.client;

import jakarta.json.JsonObject;

/** The daemon validated and queued the edit; {@code plan} says what it understood. */
public record Accepted(String job, int queuePosition, JsonObject plan) {

    /** The plan in one sentence ("Convert to black and white — whole layer"), empty if none came. */
    public String summary() {
        return plan.getString("summary", "");
    }

    static Accepted from(JsonObject header) {
        JsonObject plan = header.get("plan") instanceof JsonObject p ? p : JsonObject.EMPTY_JSON_OBJECT;
        return new Accepted(header.getString("job", ""), header.getInt("queuePosition", 0), plan);
    }
}
