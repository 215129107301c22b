package org.easel.server.planning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.Synthesis;

/**
 * What Easel understood an instruction to mean, shown to the user before and after it runs.
 *
 * @param summary imperative, e.g. "Make it a bit brighter and warmer"
 * @param doneMessage past tense, e.g. "Made it a bit brighter and warmer."
 * @param engine the engine that carries the plan out, e.g. "classical"
 * @param operations the adjustments, in the order they apply
 * @param synthesis pixels to create instead (fill the selection, extend the canvas); then
 *                  {@code operations} is empty
 */
public record Plan(String summary, String doneMessage, String engine, List<Adjustment> operations,
                   Optional<Synthesis> synthesis) {

    public Plan {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(doneMessage, "doneMessage");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(synthesis, "synthesis");
        operations = List.copyOf(operations);
    }

    /** A plan of adjustments only. */
    public Plan(String summary, String doneMessage, String engine, List<Adjustment> operations) {
        this(summary, doneMessage, engine, operations, Optional.empty());
    }

    /** A plan that creates pixels. */
    public Plan(String summary, String doneMessage, String engine, List<Adjustment> operations, Synthesis synthesis) {
        this(summary, doneMessage, engine, operations, Optional.of(synthesis));
    }
}
