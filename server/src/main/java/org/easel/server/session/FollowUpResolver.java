package org.easel.server.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.easel.protocol.ErrorCode;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.engines.classical.ToneEngine;
import org.easel.server.imaging.Raster;
import org.easel.server.memory.ConversationRecord;
import org.easel.server.memory.ConversationStore;
import org.easel.server.memory.MemoryException;
import org.easel.server.memory.PlacedImage;
import org.easel.server.memory.TurnRecord;
import org.easel.server.planning.FollowUp;
import org.easel.server.planning.InstructionContext;
import org.easel.server.planning.Plan;

/**
 * Makes follow-ups concrete against the conversation's memory: which earlier turn "undo",
 * "#3", "the first one", "more" or "again" mean, and the work that answers them. Everything is
 * decided from the stored turns, so the same conversation always resolves the same way.
 */
final class FollowUpResolver {
    static final String MEMORY_ENGINE = "memory";
    private static final String STATUS_DONE = "done";

    private final ConversationStore memory;
    private final EditEngine engine;
    private final ToneEngine toneEngine = new ToneEngine();

    FollowUpResolver(ConversationStore memory, EditEngine engine) {
        this.memory = memory;
        this.engine = engine;
    }

    Resolution resolve(FollowUp followUp, EditRequest request) throws EditRejected {
        List<TurnRecord> finished = doneTurns(request.conversationId());
        // Turns that changed the document: they left layers, or resized the canvas (undoing an extension).
        List<TurnRecord> done = finished.stream()
                .filter(t -> !t.results().isEmpty() || CanvasHistory.changedCanvas(t)).toList();
        CanvasHistory canvases = new CanvasHistory(finished);
        if (followUp instanceof FollowUp.Undo) {
            TurnRecord last = last(done, "undo");
            return showParent(last, request, canvases, "Undo “" + last.instruction() + "” (turn " + last.number() + ")",
                    "Brought back how it was before “" + last.instruction() + "”.");
        }
        if (followUp instanceof FollowUp.Original) {
            TurnRecord first = first(done, "go back to the original");
            return showParent(first, request, canvases, "Go back to the original (before turn " + first.number() + ")",
                    "Brought back the original from before “" + first.instruction() + "”.");
        }
        if (followUp instanceof FollowUp.ShowTurn show) {
            return showResults(find(done, show), request, canvases);
        }
        // "more", "less" and "again" mean the last change that had a strength, skipping
        // turns that only brought back remembered images ("undo", "#2").
        List<TurnRecord> changes = done.stream().filter(t -> !PlanJson.operations(t.planJson()).isEmpty()).toList();
        boolean generatedLast = PlanJson.lastChange(done).filter(kind -> kind == InstructionContext.ChangeKind.GENERATED)
                .isPresent();
        if (followUp instanceof FollowUp.Rescale rescale) {
            if (generatedLast) {
                // Generated content has no strength to scale; redoing an earlier adjustment instead would surprise.
                throw new EditRejected(ErrorCode.NO_SUCH_TURN, "“" + request.instruction().strip() + "” after new "
                        + "content: say what should change (“more snow”, “make the dragon bigger”), or “another one” "
                        + "for a new version.");
            }
            return rescale(last(changes, "make stronger or weaker"), rescale.factor(), request);
        }
        if (followUp instanceof FollowUp.Again) {
            // After generated content, "again" makes it again on the image sent now (with a new seed).
            if (generatedLast) {
                return variation(done, request, "");
            }
            return again(last(changes, "do again"), request);
        }
        if (followUp instanceof FollowUp.Reapply reapply) {
            return again(find(changes, new FollowUp.ShowTurn(FollowUp.Reference.NUMBERED, reapply.number())), request);
        }
        if (followUp instanceof FollowUp.Variation variation) {
            return variation(done, request, variation.style());
        }
        if (followUp instanceof FollowUp.SetStyle set) {
            return style(request, Optional.of(set.style()), "From now on: " + set.style() + " style.");
        }
        if (followUp instanceof FollowUp.KeepStyle) {
            Optional<String> current = currentStyle(request.conversationId());
            return style(request, current, current.map(s -> "Keeping the " + s + " style.")
                    .orElse("There is no style set yet; say e.g. “in watercolour style from now on”."));
        }
        return style(request, Optional.empty(), "Style cleared.");
    }

