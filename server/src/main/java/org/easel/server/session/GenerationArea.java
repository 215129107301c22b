package org.easel.server.session;

import java.util.Optional;
import org.easel.server.engines.EditRejectedException;
import org.easel.server.imaging.Coverage;
import org.easel.server.imaging.CreatedPixelsEdge;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.easel.server.imaging.SelectionMask;
import org.easel.server.imaging.WorkRegion;

/**
 * Where a generation works: with a selection, the selection and its surroundings (the model sees
 * the context, only the selection grown and feathered as {@link CreatedPixelsEdge} says changes);
 * without one, the whole layer.
 *
 * @param context  the pixels the model sees (canvas coordinates)
 * @param coverage how much of the result shows at each pixel
 * @param selected whether a selection limits the change
 */
record GenerationArea(Rect context, Coverage coverage, boolean selected) {
    /** Half the selection's mean side of surroundings, at least 32 px, and a context of at least 384 px. */
    private static final WorkRegion.Shape CONTEXT = new WorkRegion.Shape(0.5, 32, 1, 384, Integer.MAX_VALUE);

    static final String NEEDS_SELECTION = "Select where the new content should go first (for example with the "
            + "lasso), then ask again.";
    static final String NOTHING_SELECTED = "The selection does not overlap the layer, so there is nowhere to paint. "
            + "Select part of the layer and ask again.";
    static final String EMPTY_LAYER = "The layer has no pixels on the canvas to work on.";

    static GenerationArea of(EditRequest request, boolean needsSelection) {
        Rect canvas = new Rect(0, 0, request.canvasWidth(), request.canvasHeight());
        Rect available = Rect.of(request.image()).intersect(canvas);
        if (available.isEmpty()) {
            throw new EditRejectedException(EMPTY_LAYER);
        }
        Optional<Raster> selection = request.selection()
                .filter(s -> !SelectionMask.coversWholeCanvas(s, request.canvasWidth(), request.canvasHeight()));
        if (selection.isEmpty()) {
            if (needsSelection) {
                throw new EditRejectedException(NEEDS_SELECTION);
            }
            return new GenerationArea(available, Coverage.full(available), false);
        }
        // New content is created pixels: blended over the grown, feathered selection edge.
        Coverage coverage = CreatedPixelsEdge.coverage(selection.get(), request.canvasWidth(), request.canvasHeight(),
                available, CreatedPixelsEdge.featherPx(request.options().featherPx()));
        if (coverage.isEmpty()) {
            throw new EditRejectedException(NOTHING_SELECTED);
        }
        Rect context = WorkRegion.plan(coverage.bounds(), available, canvas, CONTEXT).context();
        return new GenerationArea(context, coverage, true);
    }

    /** The repaint mask at the working size (1 = repaint), sampled from the coverage. */
    float[] maskAt(int width, int height) {
        float[] mask = new float[width * height];
        for (int y = 0; y < height; y++) {
            int cy = context.y() + PictureConversion.nearest(y, height, context.height());
            for (int x = 0; x < width; x++) {
                int cx = context.x() + PictureConversion.nearest(x, width, context.width());
                mask[y * width + x] = coverage.at(cx, cy);
            }
        }
        return mask;
    }

    /** Per context pixel: whether the selection reaches it. */
    boolean[] hole() {
        boolean[] hole = new boolean[context.width() * context.height()];
        for (int y = 0; y < context.height(); y++) {
            for (int x = 0; x < context.width(); x++) {
                hole[y * context.width() + x] = coverage.at(context.x() + x, context.y() + y) > 0f;
            }
        }
        return hole;
    }
}
