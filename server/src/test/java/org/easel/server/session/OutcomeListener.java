package org.easel.server.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.easel.protocol.ErrorCode;

/** Waits for the end of one submitted edit: its outcome, or its failure as an AssertionError "code: message". */
class OutcomeListener implements EditListener {
    private final CompletableFuture<EditOutcome> done = new CompletableFuture<>();

    @Override
    public void accepted(String jobId, PlanView plan, int queuePosition) {
    }

    @Override
    public void progress(int step, int steps, String stage) {
    }

    @Override
    public void completed(PlanView plan, EditOutcome outcome) {
        done.complete(outcome);
    }

    @Override
    public void failed(ErrorCode code, String message) {
        done.completeExceptionally(new AssertionError(code.wireName() + ": " + message));
    }

    /** The outcome; a failed edit throws its AssertionError. */
    EditOutcome await(long seconds) throws Exception {
        try {
            return done.get(seconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError failure) {
                throw failure;
            }
            throw e;
        }
    }
}
