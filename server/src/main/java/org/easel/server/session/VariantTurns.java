package org.easel.server.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the versions one job made into conversation turns, one each, so every version stays
 * reachable as "#N" whichever the artist inserts; and words the reply that offers them as choices.
 * The reply names the turns, so it waits for them to be saved (a few small images).
 */
final class VariantTurns {
    private static final Logger log = LoggerFactory.getLogger(VariantTurns.class);
    private static final long SAVE_WAIT_SECONDS = 60;

    private final TurnRecorder recorder;

    VariantTurns(TurnRecorder recorder) {
        this.recorder = recorder;
    }

    /**
     * Saves each version as a done turn of its own seed, in order; returns their turn numbers
     * (empty where a save failed).
     */
    List<OptionalInt> record(EditRequest request, PlanView plan, String jobId, Instant startedAt, long millis,
                             List<Variant> variants, int count, SourcePixels source) {
        List<CompletableFuture<OptionalInt>> saves = new ArrayList<>();
        for (Variant variant : variants) {
            EditRequest own = new EditRequest(request.conversationId(), request.title(), request.instruction(),
                    request.canvasWidth(), request.canvasHeight(), request.image(), request.selection(),
                    request.options().withSeed(OptionalLong.of(variant.seed())));
            PlanView view = new PlanView(plan.summary() + " (version " + variant.index() + " of " + count + ")",
                    plan.engine(), plan.operations(), plan.synthesis());
            saves.add(recorder.record(own, view, TurnStatus.DONE, jobId, variant.outcome().message(), startedAt,
                    millis, Optional.of(variant.outcome()), source));
        }
        List<OptionalInt> numbers = new ArrayList<>();
        for (CompletableFuture<OptionalInt> save : saves) {
            numbers.add(numberOf(save));
        }
        return numbers;
    }

    /** All versions as one answer: every version's layer, and which turn and seed each is. */
    static EditOutcome choices(EditRequest request, List<Variant> variants, List<OptionalInt> turns) {
        List<ResultLayer> layers = new ArrayList<>();
        List<EditOutcome.Version> versions = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Variant variant = variants.get(i);
            versions.add(new EditOutcome.Version(variant.index(), variant.seed(), turns.get(i), layers.size()));
            layers.addAll(variant.outcome().layers());
        }
        EditOutcome first = variants.get(0).outcome();
        String message = "Made " + variants.size() + " versions of “" + request.instruction().strip() + "”"
                + numbered(turns) + " (seeds " + variants.stream().map(v -> Long.toString(v.seed()))
                .collect(Collectors.joining(", ")) + "). Choose one to insert it; the others stay in the "
                + "conversation: say “#N” to see one again.";
        return new EditOutcome(message, layers, first.canvasWidth(), first.canvasHeight(), first.canvasOffsetX(),
                first.canvasOffsetY(), versions);
    }

    /** What a cancel or failure part-way leaves: the versions made before it, by turn. */
    static String kept(List<OptionalInt> turns, int count) {
        if (turns.isEmpty()) {
            return "";
        }
        return " " + turns.size() + " of " + count + " versions were finished and are kept" + numbered(turns)
                + ": say “#N” to see one.";
    }

    /** " as #5, #6 and #7", or "" when no turn number is known. */
    private static String numbered(List<OptionalInt> turns) {
        List<String> names = turns.stream().filter(OptionalInt::isPresent).map(t -> "#" + t.getAsInt()).toList();
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return " as " + names.get(0);
        }
        return " as " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static OptionalInt numberOf(CompletableFuture<OptionalInt> save) {
        try {
            return save.get(SAVE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("a version's turn was not saved in time: {}", e.toString());
            return OptionalInt.empty();
        }
    }
}
