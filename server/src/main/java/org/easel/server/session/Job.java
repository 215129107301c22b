package org.easel.server.session;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.easel.protocol.ErrorCode;
import org.easel.server.engines.CancelledException;
import org.easel.server.engines.JobControl;
import org.easel.server.imaging.Raster;

/**
 * One queued or running edit. Its state moves once from QUEUED to RUNNING to FINISHED; a cancel
 * either takes a queued job out before it starts or flags a running one, which stops at the
 * engine's next {@link #checkCancelled()}.
 */
public final class Job implements JobControl {

    enum State { QUEUED, RUNNING, FINISHED }

    private final String id;
    private final Object owner;
    private final String user;
    private final EditListener listener;
    private final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);
    private final Consumer<ErrorCode> onWithdrawn;
    private volatile ErrorCode cancelReason;

    /**
     * @param owner       whoever may cancel it (a connection)
     * @param user        whose job it is: the queue takes users' jobs in turn
     * @param onWithdrawn what to do when the job is cancelled before it started
     */
    Job(String id, Object owner, String user, EditListener listener, Consumer<ErrorCode> onWithdrawn) {
        this.id = id;
        this.owner = owner;
        this.user = user;
        this.listener = listener;
        this.onWithdrawn = onWithdrawn;
    }

    public String id() {
        return id;
    }

    Object owner() {
        return owner;
    }

    String user() {
        return user;
    }

    EditListener listener() {
        return listener;
    }

    /** Claims a queued job for running; false when it was cancelled first. */
    boolean start() {
        return state.compareAndSet(State.QUEUED, State.RUNNING);
    }

    /** Marks the job done (see {@link JobQueue#finish}). */
    void finish() {
        state.set(State.FINISHED);
    }

    /**
     * Asks the job to stop with {@code reason}. Returns true when a queued job was withdrawn (the
     * caller reports it), false when it was running (its engine will notice) or already finished.
     */
    boolean cancel(ErrorCode reason) {
        if (cancelReason == null) {
            cancelReason = reason;
        }
        return state.compareAndSet(State.QUEUED, State.FINISHED);
    }

    void withdrawn(ErrorCode reason) {
        onWithdrawn.accept(reason);
    }

    ErrorCode cancelReason() {
        return cancelReason == null ? ErrorCode.CANCELLED : cancelReason;
    }

    @Override
    public void progress(int step, int steps, String stage) {
        listener.progress(step, steps, stage);
    }

    @Override
    public void progress(int step, int steps, String stage, Raster preview) {
        listener.progress(step, steps, stage, preview);
    }

    @Override
    public JobControl variation(int index, int count) {
        Job job = this;
        return new JobControl() {
            @Override
            public void progress(int step, int steps, String stage) {
                listener.variationProgress(index, count, step, steps, stage, null);
            }

            @Override
            public void progress(int step, int steps, String stage, Raster preview) {
                listener.variationProgress(index, count, step, steps, stage, preview);
            }

            @Override
            public void checkCancelled() {
                job.checkCancelled();
            }
        };
    }

    @Override
    public void checkCancelled() {
        if (cancelReason != null) {
            throw new CancelledException();
        }
    }
}
