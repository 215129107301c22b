package org.easel.server.engines;

/**
 * What a running engine may do with the job that runs it: report progress and learn that it was
 * cancelled. Engines call {@link #checkCancelled()} between steps so cancel takes effect quickly.
 */
public interface JobControl {

    /** Reports that {@code step} of {@code steps} is done; {@code stage} is a short word for a status line. */
    void progress(int step, int steps, String stage);

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
