package org.easel.server.session;

import java.util.List;
import java.util.Optional;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.Synthesis;

/**
 * What Easel understood, as shown to the user before and after the edit runs: a one-line summary
 * that includes where it applies, the engine and the operations.
 */
public record PlanView(String summary, String engine, List<Adjustment> operations, Optional<Synthesis> synthesis) {
    public PlanView {
        operations = List.copyOf(operations);
        java.util.Objects.requireNonNull(synthesis, "synthesis");
    }

    /** A view of adjustments only. */
    public PlanView(String summary, String engine, List<Adjustment> operations) {
        this(summary, engine, operations, Optional.empty());
    }
}
