package org.easel.server.gateway;

import java.util.List;
import org.easel.protocol.ErrorCode;
import org.easel.server.session.EditListener;
import org.easel.server.session.EditOutcome;
import org.easel.server.session.EditService;
import org.easel.server.session.PlanView;

/**
 * One edit started from a script: it hears the edit's life from {@link EditService} and keeps the
 * latest state, so a script can poll ({@link #state}, {@link #progress}) or block
 * ({@link #waitFor}, {@link #result}) — Py4J calls cannot be pushed to, so the script asks.
 */
public final class ScriptJob implements EditListener {

    private final EditService edits;
    private final Object owner;
    private String jobId;
    private String plan;
    private int queuePosition;
    private String state = "queued";
    private ScriptProgress progress = new ScriptProgress("queued", 0, 0);
    private ScriptResult result;
    private ScriptError error;

    ScriptJob(EditService edits, Object owner) {
        this.edits = edits;
        this.owner = owner;
    }

    /** The daemon's job id ({@code j-7}), as in the conversation's history. */
    public synchronized String id() {
        return jobId;
    }

    /** What Easel understood, shown before it runs (the protocol's {@code plan.summary}). */
    public synchronized String plan() {
        return plan;
    }

    /** How many jobs were ahead of this one when it was queued (0 = it started at once). */
    public synchronized int queuePosition() {
        return queuePosition;
    }

    /** {@code queued}, {@code running}, {@code done}, {@code failed} or {@code cancelled}. */
    public synchronized String state() {
        return state;
    }

    public synchronized boolean isFinished() {
        return result != null || error != null;
    }

    /** The latest progress report; {@code steps} is 0 before the engine reported any. */
    public synchronized ScriptProgress progress() {
        return progress;
    }

    /**
     * Waits until the edit finished (done, failed or cancelled) or {@code timeoutSeconds} passed;
     * true when it finished. A script that polls calls this with a short timeout in a loop.
     */
    public synchronized boolean waitFor(double timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (Math.max(0, timeoutSeconds) * 1e9);
        while (!isFinished()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /**
     * Waits for the edit to finish and returns its layers; raises the edit's error (coded
     * {@code cancelled} after a cancel) when it did not succeed.
     */
    public synchronized ScriptResult result() throws InterruptedException {
        while (!isFinished()) {
            wait();
        }
        if (error != null) {
            throw error;
        }
        return result;
    }

    /** The error code when the edit failed or was cancelled, else null. */
    public synchronized String errorCode() {
        return error == null ? null : error.code();
    }

    /** The message for the user when the edit failed or was cancelled, else null. */
    public synchronized String errorMessage() {
        return error == null ? null : error.getMessage();
    }

    /**
     * Asks the daemon to stop this edit; false when it had already finished. True means it was
     * queued or running: it then ends {@code cancelled}, unless it finished at that very moment.
     */
    public boolean cancel() {
        return !isFinished() && edits.cancel(id(), owner);
    }

    @Override
    public synchronized void accepted(String jobId, PlanView plan, int queuePosition) {
        this.jobId = jobId;
        this.plan = plan.summary();
        this.queuePosition = queuePosition;
    }

    @Override
    public synchronized void progress(int step, int steps, String stage) {
        state = "running";
        progress = new ScriptProgress(stage, step, steps);
    }

    @Override
    public synchronized void completed(PlanView plan, EditOutcome outcome) {
        List<ScriptLayer> layers = outcome.layers().stream().map(ScriptLayer::of).toList();
        result = new ScriptResult(outcome.message(), layers, outcome.canvasWidth(), outcome.canvasHeight());
        state = "done";
        notifyAll();
    }

    @Override
    public synchronized void failed(ErrorCode code, String message) {
        error = new ScriptError(code, message);
        state = code == ErrorCode.CANCELLED ? "cancelled" : "failed";
        notifyAll();
    }
}
