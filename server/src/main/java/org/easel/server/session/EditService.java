package org.easel.server.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.CancelledException;
import org.easel.server.engines.EditRejectedException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.easel.server.imaging.CreatedPixelsEdge;
import org.easel.server.imaging.Raster;
import org.easel.server.memory.ConversationRecord;
import org.easel.server.memory.PlacedImage;
import org.easel.server.memory.StoredImage;
import org.easel.server.memory.TurnRecord;
import org.easel.server.memory.ConversationStore;
import org.easel.server.memory.MemoryException;
import org.easel.server.engines.classical.CanvasOperation;
import org.easel.server.engines.classical.Extension;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.model.ModelLibrary;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.planning.FollowUp;
import org.easel.server.engines.hosted.HostedEngineStore;
import org.easel.server.engines.hosted.HostedFailure;
import org.easel.server.planning.FollowUpWording;
import org.easel.server.planning.VariationWords;
import org.easel.server.planning.InstructionContext;
import org.easel.server.planning.InstructionInterpreter;
import org.easel.server.planning.InstructionReader;
import org.easel.server.planning.semantic.SemanticUnderstanding;
import org.easel.server.planning.Plan;
import org.easel.server.planning.SoftEdgeReader;
import org.easel.server.planning.Understanding;
import org.easel.server.planning.Planner;
import org.easel.server.users.UserName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place edits are interpreted, queued, run and recorded. Every front end (the socket
 * protocol, the scripting gateway) calls this, so behaviour is implemented once.
 */
public final class EditService {
    private static final Logger log = LoggerFactory.getLogger(EditService.class);

