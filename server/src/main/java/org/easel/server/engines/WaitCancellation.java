package org.easel.server.engines;

import java.util.List;
import java.util.function.Supplier;

/**
 * The cancel check of the job running on this thread, for waits deep inside one model call that
 * no {@link JobControl} reaches: a remote inference server may take seconds (or queue the step)
 * before it answers, and cancel should not wait for it. Engines run their work inside
 * {@link #watching}; code that waits calls {@link #check()} while it waits.
 */
public final class WaitCancellation {
    private static final ThreadLocal<List<JobControl>> WATCHED = new ThreadLocal<>();

    private WaitCancellation() {
    }

    /** Runs {@code work} with {@code controls}' cancellation visible to {@link #check()} on this thread. */
    public static <T> T watching(List<JobControl> controls, Supplier<T> work) {
        List<JobControl> outer = WATCHED.get();
        WATCHED.set(List.copyOf(controls));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                WATCHED.remove();
            } else {
                WATCHED.set(outer);
            }
        }
    }

    /** Throws {@link CancelledException} when a job watched on this thread was cancelled; nothing otherwise. */
    public static void check() {
        List<JobControl> controls = WATCHED.get();
        if (controls != null) {
            controls.forEach(JobControl::checkCancelled);
        }
    }
}
