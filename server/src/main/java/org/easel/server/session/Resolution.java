package org.easel.server.session;

import java.util.Optional;
import org.easel.server.engines.JobControl;
import org.easel.server.planning.Plan;

/**
 * An instruction made concrete: what Easel will tell the user it understood, the work that
 * produces the result, and the pixels that work starts from (kept in the memory as the result's
 * parent). {@code generated} is present when the work generates content with a diffusion model,
 * which can then be made in several versions.
 */
record Resolution(PlanView plan, Work work, SourcePixels source, Optional<Generated> generated) {

    /** A resolution whose result comes out the same every time (nothing to make versions of). */
    Resolution(PlanView plan, Work work, SourcePixels source) {
        this(plan, work, source, Optional.empty());
    }

    /** Produces the finished layers; runs on the worker thread. */
    interface Work {
        EditOutcome run(JobControl control);
    }

    /** The request and generation plan the work runs, which versions are made from. */
    record Generated(EditRequest request, Plan plan) {
    }
}
