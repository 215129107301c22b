package org.easel.server.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.easel.server.imaging.Raster;
import org.easel.server.memory.ConversationStore;
import org.easel.server.memory.MemoryException;
import org.easel.server.memory.PlacedImage;
import org.easel.server.memory.StoredImage;
import org.easel.server.memory.TurnRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each finished turn to the conversation memory: for a completed turn its result layers
 * and, under them, the part of the image it started from (their parent) and of the selection mask,
 * so that "undo" and "more"/"less" can be answered later; for a cancelled or failed one the
 * metadata only. Only the covered part is kept so that saving, like the edit itself, costs in
 * proportion to the selection rather than the canvas. A failure to save is logged, never turned
 * into a failed edit: the artist still gets the result.
 *
 * <p>Saving (hashing and compressing pixels) runs on its own thread, so neither the reply nor the
 * next job waits for it. Whoever reads a conversation first calls {@link #awaitSaved}, which waits
 * for that conversation's turns to be written: a client asking for the history right after a
 * result still finds the turn.
 */
final class TurnRecorder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TurnRecorder.class);
    private static final long SAVE_WAIT_SECONDS = 60;

    private final ConversationStore store;
    private final long maxConversationBytes;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "easel-memory");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * Saves not yet written hold their turn's pixels; beyond this many the worker waits, so a
     * slow disk slows editing down instead of filling the heap.
     */
    private final Semaphore pendingSaves = new Semaphore(4);
    /** Per conversation, the last save handed to the writer (later ones complete after it). */
    private final Map<String, CompletableFuture<Void>> lastSave = new ConcurrentHashMap<>();

    TurnRecorder(ConversationStore store, long maxConversationBytes) {
        this.store = store;
        this.maxConversationBytes = maxConversationBytes;
    }

    /**
     * Hands the turn to the writer thread; returns at once, with the number the turn will have once
     * saved (empty when it could not be saved).
     */
    CompletableFuture<OptionalInt> record(EditRequest request, PlanView plan, TurnStatus status, String jobId,
                                          String message, Instant startedAt, long millis,
                                          Optional<EditOutcome> outcome, SourcePixels source) {
        String conversation = request.conversationId();
        // Only saves with pixels count against the limit: a cancelled turn is recorded from the
        // event loop, which must never wait here.
        Semaphore permit = outcome.isPresent() ? pendingSaves : new Semaphore(1);
        permit.acquireUninterruptibly();
        CompletableFuture<OptionalInt> numbered;
        try {
            numbered = CompletableFuture.supplyAsync(() -> {
                try {
                    return save(request, plan, status, jobId, message, startedAt, millis, outcome, source);
                } finally {
                    permit.release();
                }
            }, writer);
        } catch (RejectedExecutionException shutDown) {
            permit.release();
            log.warn("turn of job {} not saved: the daemon is shutting down", jobId);
            return CompletableFuture.completedFuture(OptionalInt.empty());
        }
        CompletableFuture<Void> save = numbered.thenApply(number -> null);
        lastSave.put(conversation, save);
        // Forget finished saves, so the map holds only conversations with writes in progress.
        save.whenComplete((done, error) -> lastSave.remove(conversation, save));
        return numbered;
    }

    /** Waits until every turn of the conversation handed over so far is written. */
    void awaitSaved(String conversationId) {
        CompletableFuture<Void> save = lastSave.get(conversationId);
        if (save == null) {
            return;
        }
        try {
            save.get(SAVE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("waiting for conversation {} to be saved: {}", conversationId, e.toString());
        }
    }

    /** Writes what is pending, then stops the writer. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(SAVE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("the conversation memory was still being written at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private OptionalInt save(EditRequest request, PlanView plan, TurnStatus status, String jobId, String message,
                             Instant startedAt, long millis, Optional<EditOutcome> outcome, SourcePixels source) {
        try {
            Optional<PlacedImage> edited = Optional.empty();
            Optional<PlacedImage> selection = Optional.empty();
            List<PlacedImage> results = new ArrayList<>();
            if (outcome.isPresent()) {
                // Layers are in the canvas after the edit; the source in the one before it.
                List<ResultLayer> layers = inCanvasBefore(outcome.get());
                edited = coveredPart(source.image(), layers).map(this::place);
                selection = source.selection().flatMap(mask -> coveredPart(mask, layers)).map(this::place);
                for (ResultLayer layer : outcome.get().layers()) {
                    results.add(place(layer.name(), layer.pixels()));
                }
            }
            TurnRecord saved = store.record(request.conversationId(), request.title(), new TurnRecord(0,
                    request.instruction(), PlanJson.plan(plan).toString(), PlanJson.parameters(request, outcome).toString(),
                    status.wireName(), jobId, message, startedAt, millis, request.canvasWidth(), request.canvasHeight(),
                    edited, selection, results));
            store.enforceLimit(request.conversationId(), maxConversationBytes);
            return OptionalInt.of(saved.number());
        } catch (IOException | MemoryException | RuntimeException e) { // including UncheckedIOException from place()
            log.error("could not save turn of job {} in conversation {}: {}", jobId, request.conversationId(), e.toString());
            return OptionalInt.empty();
        }
    }

    private PlacedImage place(Raster raster) {
        try {
            return place(null, raster);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PlacedImage place(String name, Raster raster) throws IOException {
        StoredImage image = store.images().put(raster.width(), raster.height(), raster.format(), raster.pixels());
        return new PlacedImage(name, image, raster.x(), raster.y());
    }

    /** The result layers moved into the canvas the edit started from (they differ only when it changed the canvas). */
    static List<ResultLayer> inCanvasBefore(EditOutcome outcome) {
        int dx = outcome.canvasOffsetX();
        int dy = outcome.canvasOffsetY();
        if (dx == 0 && dy == 0) {
            return outcome.layers();
        }
        return outcome.layers().stream().map(layer -> {
            Raster r = layer.pixels();
            return new ResultLayer(layer.name(), new Raster(r.x() - dx, r.y() - dy, r.width(), r.height(), r.format(),
                    r.pixels()));
        }).toList();
    }

    /** The part of {@code image} under the union of the result layers; empty when they miss it. */
    static Optional<Raster> coveredPart(Raster image, List<ResultLayer> layers) {
        if (layers.isEmpty()) {
            return Optional.empty();
        }
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = Integer.MIN_VALUE, bottom = Integer.MIN_VALUE;
        for (ResultLayer layer : layers) {
            Raster r = layer.pixels();
            left = Math.min(left, r.x());
            top = Math.min(top, r.y());
            right = Math.max(right, r.right());
            bottom = Math.max(bottom, r.bottom());
        }
        left = Math.max(left, image.x());
        top = Math.max(top, image.y());
        right = Math.min(right, image.right());
        bottom = Math.min(bottom, image.bottom());
        if (left >= right || top >= bottom) {
            return Optional.empty();
        }
        if (left == image.x() && top == image.y() && right == image.right() && bottom == image.bottom()) {
            return Optional.of(image);
        }
        int bpp = image.format().bytesPerPixel();
        int width = right - left;
        int height = bottom - top;
        byte[] pixels = new byte[width * height * bpp];
        for (int row = 0; row < height; row++) {
            int from = ((top - image.y() + row) * image.width() + (left - image.x())) * bpp;
            System.arraycopy(image.pixels(), from, pixels, row * width * bpp, width * bpp);
        }
        return Optional.of(new Raster(left, top, width, height, image.format(), pixels));
    }
}
