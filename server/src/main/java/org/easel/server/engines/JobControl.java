package org.easel.server.engines;

import org.easel.server.imaging.Raster;

/**
 * What a running engine may do with the job that runs it: report progress and learn that it was
 * cancelled. Engines call {@link #checkCancelled()} between steps so cancel takes effect quickly.
 */
public interface JobControl {

    /** Reports that {@code step} of {@code steps} is done; {@code stage} is a short word for a status line. */
    void progress(int step, int steps, String stage);

    /** Progress with a small rgba8 preview of the result so far (at most 256 px on its longest side). */
    default void progress(int step, int steps, String stage, Raster preview) {
        progress(step, steps, stage);
    }

    /**
     * The control through which version {@code index} (from 1) of {@code count} reports, when one
     * job makes several versions of generated content; progress then says which version it is.
     */
    default JobControl variation(int index, int count) {
        return this;
    }

    /** Throws {@link CancelledException} when the job was cancelled. */
    void checkCancelled();

    /** A control for callers that neither watch progress nor cancel (tests, benchmarks). */
    JobControl NONE = new JobControl() {
        @Override
        public void progress(int step, int steps, String stage) {
        }

        @Override
        public void checkCancelled() {
        }
    };
}
