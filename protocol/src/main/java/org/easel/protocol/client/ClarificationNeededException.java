package org.easel.protocol.client;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The edit ended with {@code clarify}: Easel asks which reading was meant and queued nothing. Send
 * one reading's {@link Reading#instruction()} as a new edit to go on.
 */
public class ClarificationNeededException extends EaselException {
    private final String question;
    private final List<Reading> readings;

    public ClarificationNeededException(String question, List<Reading> readings) {
        super(question);
        this.question = question;
        this.readings = List.copyOf(readings);
    }

    public String question() {
        return question;
    }

    public List<Reading> readings() {
        return readings;
    }

    static ClarificationNeededException from(JsonObject header) {
        List<Reading> readings = new ArrayList<>();
        for (JsonValue value : header.getJsonArray("readings") == null ? List.<JsonValue>of() : header.getJsonArray("readings")) {
            if (value instanceof JsonObject reading) {
                readings.add(new Reading(reading.getString("instruction", ""), reading.getString("summary", "")));
            }
        }
        return new ClarificationNeededException(header.getString("question", "Which did you mean?"), readings);
    }
}
