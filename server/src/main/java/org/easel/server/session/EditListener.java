package org.easel.server.session;

import org.easel.protocol.ErrorCode;
import org.easel.server.imaging.Raster;

/**
 * Receives the life of one edit, in order: {@link #accepted} once, any number of
 * {@link #progress}, then exactly one of {@link #completed} or {@link #failed}. Calls after
 * {@code accepted} come from the worker thread.
 */
public interface EditListener {

    void accepted(String jobId, PlanView plan, int queuePosition);

    void progress(int step, int steps, String stage);

    /** A step with a small rgba8 preview; listeners that show no previews hear a plain step. */
    default void progress(int step, int steps, String stage, Raster preview) {
        progress(step, steps, stage);
    }

    /**
     * A step of version {@code variation} (from 1) of {@code variations}, when one job makes several;
     * {@code preview} may be null. Listeners that do not tell versions apart hear a plain step.
     */
    default void variationProgress(int variation, int variations, int step, int steps, String stage, Raster preview) {
        if (preview == null) {
            progress(step, steps, stage);
        } else {
            progress(step, steps, stage, preview);
        }
    }

    void completed(PlanView plan, EditOutcome outcome);

    void failed(ErrorCode code, String message);
}
