package org.easel.server.engines.classical;

import java.util.Optional;
import org.easel.protocol.ImageLimits;
import org.easel.server.engines.EditRejectedException;
import org.easel.server.engines.JobControl;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;

/**
 * Carries out a {@link CanvasOperation.Upscale}: works out the new size, refuses what it will not
 * do (making smaller, more than {@link CanvasOperation.Upscale#MAX_FACTOR}×, past the daemon's
 * image limits) with a message that says what would work, and has its {@link Upscaler} enlarge
 * the layer's canvas area. The canvas grows from its top-left corner, so no offset applies.
 *
 * <p>Like a turn, the enlarged layer goes above the source layer and must hide it, so the layer
 * has to be opaque and cover the canvas; a selection does not matter (the whole picture is enlarged).
 */
public final class UpscaleEngine {
    private static final String HOST_SCALE = "Image ▸ Scale Image (Krita: Scale Image to New Size; GIMP: Scale Image)";

    private final Upscaler upscaler;
    private final ImageLimits limits;

    public UpscaleEngine() {
        this(new LanczosUpscaler(), ImageLimits.DEFAULTS);
    }

    public UpscaleEngine(Upscaler upscaler, ImageLimits limits) {
        this.upscaler = upscaler;
        this.limits = limits;
    }

    public CanvasEngine.Result apply(CanvasOperation.Upscale upscale, Raster image, int canvasWidth, int canvasHeight,
                                     JobControl control) {
        CanvasOperation.Upscale.Size size = checkedSize(upscale, canvasWidth, canvasHeight);
        CanvasEngine.requireOpaqueCanvas(image, canvasWidth, canvasHeight, "enlarged", HOST_SCALE);
        Raster enlarged = upscaler.enlarge(image, new Rect(0, 0, canvasWidth, canvasHeight), (int) size.width(),
                (int) size.height(), control);
        return new CanvasEngine.Result((int) size.width(), (int) size.height(), 0, 0, Optional.of(enlarged));
    }

    /** The new size, or a clear refusal. */
    CanvasOperation.Upscale.Size checkedSize(CanvasOperation.Upscale upscale, int canvasWidth, int canvasHeight) {
        CanvasOperation.Upscale.Size size = upscale.size(canvasWidth, canvasHeight);
        String asked = "Upscaling " + upscale.describe() + " would make the " + canvasWidth + "×" + canvasHeight
                + " px canvas " + size.width() + "×" + size.height() + " px";
        if (size.width() < canvasWidth || size.height() < canvasHeight
                || size.width() == canvasWidth && size.height() == canvasHeight) {
            throw new EditRejectedException(asked + ", which is not larger: Easel's upscale only enlarges. To make "
                    + "the picture smaller use your painting program's " + HOST_SCALE + ".",
                    EditRejectedException.Reason.UNSUPPORTED);
        }
        double factor = Math.max((double) size.width() / canvasWidth, (double) size.height() / canvasHeight);
        if (factor > CanvasOperation.Upscale.MAX_FACTOR + 1e-9) {
            throw new EditRejectedException(asked + ", " + String.format(java.util.Locale.ROOT, "%.1f", factor)
                    + "× larger: Easel enlarges by at most " + (int) CanvasOperation.Upscale.MAX_FACTOR
                    + "× in one step.", EditRejectedException.Reason.UNSUPPORTED);
        }
        if (size.width() > limits.maxImageSide() || size.height() > limits.maxImageSide()
                || size.width() * size.height() > limits.maxImagePixels()) {
            double fits = Math.min(Math.min((double) limits.maxImageSide() / canvasWidth,
                    (double) limits.maxImageSide() / canvasHeight),
                    Math.sqrt((double) limits.maxImagePixels() / ((double) canvasWidth * canvasHeight)));
            throw new EditRejectedException(asked + ", larger than Easel handles (at most " + limits.maxImageSide()
                    + " px a side and " + limits.maxImagePixels() / 1_000_000 + " megapixels). "
                    + (fits > 1 ? "The most this canvas can grow is about "
                    + String.format(java.util.Locale.ROOT, "%.2f", Math.floor(fits * 100) / 100) + "×." : "It cannot grow."),
                    EditRejectedException.Reason.TOO_LARGE);
        }
        return size;
    }
}
