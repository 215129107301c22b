package org.easel.server.session;

import org.easel.protocol.ErrorCode;

/**
 * Receives the life of one edit, in order: {@link #accepted} once, any number of
 * {@link #progress}, then exactly one of {@link #completed} or {@link #failed}. Calls after
 * {@code accepted} come from the worker thread.
 */
public interface EditListener {

    void accepted(String jobId, PlanView plan, int queuePosition);

    void progress(int step, int steps, String stage);

    void completed(PlanView plan, EditOutcome outcome);

    void failed(ErrorCode code, String message);
}
