package org.easel.server.planning;

import java.util.List;
import java.util.Objects;
import org.easel.server.engines.classical.Adjustment;

/**
 * What Easel understood an instruction to mean, shown to the user before and after it runs.
 *
 * @param summary imperative, e.g. "Make it a bit brighter and warmer"
 * @param doneMessage past tense, e.g. "Made it a bit brighter and warmer."
 * @param engine the engine that carries the plan out, e.g. "classical"
 * @param operations the adjustments, in the order they apply
 */
public record Plan(String summary, String doneMessage, String engine, List<Adjustment> operations) {

    public Plan {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(doneMessage, "doneMessage");
        Objects.requireNonNull(engine, "engine");
        operations = List.copyOf(operations);
    }
}
