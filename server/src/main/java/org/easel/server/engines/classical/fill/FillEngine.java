package org.easel.server.engines.classical.fill;

import org.easel.server.engines.EditRejectedException;
import org.easel.server.engines.JobControl;
import org.easel.server.imaging.BinaryMask;
import org.easel.server.imaging.ColourMatch;
import org.easel.server.imaging.Composite;
import org.easel.server.imaging.Coverage;
import org.easel.server.imaging.CreatedPixelsEdge;
import org.easel.server.imaging.FloatImage;
import org.easel.server.imaging.Lanczos3;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.easel.server.imaging.SelectionMask;
import org.easel.server.imaging.WorkRegion;

/**
 * "Remove the selected object", "fill the selection": replaces the selected pixels with texture
 * and structure continued from around them, through the region pipeline: the selection is grown
 * (so an object's anti-aliased outline goes too), a context region around it is cropped and
 * reduced to the working size if large, filled by {@link PatchMatchFill}, enlarged back,
 * colour-matched to its surroundings and returned as a soft-edged patch.
 */
public final class FillEngine {
    /** Larger contexts are filled at this size and enlarged back: keeps a big removal within ~2 s. */
    static final int MAX_WORK_SIDE = 768;
    private static final int COLOUR_MATCH_BAND = 4;

    static final String NEEDS_SELECTION = "Select what to remove or fill first (for example with the lasso), "
            + "then ask again. Without a selection Easel does not know which part to replace.";
    static final String NOTHING_SELECTED = "The selection does not overlap the layer, so there is nothing to fill. "
            + "Select part of the layer and ask again.";
    static final String TOO_LITTLE_LEFT = "The selection covers almost all of the layer, so there is too little "
            + "left to continue the picture from. Select a smaller area and ask again.";

    /** Surroundings the fill draws from: half the hole's mean side, at least 32 px, on every side. */
    private final WorkRegion.Shape shape;
    /** For selections at the canvas edge: twice the surroundings, since only one side has any. */
    private final WorkRegion.Shape edgeShape;

    public FillEngine() {
        this(MAX_WORK_SIDE);
    }

    /** An engine that fills at most {@code maxWorkSide} px wide and high (tests use small ones). */
    FillEngine(int maxWorkSide) {
        this.shape = new WorkRegion.Shape(0.5, 32, 1, 64, maxWorkSide);
        this.edgeShape = new WorkRegion.Shape(1.0, 64, 1, 64, maxWorkSide);
    }

    /**
     * @param featherPx the soft edge's feather around the grown selection ({@link CreatedPixelsEdge#featherPx})
     * @return the patch to place above {@code image}: the filled pixels, alpha 0 outside the selection
     * @throws EditRejectedException when there is no usable selection
     */
    public Raster fill(Raster image, Raster selection, int canvasWidth, int canvasHeight, int featherPx, long seed,
                       JobControl control) {
        Rect canvas = new Rect(0, 0, canvasWidth, canvasHeight);
        if (selection == null || SelectionMask.coversWholeCanvas(selection, canvasWidth, canvasHeight)) {
            throw new EditRejectedException(NEEDS_SELECTION);
        }
        control.progress(0, 1, "preparing");
        Rect available = Rect.of(image).intersect(canvas);
        // Created pixels: the selection grown and feathered, so outlines of removed objects go too.
        Coverage coverage = CreatedPixelsEdge.coverage(selection, canvasWidth, canvasHeight, available, featherPx);
        if (coverage.isEmpty()) {
            throw new EditRejectedException(NOTHING_SELECTED);
        }
        WorkRegion region = WorkRegion.plan(coverage.bounds(), available, canvas, shape);
        if (region.touchesCanvasEdge()) {
            // An outpaint: the hole has surroundings on the inner side only, so reach further in.
            region = WorkRegion.plan(coverage.bounds(), available, canvas, edgeShape);
        }
        Rect context = region.context();
        FloatImage crop = FloatImage.read(image, context);
        boolean[] hole = new boolean[context.width() * context.height()];
        for (int y = 0; y < context.height(); y++) {
            for (int x = 0; x < context.width(); x++) {
                hole[y * context.width() + x] = coverage.at(context.x() + x, context.y() + y) > 0f;
            }
        }
        boolean[] removed = new boolean[hole.length];
        for (int y = 0; y < context.height(); y++) {
            for (int x = 0; x < context.width(); x++) {
                removed[y * context.width() + x] = coverage.at(context.x() + x, context.y() + y) >= 0.5f;
            }
        }
        FloatImage filled = synthesise(crop, hole, removed, region, seed, control);
        ColourMatch.match(filled, hole, COLOUR_MATCH_BAND);
        control.progress(0, 1, "compositing");
        return Composite.patch(filled, coverage, image.format());
    }

    /** Fills the hole at the working size and returns the context with its hole pixels replaced. */
    static FloatImage synthesise(FloatImage crop, boolean[] hole, boolean[] removed, WorkRegion region, long seed,
                                 JobControl control) {
        int w = region.workWidth();
        int h = region.workHeight();
        FloatImage work = region.isReduced() ? Lanczos3.resizeLinearLight(crop, w, h) : crop.copy();
        boolean[] workHole = region.isReduced() ? reduceMask(hole, crop.width(), crop.height(), w, h) : hole;
        boolean[] workRemoved = region.isReduced() ? reduceMask(removed, crop.width(), crop.height(), w, h) : removed;
        PatchMatchFill fill = new PatchMatchFill(seed);
        NearestNeighbourField field;
        try {
            field = fill.fillReturningField(work.data(), workHole, workRemoved, w, h, control);
        } catch (IllegalArgumentException e) {
            throw new EditRejectedException(TOO_LITTLE_LEFT);
        }
        FloatImage back = region.isReduced() ? Lanczos3.resizeLinearLight(work, crop.width(), crop.height()) : work;
        FloatImage result = crop.copy();
        float[] out = result.data();
        float[] in = back.data();
        for (int i = 0; i < hole.length; i++) {
            if (hole[i]) {
                System.arraycopy(in, i * 4, out, i * 4, 4);
            }
        }
        if (region.isReduced() && field != null) {
            // The enlarged fill is soft; matching it against full-resolution exemplars restores detail.
            fill.refine(out, hole, crop.width(), crop.height(), field, control);
        }
        return result;
    }

    /** A hole mask at a smaller size: a reduced pixel is missing when any pixel it covers is. */
    static boolean[] reduceMask(boolean[] hole, int width, int height, int toWidth, int toHeight) {
        boolean[] out = new boolean[toWidth * toHeight];
        for (int y = 0; y < height; y++) {
            int ty = (int) ((long) y * toHeight / height);
            for (int x = 0; x < width; x++) {
                if (hole[y * width + x]) {
                    out[ty * toWidth + (int) ((long) x * toWidth / width)] = true;
                }
            }
        }
        // Lanczos reaches about two reduced pixels, so known pixels next to the hole are tainted.
        return BinaryMask.dilate(out, toWidth, toHeight, 2);
    }
}