    /**
     * Version {@code index} (from 1; -1 the last) of the versions the conversation's last job made,
     * shown again; empty when that job made a single result, so the words mean what they usually do.
     */
    Optional<Resolution> showVersion(int index, EditRequest request) throws EditRejected {
        List<TurnRecord> finished = doneTurns(request.conversationId());
        List<TurnRecord> done = finished.stream().filter(t -> !t.results().isEmpty()).toList();
        // The last change, skipping turns that only showed remembered images ("#6" after choosing).
        Optional<TurnRecord> lastChange = Optional.empty();
        for (int i = done.size() - 1; i >= 0 && lastChange.isEmpty(); i--) {
            lastChange = Optional.of(done.get(i)).filter(t -> PlanJson.changeKind(t.planJson()).isPresent());
        }
        if (lastChange.isEmpty()) {
            return Optional.empty();
        }
        String job = lastChange.get().jobId();
        List<TurnRecord> versions = done.stream().filter(t -> t.jobId().equals(job)).toList();
        if (versions.size() < 2) {
            return Optional.empty();
        }
        if (index > versions.size()) {
            throw new EditRejected(ErrorCode.NO_SUCH_TURN, "The last request made " + versions.size()
                    + " versions, so there is no version " + index + ". They are "
                    + String.join(", ", versions.stream().map(t -> "#" + t.number()).toList()) + ".");
        }
        return Optional.of(showResults(versions.get(index < 0 ? versions.size() - 1 : index - 1), request,
                new CanvasHistory(finished)));
    }

    private List<TurnRecord> doneTurns(String conversationId) throws EditRejected {
        try {
            return memory.conversation(conversationId).map(ConversationRecord::turns).orElse(List.of()).stream()
                    .filter(t -> t.status().equals(STATUS_DONE)).toList();
        } catch (MemoryException e) {
            throw new EditRejected(ErrorCode.STORAGE_FAILED, e.getMessage());
        }
    }

    private Optional<String> currentStyle(String conversationId) throws EditRejected {
        try {
            return memory.conversation(conversationId).flatMap(ConversationRecord::style);
        } catch (MemoryException e) {
            throw new EditRejected(ErrorCode.STORAGE_FAILED, e.getMessage());
        }
    }

    private static TurnRecord last(List<TurnRecord> done, String what) throws EditRejected {
        if (done.isEmpty()) {
            throw nothingYet(what);
        }
        return done.get(done.size() - 1);
    }

    private static TurnRecord first(List<TurnRecord> done, String what) throws EditRejected {
        if (done.isEmpty()) {
            throw nothingYet(what);
        }
        return done.get(0);
    }

    private static EditRejected nothingYet(String what) {
        return new EditRejected(ErrorCode.NO_SUCH_TURN, "There is no earlier change in this conversation to "
                + what + "; ask for a change first.");
    }

    private static TurnRecord find(List<TurnRecord> done, FollowUp.ShowTurn show) throws EditRejected {
        return switch (show.reference()) {
            case FIRST -> first(done, "go back to");
            case LAST -> last(done, "go back to");
            case PREVIOUS -> {
                if (done.size() < 2) {
                    throw new EditRejected(ErrorCode.NO_SUCH_TURN, "There is no change before the last one yet.");
                }
                yield done.get(done.size() - 2);
            }
            case NUMBERED -> done.stream().filter(t -> t.number() == show.number()).findFirst().orElseThrow(() ->
                    new EditRejected(ErrorCode.NO_SUCH_TURN, "There is no result #" + show.number()
                            + " to use here. Candidates: "
                            + String.join(", ", done.stream().map(t -> "#" + t.number()).toList()) + "."));
        };
    }

