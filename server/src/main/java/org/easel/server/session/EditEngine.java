package org.easel.server.session;

import java.util.function.Consumer;
import org.easel.server.engines.JobControl;
import org.easel.server.planning.Plan;

/** Runs an interpreted edit; the one seam between the job machinery and the engines. */
public interface EditEngine {

    /** The finished layers (may throw {@code CancelledException} or {@code EditRejectedException}). */
    EditOutcome run(EditRequest request, Plan plan, JobControl control);

    /**
     * Makes {@code count} versions of a plan that generates content, each with its own seed,
     * handing each to {@code finished} as soon as it is done (so versions finished before a cancel
     * are kept). Engines whose results do not depend on a seed make one result per plan.
     */
    default void runVariants(EditRequest request, Plan plan, int count, JobControl control, Consumer<Variant> finished) {
        throw new IllegalArgumentException("the " + plan.engine() + " engine makes one result per plan, not variations");
    }
}