    private final EditEngine engine;
    private final ConversationStore memory;
    private final TurnRecorder recorder;
    private final InstructionReader reader;
    /** An LLM planner reads the instruction too, and is told the conversation and the models. */
    private final boolean consultsPlanner;
    private final FollowUpResolver resolver;
    private static final int RECENT_TURNS_FOR_PLANNER = 6;
    private final AtomicLong jobNumbers = new AtomicLong();
    private final JobQueue queue;
    private final EngineCatalog engines;
    private final GenerationPlanner generation;
    private final VariantTurns variantTurns;
    private final HostedRouting hosted;

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
        this(maxQueuedJobs, engines, engine, memory, maxConversationBytes, planner, Optional.empty());
    }

    /**
     * @param models the installed diffusion models, which requests for new content are planned on;
     *               {@code engine} must then run "diffusion" plans too
     */
    public EditService(int maxQueuedJobs, EngineCatalog engines, EditEngine engine, ConversationStore memory,
                       long maxConversationBytes, Planner planner, Optional<ModelLibrary> models) {
        this(maxQueuedJobs, engines, engine, memory, maxConversationBytes, planner, models, HostedEngineStore.Engines.NONE);
    }

    /** @param hosted the configured hosted engines; {@code engine} must run plans named after their ids */
    public EditService(int maxQueuedJobs, EngineCatalog engines, EditEngine engine, ConversationStore memory,
                       long maxConversationBytes, Planner planner, Optional<ModelLibrary> models,
                       HostedEngineStore.Engines hosted) {
        this.hosted = new HostedRouting(hosted);
        this.generation = new GenerationPlanner(models);
        // The rule-based interpreter is part of the reader already; any other planner (an LLM) is consulted in it.
        this.consultsPlanner = !(planner instanceof InstructionInterpreter);
        this.reader = new InstructionReader(consultsPlanner ? Optional.of(planner) : Optional.empty(),
                SemanticUnderstanding.shared());
        this.queue = new JobQueue(maxQueuedJobs);
        this.engines = engines;
        this.engine = engine;
        this.memory = memory;
        this.recorder = new TurnRecorder(memory, maxConversationBytes);
        this.variantTurns = new VariantTurns(recorder);
        this.resolver = new FollowUpResolver(memory, engine);
    }

    /**
     * Interprets and queues an edit. The listener hears {@code accepted} before this returns and
     * the rest from the worker thread.
     *
     * @param owner whoever may cancel the job (a connection); {@link #cancelAll} uses it
     * @throws EditRejected when the instruction cannot be done or the queue is full; nothing was queued
     * @throws ClarificationNeeded when the instruction has several close readings; nothing was queued
     */
    public String submit(EditRequest asked, Object owner, EditListener listener)
            throws EditRejected, ClarificationNeeded {
        return submit(asked, owner, UserName.OWNER, listener);
    }

    /**
     * As {@link #submit(EditRequest, Object, EditListener)} for {@code user}, whose jobs the queue
     * takes in turn with other users' and of whom at most {@link #waitingPerUser()} may wait.
     * {@code asked}'s conversation id is the memory's key (the user's namespace, see the transport).
     */
    public String submit(EditRequest asked, Object owner, String user, EditListener listener)
            throws EditRejected, ClarificationNeeded {
        EditRequest softened = withSoftEdgeAsked(asked);
        Optional<VariationWords.Count> said = VariationWords.count(softened.instruction());
        EditRequest request = said.isPresent() ? withVariations(softened, said.get().count()) : softened;
        Resolution resolution = resolve(request, said.map(VariationWords.Count::rest).orElse(request.instruction()));
        if (request.options().variations() > 1 && resolution.generated().isEmpty()) {
            throw variationsNeedGeneratedContent(request);
        }
        PlanView view = resolution.plan();
        // Numbered under the queue's lock, so job numbers follow queue order even when several
        // connections submit at once: j-7 never starts before j-6.
        synchronized (queue) {
            String jobId = "j-" + jobNumbers.incrementAndGet();
            // A job cancelled while still queued never runs; it is recorded and answered here.
            Job job = new Job(jobId, owner, user, listener, reason -> {
                String message = JobQueue.message(reason);
                recorder.record(request, view, TurnStatus.CANCELLED, jobId, message, Instant.now(), 0,
                        Optional.empty(), resolution.source());
                listener.failed(reason, message);
            });
            queue.submit(job, running -> run(running, request, resolution),
                    ahead -> listener.accepted(job.id(), view, ahead));
            return job.id();
        }
    }

    /** "… with a soft edge" sets the feather the {@code feather} option would, unless the option set one. */
    private static EditRequest withSoftEdgeAsked(EditRequest request) {
        if (request.options().featherPx() > 0 || !SoftEdgeReader.asksForSoftEdge(request.instruction())) {
            return request;
        }
        return new EditRequest(request.conversationId(), request.title(), request.instruction(), request.canvasWidth(),
                request.canvasHeight(), request.image(), request.selection(),
                request.options().withFeatherPx(SoftEdgeReader.FEATHER_PX));
    }

    /** Sets how many edits one user may have waiting (at least 1); by default as many as the whole queue. */
    public EditService limitWaitingPerUser(int limit) {
        queue.limitWaitingPerUser(limit);
        return this;
    }

    public int waitingPerUser() {
        return queue.waitingPerUser();
    }

    /** A user's place in the queue, for {@code status}. */
    public record UserQueue(String user, boolean running, int waiting) {
    }

    /** Each user with an edit running or waiting: the running one's user first, then in the order they will be served. */
    public List<UserQueue> queueByUser() {
        return queue.byUser().stream().map(q -> new UserQueue(q.user(), q.running(), q.waiting())).toList();
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
        awaitSaved(conversationId);
        return memory.conversation(conversationId);
    }

    /**
     * Waits until the conversation's finished turns are in the memory (they are saved in the
     * background); anything that reads the memory directly, such as export, calls this first.
     */
    public void awaitSaved(String conversationId) {
        recorder.awaitSaved(conversationId);
    }

    /**
     * Previews of the conversation's result layers, by image id, for the history. Images without
     * pixels have the preview an imported document kept for them, if any; unreadable ones have none.
     */
    public Map<String, Raster> thumbnails(ConversationRecord conversation) {
        Map<String, Raster> thumbnails = new LinkedHashMap<>();
        for (TurnRecord turn : conversation.turns()) {
            for (PlacedImage result : turn.results()) {
                StoredImage image = result.image();
                if (thumbnails.containsKey(image.id())) {
                    continue;
                }
                if (image.pruned()) {
                    memory.images().preview(image.id()).ifPresent(p -> thumbnails.put(image.id(),
                            new Raster(0, 0, p.width(), p.height(), PixelFormat.RGBA8, p.rgba())));
                    continue;
                }
                try {
                    byte[] pixels = memory.images().read(image);
                    thumbnails.put(image.id(), Thumbnails.of(new Raster(0, 0, image.width(), image.height(),
                            image.format(), pixels)));
                } catch (IOException e) {
                    log.warn("no thumbnail for image {}: {}", image.id(), e.toString());
                }
            }
        }
        return thumbnails;
    }

    /** Cancels queued and running jobs and waits up to {@code timeoutMillis} for the running one to stop. */
    public void shutdown(long timeoutMillis) {
        queue.shutdown(timeoutMillis);
        recorder.close();
    }

    /**
     * What the instruction means here: a follow-up resolved against the conversation ("undo",
     * "more", "#3"), else a plan from the planner, else a clear refusal that says whether a model
     * would help.
     */
    /** The request asking for {@code count} versions, as the instruction's words said. */
    private static EditRequest withVariations(EditRequest request, int count) throws EditRejected {
        if (count < EditOptions.MIN_VARIATIONS || count > EditOptions.MAX_VARIATIONS) {
            throw new EditRejected(ErrorCode.BAD_REQUEST, EditOptions.variationsProblem(count) + ".");
        }
        return new EditRequest(request.conversationId(), request.title(), request.instruction(), request.canvasWidth(),
                request.canvasHeight(), request.image(), request.selection(), request.options().withVariations(count));
    }

    /** Versions differ only by their seed, so only content a model generates has any. */
    private EditRejected variationsNeedGeneratedContent(EditRequest request) {
        if (!generation.anyModelInstalled()) {
            return new EditRejected(ErrorCode.MODEL_REQUIRED, "Variations need a diffusion model: each version is "
                    + "generated with its own seed, and the built-in classical engine gives the same result every time. "
                    + ModelAdvice.INSTALL_HINT);
        }
        return new EditRejected(ErrorCode.UNSUPPORTED_INSTRUCTION, "“" + request.instruction().strip() + "” comes out "
                + "the same every time, so there are no versions to choose from: variations are made of generated "
                + "content (new content, inpainting, instruction edits). Ask for one version, or for new content.");
    }

    private Resolution resolve(EditRequest request, String instruction) throws EditRejected, ClarificationNeeded {
        awaitSaved(request.conversationId()); // follow-ups and styles read the turns before this one
        Optional<String> engineOption = request.options().engine();
        if (engineOption.isPresent() && !engines.isAvailable(engineOption.get())) {
            throw new EditRejected(ErrorCode.BAD_REQUEST, "The engine \"" + engineOption.get()
                    + "\" is not available. Available engines: " + String.join(", ", engines.availableIds()) + ".");
        }
        if (instruction.isEmpty()) {
            return resolver.resolve(new FollowUp.Variation(), request);   // "give me four versions": of the last one
        }
        Optional<HostedRouting.Choice> hostedChoice = hosted.choose(request);
        // Only without a selection does it matter ("remove the people"), so only then are the models looked at.
        InstructionContext context = contextOf(request).withEditsByInstruction(request.selection().isEmpty()
                && (hostedChoice.isPresent() || generation.followsInstructions(request)));
        OptionalInt version = VariationWords.choice(instruction);
        if (version.isPresent()) {
            // "the second one" right after several versions means that version.
            Optional<Resolution> shown = resolver.showVersion(version.getAsInt(), request);
            if (shown.isPresent()) {
                return shown.get();
            }
        }
        Understanding understanding = reader.read(hostedChoice.map(HostedRouting.Choice::instruction)
                .orElse(instruction), context);
        if (understanding instanceof Understanding.FollowingUp f) {
            Resolution followUp = resolver.resolve(f.followUp(), request);
            return hosted.isHosted(followUp.plan().engine()) ? hostedFollowUp(followUp, request) : followUp;
        }
        if (understanding instanceof Understanding.Clarify c) {
            throw clarification(c, request, context);
        }
        if (understanding instanceof Understanding.Refused r) {
            throw new EditRejected(ErrorCode.UNSUPPORTED_INSTRUCTION, r.message());
        }
        // "castle on a hill, no style this time": this picture without the style, which stays in force for the next
        Optional<String> styleNow = InstructionReader.leavesTheStyleOut(instruction) ? Optional.empty() : context.style();
        Plan plan = understanding instanceof Understanding.NeedsModel n
                ? hostedChoice.isPresent() ? hosted.plan(hostedChoice.get(), n, request, styleNow)
                        : generation.plan(n, request, styleNow)
                : generation.preferOutpainting(((Understanding.Planned) understanding).plan(), request);
        String style = styleNow.map(s -> " (style in force: " + s + ")").orElse("");
        PlanView view = new PlanView(plan.summary() + whereItApplies(request, plan) + style, plan.engine(),
                plan.operations(), plan.synthesis());
        Optional<Resolution.Generated> generated = plan.synthesis().filter(Synthesis.Generate.class::isInstance)
                .map(g -> new Resolution.Generated(request, plan));
        return new Resolution(view, control -> engine.run(request, plan, control), SourcePixels.of(request), generated);
    }

    /** Another take on content a hosted engine made goes there again, with the same consent and privacy note. */
    private Resolution hostedFollowUp(Resolution followUp, EditRequest request) throws EditRejected {
        PlanView view = followUp.plan();
        Plan plan = hosted.withPrivacyNote(new Plan(view.summary(), "", view.engine(), view.operations(),
                view.synthesis()), request);
        return new Resolution(new PlanView(plan.summary(), view.engine(), view.operations(), view.synthesis()),
                followUp.work(), followUp.source());
    }

    /** The question with each reading's plan summary, worked out without running or storing anything. */
    private ClarificationNeeded clarification(Understanding.Clarify clarify, EditRequest request,
                                              InstructionContext context) throws EditRejected {
        List<ClarificationNeeded.Reading> readings = new ArrayList<>();
        for (String reading : clarify.readings()) {
            readings.add(new ClarificationNeeded.Reading(reading, summaryOf(reader.read(reading, context), request, context)));
        }
        return new ClarificationNeeded(clarify.question(), readings);
    }

    private String summaryOf(Understanding understanding, EditRequest request, InstructionContext context) {
        if (understanding instanceof Understanding.Planned p) {
            return p.plan().summary() + whereItApplies(request, p.plan());
        }
        if (understanding instanceof Understanding.NeedsModel n) {
            try {
                Plan plan = generation.plan(n, request, context.style());
                return plan.summary() + whereItApplies(request, plan);
            } catch (EditRejected e) {
                return n.capability().description() + " (needs a model that is not installed)";
            }
        }
        if (understanding instanceof Understanding.FollowingUp f) {
            return FollowUpWording.describe(f.followUp());
        }
        throw new IllegalStateException("a reading must be understood on its own: " + understanding);
    }

    /** What the instruction is read against: the request's selection and layer, the conversation so far. */
    private InstructionContext contextOf(EditRequest request) throws EditRejected {
        try {
            Optional<ConversationRecord> conversation = memory.conversation(request.conversationId());
            // The turns' changes, read once: the last of them is the last change, with its adjustments.
            List<InstructionContext.TurnChange> changes = conversation.map(c -> PlanJson.changes(c.turns())).orElse(List.of());
            Optional<InstructionContext.TurnChange> last = changes.isEmpty() ? Optional.empty()
                    : Optional.of(changes.get(changes.size() - 1));
            List<String> recent = List.of();
            List<String> models = List.of();
            if (consultsPlanner) {
                List<TurnRecord> turns = conversation.map(ConversationRecord::turns).orElse(List.of());
                recent = turns.subList(Math.max(0, turns.size() - RECENT_TURNS_FOR_PLANNER), turns.size()).stream()
                        .map(t -> "#" + t.number() + " “" + t.instruction() + "” → " + PlanJson.summary(t.planJson())
                                + " (" + t.status() + ")").toList();
                models = engines.models().stream().filter(EngineCatalog.ModelInfo::installed)
                        .map(m -> m.id() + " (" + String.join(", ", m.capabilities()) + ")").toList();
            }
            // Only without a selection does an empty layer change the reading; with one, the cost stays the selection's.
            boolean blank = request.selection().isEmpty() && BlankLayer.isBlank(request.image());
            return new InstructionContext(request.selection().isPresent(), blank,
                    request.canvasWidth(), request.canvasHeight(), last.map(InstructionContext.TurnChange::kind),
                    conversation.flatMap(ConversationRecord::style), recent, models,
                    last.map(InstructionContext.TurnChange::adjustments).orElse(List.of()), changes);
        } catch (MemoryException e) {
            throw new EditRejected(ErrorCode.STORAGE_FAILED, e.getMessage());
        }
    }

    private static String whereItApplies(EditRequest request, Plan plan) {
        if (plan.synthesis().filter(synthesis -> synthesis instanceof Extension || synthesis instanceof CanvasOperation)
                .isPresent()) {
            return "";   // an extension's or canvas operation's summary already says where
        }
        if (request.selection().isEmpty()) {
            return " — whole layer";
        }
        int feather = request.options().featherPx();
        if (plan.synthesis().isPresent()) {
            // Created pixels blend in over a grown, feathered edge (PROTOCOL.md, "Selections").
            return " — inside the selection, " + CreatedPixelsEdge.describe(feather);
        }
        // Adjustments follow the host's selection exactly, its own soft edges included.
        return feather == 0 ? " — inside the selection, exactly as selected"
                : " — inside the selection, plus a soft edge of " + 2 * feather + " px";
    }

    /**
     * Runs the job, saves the turn, then answers, so a client that asks for the history after
     * the result always finds the turn in it.
     */
    private void run(Job job, EditRequest request, Resolution resolution) {
        PlanView view = resolution.plan();
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        TurnStatus status = TurnStatus.FAILED;
        Optional<EditOutcome> outcome = Optional.empty();
        ErrorCode failure = null;
        String message;
        int count = request.options().variations();
        List<Variant> variants = new ArrayList<>();
        try {
            if (count > 1) {
                Resolution.Generated generated = resolution.generated().orElseThrow();
                engine.runVariants(generated.request(), generated.plan(), count, job, variants::add);
                job.checkCancelled();
                status = TurnStatus.DONE;
                message = "";
            } else {
                EditOutcome done = resolution.work().run(job);
                job.checkCancelled();
                status = TurnStatus.DONE;
                outcome = Optional.of(done);
                message = done.message();
            }
        } catch (CancelledException e) {
            status = TurnStatus.CANCELLED;
            failure = job.cancelReason();
            message = JobQueue.message(failure);
        } catch (EditRejectedException e) {
            failure = switch (e.reason()) {
                case TOO_LARGE -> ErrorCode.BAD_IMAGE;
                case UNSUPPORTED -> ErrorCode.UNSUPPORTED_INSTRUCTION;
                case NOTHING_TO_EDIT -> ErrorCode.EMPTY_SELECTION;
            };
            message = e.getMessage();
        } catch (DiffusionException | HostedFailure e) {
            log.warn("edit {} failed: {}", job.id(), e.getMessage(), e.getCause());
            failure = ErrorCode.ENGINE_FAILED;
            message = e.getMessage();
        } catch (RuntimeException | OutOfMemoryError e) {
            log.error("edit {} failed", job.id(), e);
            failure = ErrorCode.ENGINE_FAILED;
            message = "The " + view.engine() + " engine failed: " + e + ". Please report this with the daemon log.";
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (count > 1) {
            List<OptionalInt> turns = variantTurns.record(request, view, job.id(), startedAt, millis, variants, count,
                    resolution.source());
            if (status == TurnStatus.DONE) {
                outcome = Optional.of(VariantTurns.choices(request, variants, turns));
            } else {
                // The versions made before a cancel or failure are kept; the turn of the rest says how it ended.
                message += VariantTurns.kept(turns, count);
                recorder.record(request, view, status, job.id(), message, startedAt, millis, Optional.empty(),
                        resolution.source());
            }
        } else {
            recorder.record(request, view, status, job.id(), message, startedAt, millis, outcome, resolution.source());
        }
        // Finished before it is reported: a client that sends its next edit as soon as it has
        // this result must not see this job counted ahead of it.
        queue.finish(job);
        if (outcome.isPresent()) {
            job.listener().completed(view, outcome.get());
        } else {
            job.listener().failed(failure, message);
        }
    }
}
