package org.easel.server.session;

import org.easel.server.engines.JobControl;

/**
 * An instruction made concrete: what Easel will tell the user it understood, the work that
 * produces the result, and the pixels that work starts from (kept in the memory as the result's
 * parent).
 */
record Resolution(PlanView plan, Work work, SourcePixels source) {

    /** Produces the finished layers; runs on the worker thread. */
    interface Work {
        EditOutcome run(JobControl control);
    }
}
