package org.easel.server.session;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.easel.protocol.ErrorCode;
import org.easel.server.engines.CancelledException;
import org.easel.server.engines.EditRejectedException;
import org.easel.server.planning.InstructionInterpreter;
import org.easel.server.planning.Plan;
import org.easel.server.planning.UnsupportedInstructionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place edits are interpreted, queued, run and recorded. Every front end (the socket
 * protocol, the scripting gateway) calls this, so behaviour is implemented once.
 */
public final class EditService {
    private static final Logger log = LoggerFactory.getLogger(EditService.class);

    private final InstructionInterpreter interpreter = new InstructionInterpreter();
    private final EditEngine engine;
    private final ConversationLog conversations = new ConversationLog();
    private final AtomicLong jobNumbers = new AtomicLong();
    private final JobQueue queue;
    private final EngineCatalog engines;

    public EditService(int maxQueuedJobs, EngineCatalog engines) {
        this(maxQueuedJobs, engines, new ClassicalEditEngine());
    }

    public EditService(int maxQueuedJobs, EngineCatalog engines, EditEngine engine) {
        this.queue = new JobQueue(maxQueuedJobs);
        this.engines = engines;
        this.engine = engine;
    }

    /**
     * Interprets and queues an edit. The listener hears {@code accepted} before this returns and
     * the rest from the worker thread.
     *
     * @param owner whoever may cancel the job (a connection); {@link #cancelAll} uses it
     * @throws EditRejected when the instruction cannot be done or the queue is full; nothing was queued
     */
    public String submit(EditRequest request, Object owner, EditListener listener) throws EditRejected {
        Plan plan = interpret(request);
        PlanView view = new PlanView(plan.summary() + " — " + whereItApplies(request), plan.engine(), plan.operations());
        // Numbered under the queue's lock, so job numbers follow queue order even when several
        // connections submit at once: j-7 never starts before j-6.
        synchronized (queue) {
            String jobId = "j-" + jobNumbers.incrementAndGet();
            // A job cancelled while still queued never runs; it is answered and recorded here.
            Job job = new Job(jobId, owner, listener, reason -> {
                String message = JobQueue.message(reason);
                listener.failed(reason, message);
                record(request, view, Turn.Status.CANCELLED, jobId, message, Instant.now(), 0);
            });
            queue.submit(job, running -> run(running, request, plan, view),
                    ahead -> listener.accepted(job.id(), view, ahead));
            return job.id();
        }
    }

    /** Cancels one of {@code owner}'s jobs; false when it has no such queued or running job. */
    public boolean cancel(String jobId, Object owner) {
        Optional<Job> job = queue.jobsOf(owner).stream().filter(j -> j.id().equals(jobId)).findFirst();
        job.ifPresent(j -> queue.cancel(j, ErrorCode.CANCELLED));
        return job.isPresent();
    }

    /** Cancels every job of {@code owner}, e.g. when its connection dropped. */
    public void cancelAll(Object owner) {
        queue.jobsOf(owner).forEach(job -> queue.cancel(job, ErrorCode.CANCELLED));
    }

    public ConversationLog.Conversation history(String conversationId) {
        return conversations.get(conversationId);
    }

    /** Cancels queued and running jobs and waits up to {@code timeoutMillis} for the running one to stop. */
    public void shutdown(long timeoutMillis) {
        queue.shutdown(timeoutMillis);
    }

    private Plan interpret(EditRequest request) throws EditRejected {
        Optional<String> engine = request.options().engine();
        if (engine.isPresent() && !engines.isAvailable(engine.get())) {
            throw new EditRejected(ErrorCode.BAD_REQUEST, "The engine \"" + engine.get()
                    + "\" is not available. Available engines: " + String.join(", ", engines.availableIds()) + ".");
        }
        try {
            return interpreter.interpret(request.instruction());
        } catch (UnsupportedInstructionException e) {
            throw new EditRejected(ErrorCode.UNSUPPORTED_INSTRUCTION, e.getMessage());
        }
    }

    private static String whereItApplies(EditRequest request) {
        if (request.selection().isEmpty()) {
            return "whole layer";
        }
        int feather = request.options().featherPx();
        return feather == 0 ? "inside the selection, hard edge" : "inside the selection, " + feather + " px soft edge";
    }

    private void run(Job job, EditRequest request, Plan plan, PlanView view) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Turn.Status status = Turn.Status.FAILED;
        String message;
        try {
            EditOutcome outcome = engine.run(request, plan, job);
            job.checkCancelled();
            status = Turn.Status.DONE;
            message = outcome.message();
            job.listener().completed(view, outcome);
        } catch (CancelledException e) {
            status = Turn.Status.CANCELLED;
            message = JobQueue.message(job.cancelReason());
            job.listener().failed(job.cancelReason(), message);
        } catch (EditRejectedException e) {
            message = e.getMessage();
            job.listener().failed(ErrorCode.EMPTY_SELECTION, message);
        } catch (RuntimeException | OutOfMemoryError e) {
            log.error("edit {} failed", job.id(), e);
            message = "The " + plan.engine() + " engine failed: " + e + ". Please report this with the daemon log.";
            job.listener().failed(ErrorCode.ENGINE_FAILED, message);
        }
        record(request, view, status, job.id(), message, startedAt, (System.nanoTime() - start) / 1_000_000);
    }

    private void record(EditRequest request, PlanView view, Turn.Status status, String jobId, String message,
                        Instant startedAt, long millis) {
        conversations.record(request.conversationId(), request.title(), new ConversationLog.TurnDraft(
                request.instruction(), view, status, jobId, message, startedAt, millis));
    }
}
