package org.easel.protocol.client;

/** One reading Easel offers when it asks: the instruction that means it, and what it would do. */
public record Reading(String instruction, String summary) {
    /** What to show on a choice: the summary, or the instruction when the summary is empty. */
    public String label() {
        return summary.isBlank() ? instruction : summary;
    }
}
