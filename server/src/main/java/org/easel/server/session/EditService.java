package org.easel.server.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.easel.protocol.ErrorCode;
import org.easel.server.engines.CancelledException;
import org.easel.server.engines.EditRejectedException;
import org.easel.server.engines.classical.ToneEngine;
import org.easel.server.imaging.Raster;
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
    private static final int MAX_LAYER_NAME = 60;

    private final InstructionInterpreter interpreter = new InstructionInterpreter();
    private final ToneEngine toneEngine = new ToneEngine();
    private final ConversationLog conversations = new ConversationLog();
    private final AtomicLong jobNumbers = new AtomicLong();
    private final JobQueue queue;
    private final EngineCatalog engines;

    public EditService(int maxQueuedJobs, EngineCatalog engines) {
        this.queue = new JobQueue(maxQueuedJobs);
        this.engines = engines;
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
        Job job = new Job("j-" + jobNumbers.incrementAndGet(), owner, listener);
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
            Raster patch = toneEngine.apply(request.image(), request.selection().orElse(null),
                    request.canvasWidth(), request.canvasHeight(), plan.operations(),
                    request.options().featherPx(), job);
            job.checkCancelled();
            EditOutcome outcome = new EditOutcome(plan.doneMessage(),
                    List.of(new ResultLayer(layerName(request.instruction()), patch)),
                    request.canvasWidth(), request.canvasHeight());
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
        long millis = (System.nanoTime() - start) / 1_000_000;
        conversations.record(request.conversationId(), request.title(), new ConversationLog.TurnDraft(
                request.instruction(), view, status, job.id(), message, startedAt, millis));
    }

    /** Layers are named after the instruction so the artist recognises them in the layer stack. */
    static String layerName(String instruction) {
        String oneLine = instruction.strip().replaceAll("\\s+", " ");
        if (oneLine.length() > MAX_LAYER_NAME) {
            oneLine = oneLine.substring(0, MAX_LAYER_NAME - 1) + "…";
        }
        return "Easel: " + oneLine;
    }
}