    /**
     * Shows the part of the image a turn changed as it was before that turn, on the canvas as it
     * was then (undoing an extension takes the canvas back to its size and position).
     */
    private Resolution showParent(TurnRecord turn, EditRequest request, CanvasHistory canvases, String summary,
                                  String message) throws EditRejected {
        // An extension changed no pixels of the old canvas: taking the canvas back is the whole undo.
        Optional<PlacedImage> parent = turn.edited();
        if (parent.isEmpty() && !CanvasHistory.changedCanvas(turn)) {
            throw new EditRejected(ErrorCode.NO_SUCH_TURN, "Turn " + turn.number() + " kept no copy of what it "
                    + "changed, so it cannot be undone here; use your painting program's undo.");
        }
        List<ResultLayer> layers = new ArrayList<>();
        if (parent.isPresent()) {
            layers.add(new ResultLayer(ClassicalEditEngine.layerName(summary), read(parent.get())));
        }
        CanvasHistory.Return back = canvases.before(turn, request);
        PlanView view = new PlanView(summary, MEMORY_ENGINE, List.of());
        return new Resolution(view, control -> outcome(message + back.note(), layers, back.canvas()),
                SourcePixels.of(request));
    }

    private Resolution showResults(TurnRecord turn, EditRequest request, CanvasHistory canvases) throws EditRejected {
        List<ResultLayer> layers = new ArrayList<>();
        for (PlacedImage result : turn.results()) {
            layers.add(new ResultLayer(result.name(), read(result)));
        }
        CanvasHistory.Return back = canvases.after(turn, request);
        String summary = "Show result #" + turn.number() + " (“" + turn.instruction() + "”) again";
        return new Resolution(new PlanView(summary, MEMORY_ENGINE, List.of()),
                control -> outcome("Here is result #" + turn.number() + " again." + back.note(), layers, back.canvas()),
                SourcePixels.of(request));
    }

    /** Redoes the last change from where it started, at {@code factor} times its strength. */
    private Resolution rescale(TurnRecord turn, double factor, EditRequest request) throws EditRejected {
        List<Adjustment> operations = scaled(PlanJson.operations(turn.planJson()), factor);
        PlacedImage parent = turn.edited().orElseThrow(() -> new EditRejected(ErrorCode.NO_SUCH_TURN,
                "Turn " + turn.number() + " kept no copy of what it changed, so it cannot be redone more or less strongly."));
        Raster start = read(parent);
        Optional<Raster> mask = selectionOf(turn);
        String how = factor > 1 ? "More" : "Less";
        String summary = how + " of “" + turn.instruction() + "” (" + Math.round(factor * 100) + "% of turn "
                + turn.number() + "'s strength, redone from before it)";
        PlanView view = new PlanView(summary, "classical", operations);
        int feather = PlanJson.feather(turn.parametersJson());
        return new Resolution(view, control -> {
            Raster patch = toneEngine.apply(start, mask.orElse(null), turn.canvasWidth(), turn.canvasHeight(),
                    operations, feather, control);
            return new EditOutcome(how + " of “" + turn.instruction() + "”.",
                    List.of(new ResultLayer(ClassicalEditEngine.layerName(how.toLowerCase() + ": " + turn.instruction()), patch)),
                    request.canvasWidth(), request.canvasHeight());
        }, new SourcePixels(start, mask));
    }

    /** Applies the last change once more, to the image sent now. */
    private Resolution again(TurnRecord turn, EditRequest request) {
        List<Adjustment> operations = PlanJson.operations(turn.planJson());
        String summary = "Again: “" + turn.instruction() + "”";
        Plan plan = new Plan(summary, "Did “" + turn.instruction() + "” again.", "classical", operations);
        return new Resolution(new PlanView(summary, plan.engine(), operations),
                control -> engine.run(request, plan, control), SourcePixels.of(request));
    }

