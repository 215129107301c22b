package org.easel.server.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 */
final class TurnRecorder {
    private static final Logger log = LoggerFactory.getLogger(TurnRecorder.class);

    private final ConversationStore store;
    private final long maxConversationBytes;

    TurnRecorder(ConversationStore store, long maxConversationBytes) {
        this.store = store;
        this.maxConversationBytes = maxConversationBytes;
    }

    void record(EditRequest request, PlanView plan, TurnStatus status, String jobId, String message,
                Instant startedAt, long millis, Optional<EditOutcome> outcome, SourcePixels source) {
        try {
            Optional<PlacedImage> edited = Optional.empty();
            Optional<PlacedImage> selection = Optional.empty();
            List<PlacedImage> results = new ArrayList<>();
            if (outcome.isPresent()) {
                edited = coveredPart(source.image(), outcome.get().layers()).map(this::place);
                selection = source.selection().flatMap(mask -> coveredPart(mask, outcome.get().layers())).map(this::place);
                for (ResultLayer layer : outcome.get().layers()) {
                    results.add(place(layer.name(), layer.pixels()));
                }
            }
            store.record(request.conversationId(), request.title(), new TurnRecord(0, request.instruction(),
                    PlanJson.plan(plan).toString(), PlanJson.parameters(request).toString(), status.wireName(),
                    jobId, message, startedAt, millis, request.canvasWidth(), request.canvasHeight(), edited, selection,
                    results));
            store.enforceLimit(request.conversationId(), maxConversationBytes);
        } catch (IOException | MemoryException | RuntimeException e) { // including UncheckedIOException from place()
            log.error("could not save turn of job {} in conversation {}: {}", jobId, request.conversationId(), e.toString());
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
