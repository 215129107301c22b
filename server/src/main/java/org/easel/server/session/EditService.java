package org.easel.server.session;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.easel.protocol.ErrorCode;
import org.easel.server.engines.CancelledException;
import org.easel.server.engines.EditRejectedException;
import org.easel.server.memory.ConversationRecord;
import org.easel.server.memory.ConversationStore;
import org.easel.server.memory.MemoryException;
import org.easel.server.planning.InstructionInterpreter;
import org.easel.server.planning.Plan;
import org.easel.server.planning.Planner;
import org.easel.server.planning.UnsupportedInstructionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place edits are interpreted, queued, run and recorded. Every front end (the socket
 * protocol, the scripting gateway) calls this, so behaviour is implemented once.
 */
public final class EditService {
    private static final Logger log = LoggerFactory.getLogger(EditService.class);

    private final Planner planner;
    private final EditEngine engine;
    private final ConversationStore memory;
    private final TurnRecorder recorder;
    private final AtomicLong jobNumbers = new AtomicLong();
    private final JobQueue queue;
    private final EngineCatalog engines;

    /**
     * @param memory               where turns are remembered; the service does not close it
     * @param maxConversationBytes stored pixels kept per conversation before the oldest are pruned
     */
    public EditService(int maxQueuedJobs, EngineCatalog engines, EditEngine engine, ConversationStore memory,
                       long maxConversationBytes) {
        this(maxQueuedJobs, engines, engine, memory, maxConversationBytes, new InstructionInterpreter());
    }

    /** @param planner turns instructions into plans (the rule-based interpreter unless configured otherwise) */
    public EditService(int maxQueuedJobs, EngineCatalog engines, EditEngine engine, ConversationStore memory,
                       long maxConversationBytes, Planner planner) {
        this.planner = planner;
        this.queue = new JobQueue(maxQueuedJobs);
        this.engines = engines;
        this.engine = engine;
        this.memory = memory;
        this.recorder = new TurnRecorder(memory, maxConversationBytes);
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
        String jobId = "j-" + jobNumbers.incrementAndGet();
        // A job cancelled while still queued never runs; it is answered and recorded here.
        Job job = new Job(jobId, owner, listener, reason -> {
            String message = JobQueue.message(reason);
            listener.failed(reason, message);
            recorder.record(request, view, TurnStatus.CANCELLED, jobId, message, Instant.now(), 0, Optional.empty());
        });
        queue.submit(job, running -> run(running, request, plan, view),
                ahead -> listener.accepted(job.id(), view, ahead));
        return job.id();
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

    /** The remembered conversation; empty when it has no turns yet. */
    public Optional<ConversationRecord> history(String conversationId) throws MemoryException {
        return memory.conversation(conversationId);
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
            return planner.interpret(request.instruction());
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

    /**
     * Runs the job, saves the turn, then answers, so a client that asks for the history after
     * the result always finds the turn in it.
     */
    private void run(Job job, EditRequest request, Plan plan, PlanView view) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        TurnStatus status = TurnStatus.FAILED;
        Optional<EditOutcome> outcome = Optional.empty();
        ErrorCode failure = null;
        String message;
        try {
            EditOutcome done = engine.run(request, plan, job);
            job.checkCancelled();
            status = TurnStatus.DONE;
            outcome = Optional.of(done);
            message = done.message();
        } catch (CancelledException e) {
            status = TurnStatus.CANCELLED;
            failure = job.cancelReason();
            message = JobQueue.message(failure);
        } catch (EditRejectedException e) {
            failure = ErrorCode.EMPTY_SELECTION;
            message = e.getMessage();
        } catch (RuntimeException | OutOfMemoryError e) {
            log.error("edit {} failed", job.id(), e);
            failure = ErrorCode.ENGINE_FAILED;
            message = "The " + plan.engine() + " engine failed: " + e + ". Please report this with the daemon log.";
        }
        recorder.record(request, view, status, job.id(), message, startedAt,
                (System.nanoTime() - start) / 1_000_000, outcome);
        if (outcome.isPresent()) {
            job.listener().completed(view, outcome.get());
        } else {
            job.listener().failed(failure, message);
        }
    }
}
