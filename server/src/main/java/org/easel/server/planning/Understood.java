package org.easel.server.planning;

import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;

/**
 * One adjustment as the user asked for it, before it becomes numbers.
 *
 * @param sign +1 or -1 for signed kinds (brighter / darker), 0 for one-way kinds
 */
record Understood(AdjustmentKind kind, int sign, Intensity intensity) {

    Adjustment toAdjustment() {
        return kind.isSigned() ? new Adjustment(kind, sign * intensity.amount()) : Adjustment.full(kind);
    }
}
