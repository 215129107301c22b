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
        if (kind.isSigned()) {
            return new Adjustment(kind, sign * intensity.amount());
        }
        // Effects with a strength ("blur a bit", "strong vignette") take it from the intensity words.
        return isGraded(kind) ? new Adjustment(kind, intensity.amount()) : Adjustment.full(kind);
    }

    static boolean isGraded(AdjustmentKind kind) {
        return kind == AdjustmentKind.BLUR || kind == AdjustmentKind.SHARPEN || kind == AdjustmentKind.POSTERIZE
                || kind == AdjustmentKind.VIGNETTE || kind == AdjustmentKind.DENOISE;
    }
}
