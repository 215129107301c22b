package org.easel.server.session;

import java.util.List;
import org.easel.server.engines.classical.Adjustment;

/**
 * What Easel understood, as shown to the user before and after the edit runs: a one-line summary
 * that includes where it applies, the engine and the operations.
 */
public record PlanView(String summary, String engine, List<Adjustment> operations) {
    public PlanView {
        operations = List.copyOf(operations);
    }
}