    /** The last generated content made again with a new seed, where the artist's image and selection are now. */
    private Resolution variation(List<TurnRecord> done, EditRequest request, String style) throws EditRejected {
        for (int i = done.size() - 1; i >= 0; i--) {
            TurnRecord turn = done.get(i);
            Optional<Synthesis.Generate> generated = PlanJson.generation(turn.planJson())
                    .map(g -> style.isEmpty() ? g : new Synthesis.Generate(g.capability(),
                            g.prompt() + ", " + style + " style", g.negative(), g.model()));
            if (generated.isPresent()) {
                EditOptions o = request.options();
                EditRequest newSeed = new EditRequest(request.conversationId(), request.title(), request.instruction(),
                        request.canvasWidth(), request.canvasHeight(), request.image(), request.selection(),
                        o.withSeed(OptionalLong.empty()).withVariations(o.variations()));
                String summary = "Another version of “" + turn.instruction() + "” (turn " + turn.number() + "), new seed"
                        + (style.isEmpty() ? "" : ", in " + style + " style");
                Plan plan = new Plan(summary, "Made another version of “" + turn.instruction() + "”.",
                        PlanJson.engine(turn.planJson()), List.of(), generated.get());
                return new Resolution(new PlanView(summary, plan.engine(), List.of(), plan.synthesis()),
                        control -> engine.run(newSeed, plan, control), SourcePixels.of(request),
                        Optional.of(new Resolution.Generated(newSeed, plan)));
            }
        }
        throw new EditRejected(ErrorCode.MODEL_REQUIRED, "Variations remake generated content with a new seed, and "
                + "nothing in this conversation was generated by a diffusion model yet: ask for new content first "
                + "(e.g. “add a red barn” with a selection). Without a model installed: " + ModelAdvice.INSTALL_HINT);
    }

    private Resolution style(EditRequest request, Optional<String> style, String message) throws EditRejected {
        try {
            memory.setStyle(request.conversationId(), style);
        } catch (MemoryException e) {
            throw new EditRejected(ErrorCode.STORAGE_FAILED, e.getMessage());
        }
        String summary = style.map(s -> "Use the " + s + " style from now on").orElse("No style from now on");
        return new Resolution(new PlanView(summary, MEMORY_ENGINE, List.of()),
                control -> new EditOutcome(message + " " + ModelAdvice.STYLE_NOTE, List.of(),
                        request.canvasWidth(), request.canvasHeight()),
                SourcePixels.of(request));
    }

    private static List<Adjustment> scaled(List<Adjustment> operations, double factor) {
        return operations.stream().map(a -> a.kind().isSigned()
                ? new Adjustment(a.kind(), Math.max(-1, Math.min(1, a.amount() * factor)))
                : a).toList();
    }

    private Optional<Raster> selectionOf(TurnRecord turn) throws EditRejected {
        Optional<PlacedImage> mask = turn.selection();
        return mask.isEmpty() ? Optional.empty() : Optional.of(read(mask.get()));
    }

    private Raster read(PlacedImage placed) throws EditRejected {
        if (placed.image().pruned()) {
            // Pixels go missing two ways: the daemon's own memory limit, or a document that kept
            // only the newest turns' pixels when it embedded the conversation.
            throw new EditRejected(ErrorCode.NO_SUCH_TURN, "That turn's pixels are no longer kept, so it cannot be "
                    + "brought back: the memory limit pruned them (easel serve --max-conversation-mb), or the document "
                    + "this conversation came from kept only its newest turns' pixels (raise the size kept in the "
                    + "document in the plugin's settings). Its plan and preview remain in the history.");
        }
        try {
            byte[] pixels = memory.images().read(placed.image());
            return new Raster(placed.x(), placed.y(), placed.image().width(), placed.image().height(),
                    placed.image().format(), pixels);
        } catch (IOException e) {
            throw new EditRejected(ErrorCode.STORAGE_FAILED, "A remembered image could not be read: " + e.getMessage());
        }
    }

    /** Remembered layers go onto the canvas of the state they belong to. */
    private static EditOutcome outcome(String message, List<ResultLayer> layers, CanvasChange canvas) {
        return new EditOutcome(message, layers, canvas.width(), canvas.height(), canvas.offsetX(), canvas.offsetY());
    }
}
