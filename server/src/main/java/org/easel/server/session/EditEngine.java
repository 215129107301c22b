package org.easel.server.session;

import org.easel.server.engines.JobControl;
import org.easel.server.planning.Plan;

/** Runs an interpreted edit; the one seam between the job machinery and the engines. */
public interface EditEngine {

    /** The finished layers (may throw {@code CancelledException} or {@code EditRejectedException}). */
    EditOutcome run(EditRequest request, Plan plan, JobControl control);
}
