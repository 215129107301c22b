package org.easel.server.session;

import java.util.List;
import java.util.Objects;

/**
 * The instruction has more than one reasonable reading and Easel asks instead of guessing. Nothing
 * was queued; the client shows {@link #question()} with one choice per reading, and sends the
 * chosen reading's {@link Reading#instruction()} as a new edit.
 */
public final class ClarificationNeeded extends Exception {

    /**
     * One way to read the instruction.
     *
     * @param instruction a complete instruction that means exactly this reading when sent
     * @param summary     what Easel would do, as a plan summary ("Increase the contrast — whole layer")
     */
    public record Reading(String instruction, String summary) {
        public Reading {
            Objects.requireNonNull(instruction, "instruction");
            Objects.requireNonNull(summary, "summary");
        }
    }

    private final List<Reading> readings;

    public ClarificationNeeded(String question, List<Reading> readings) {
        super(question);
        if (readings.size() < 2) {
            throw new IllegalArgumentException("a clarification offers at least two readings: " + readings);
        }
        this.readings = List.copyOf(readings);
    }

    /** A short question for the person, e.g. "More contrast or less?". */
    public String question() {
        return getMessage();
    }

    public List<Reading> readings() {
        return readings;
    }
}
