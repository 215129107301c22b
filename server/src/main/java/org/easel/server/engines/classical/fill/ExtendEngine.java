package org.easel.server.engines.classical.fill;

import java.util.ArrayList;
import java.util.List;
import org.easel.server.engines.EditRejectedException;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.classical.Extension;
import org.easel.server.imaging.FloatImage;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.easel.server.imaging.WorkRegion;

/**
 * "Extend the canvas to the right by 300 px": makes the canvas larger and synthesises the new
 * strips from the image with the same exemplar fill, so textures and structures run on past the
 * old border. Sides are done one after another (left, right, top, bottom), each from a band of the
 * image next to it plus the strips already made, so the corners join up and the cost follows the
 * size of the strips, not of the canvas.
 */
public final class ExtendEngine {
    /** The strip's context reaches this many times its thickness into the image (at least 64 px). */
    private static final double CONTEXT_DEPTH = 2.0;
    private static final int MIN_CONTEXT_DEPTH = 64;
    private static final WorkRegion.Shape SHAPE = new WorkRegion.Shape(0, 0, 1, 1, 768);

    /**
     * Fills one strip's missing pixels: the exemplar fill by default, a diffusion model when one is
     * installed.
     */
    public interface StripFiller {
        /**
         * @param crop  the strip's context (image, earlier strips, transparent where unknown)
         * @param hole  per context pixel, whether it is to be made
         * @param strip the part of the context to return
         * @return the context with the hole filled
         */
        FloatImage fill(FloatImage crop, boolean[] hole, Rect strip, Rect canvas, long seed, JobControl control);
    }

    /** The exemplar fill, working on the strip's context reduced to at most 768 px. */
    public static final StripFiller EXEMPLAR = (crop, hole, strip, canvas, seed, control) ->
            FillEngine.synthesise(crop, hole, hole, WorkRegion.of(strip, crop.bounds(), canvas, SHAPE), seed, control);

    private final StripFiller filler;

    public ExtendEngine() {
        this(EXEMPLAR);
    }

    public ExtendEngine(StripFiller filler) {
        this.filler = filler;
    }

    /**
     * The result of an extension.
     *
     * @param patch the new pixels in new-canvas coordinates; transparent over the old canvas
     * @param offsetX where the old canvas's left edge lands in the new canvas
     * @param offsetY where the old canvas's top edge lands in the new canvas
     */
    public record Extended(Raster patch, int canvasWidth, int canvasHeight, int offsetX, int offsetY) {
    }

    /**
     * @param image the layer, in old-canvas coordinates
     * @throws EditRejectedException when the extended canvas would exceed what Easel handles
     */
    public Extended extend(Raster image, int canvasWidth, int canvasHeight, Extension extension, long seed,
                           JobControl control) {
        Extension.InPixels grown = extension.inPixelsWithinLimits(canvasWidth, canvasHeight);
        int left = grown.left();
        int right = grown.right();
        int top = grown.top();
        int bottom = grown.bottom();
        long newWidth = grown.width();
        long newHeight = grown.height();
        Rect canvas = new Rect(0, 0, (int) newWidth, (int) newHeight);
        Rect oldCanvas = new Rect(left, top, canvasWidth, canvasHeight);
        Raster shifted = new Raster(image.x() + left, image.y() + top, image.width(), image.height(),
                image.format(), image.pixels());
        Rect known = Rect.of(shifted).intersect(oldCanvas);
        if (known.isEmpty()) {
            throw new EditRejectedException("The layer lies outside the canvas, so there is nothing to extend "
                    + "from. Choose a layer with content on the canvas.");
        }

        List<Rect> strips = new ArrayList<>();
        addIfAny(strips, new Rect(0, top, left, canvasHeight));
        addIfAny(strips, new Rect(left + canvasWidth, top, right, canvasHeight));
        addIfAny(strips, new Rect(0, 0, (int) newWidth, top));
        addIfAny(strips, new Rect(0, top + canvasHeight, (int) newWidth, bottom));

        List<FloatImage> done = new ArrayList<>();
        for (int i = 0; i < strips.size(); i++) {
            control.checkCancelled();
            control.progress(i, strips.size(), "extending");
            done.add(synthesiseStrip(strips.get(i), canvas, oldCanvas, shifted, known, done, seed + i, control));
        }
        control.progress(strips.size(), strips.size(), "extending");

        Rect bounds = strips.get(0);
        for (Rect strip : strips) {
            bounds = Rect.fromEdges(Math.min(bounds.x(), strip.x()), Math.min(bounds.y(), strip.y()),
                    Math.max(bounds.right(), strip.right()), Math.max(bounds.bottom(), strip.bottom()));
        }
        FloatImage patch = new FloatImage(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        done.forEach(strip -> paste(strip, patch));
        return new Extended(patch.encode(image.format()), (int) newWidth, (int) newHeight, left, top);
    }

    private FloatImage synthesiseStrip(Rect strip, Rect canvas, Rect oldCanvas, Raster image, Rect known,
                                              List<FloatImage> done, long seed, JobControl control) {
        // Left and right strips lie beside the old canvas; top and bottom ones span the new width.
        boolean beside = strip.right() <= oldCanvas.x() || strip.x() >= oldCanvas.right();
        int thickness = beside ? strip.width() : strip.height();
        int depth = Math.max(MIN_CONTEXT_DEPTH, (int) Math.ceil(CONTEXT_DEPTH * thickness));
        Rect context = strip.grow(depth).intersect(canvas);
        FloatImage crop = FloatImage.read(image, context);
        boolean[] hole = new boolean[context.width() * context.height()];
        for (int y = 0; y < context.height(); y++) {
            for (int x = 0; x < context.width(); x++) {
                hole[y * context.width() + x] = !known.contains(context.x() + x, context.y() + y);
            }
        }
        for (FloatImage previous : done) {
            paste(previous, crop);
            Rect overlap = previous.bounds().intersect(context);
            for (int y = overlap.y(); y < overlap.bottom(); y++) {
                for (int x = overlap.x(); x < overlap.right(); x++) {
                    hole[(y - context.y()) * context.width() + (x - context.x())] = false;
                }
            }
        }
        return filler.fill(crop, hole, strip, canvas, seed, control).crop(strip);
    }

    /** Copies the pixels of {@code from} that lie inside {@code to} into it. */
    private static void paste(FloatImage from, FloatImage to) {
        Rect overlap = from.bounds().intersect(to.bounds());
        for (int y = overlap.y(); y < overlap.bottom(); y++) {
            System.arraycopy(from.data(), from.offset(overlap.x(), y), to.data(), to.offset(overlap.x(), y),
                    overlap.width() * 4);
        }
    }

    private static void addIfAny(List<Rect> strips, Rect strip) {
        if (!strip.isEmpty()) {
            strips.add(strip);
        }
    }
}
