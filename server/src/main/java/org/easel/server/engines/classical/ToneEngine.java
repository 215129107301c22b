package org.easel.server.engines.classical;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.EditRejectedException;
import org.easel.server.engines.JobControl;
import org.easel.server.imaging.Coverage;
import org.easel.server.imaging.PixelCodec;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.easel.server.imaging.SelectionMask;

/**
 * Applies colour and tone {@link Adjustment}s to the selected part of an image and returns the
 * result as a patch to place above the source layer.
 *
 * <p>The patch covers only the affected bounds (the selection's bounding box grown by the
 * feather, within the image; the whole image without a selection), in the image's own format.
 * Its colour is the adjusted colour and its alpha the original alpha times the feathered
 * coverage, so pixels outside the selection are fully transparent and the layer below shows
 * through unchanged. The work is done row by row over the affected bounds only, so its cost
 * follows the selection, not the canvas.
 */
public final class ToneEngine {

    static final String NOTHING_SELECTED = "The selection does not overlap the layer, so there is nothing to change. "
            + "Select part of the layer, or clear the selection to edit the whole layer.";

    private static final int MAX_BANDS = 8;

    /**
     * @param image the layer's pixels, any colour format, canvas coordinates
     * @param selection an {@code a8} mask, or null for no selection
     * @param featherPx width of the soft selection edge, 0 for a hard edge
     * @throws EditRejectedException when no selected pixel lies on the image
     * @throws org.easel.server.engines.CancelledException when {@code control} reports the job cancelled
     */
    public Raster apply(Raster image, Raster selection, int canvasWidth, int canvasHeight,
                        List<Adjustment> operations, int featherPx, JobControl control) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(control, "control");
        if (image.format() == PixelFormat.A8) {
            throw new IllegalArgumentException("the image must be a colour format, not a8");
        }
        if (selection != null && selection.format() != PixelFormat.A8) {
            throw new IllegalArgumentException("the selection must be an a8 mask, got " + selection.format().wireName());
        }
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("no adjustments to apply");
        }

        control.checkCancelled();
        Coverage coverage = SelectionMask.coverage(selection, canvasWidth, canvasHeight, Rect.of(image), featherPx);
        if (coverage.isEmpty()) {
            throw new EditRejectedException(NOTHING_SELECTED);
        }
        Rect bounds = coverage.bounds();
        PixelCodec codec = PixelCodec.of(image.format());
        List<RowOperation> steps = compile(operations, codec.clampsToUnitRange());

        byte[] out = new byte[Math.toIntExact(image.format().byteLength(bounds.width(), bounds.height()))];
        float[] row = new float[bounds.width() * 4];
        float[] rowCoverage = new float[bounds.width()];
        int bands = Math.min(MAX_BANDS, bounds.height());
        control.progress(0, bands, "adjusting");
        for (int band = 0; band < bands; band++) {
            control.checkCancelled();
            int firstRow = (int) ((long) bounds.height() * band / bands);
            int endRow = (int) ((long) bounds.height() * (band + 1) / bands);
            for (int r = firstRow; r < endRow; r++) {
                adjustRow(image, codec, steps, coverage, bounds, r, row, rowCoverage, out);
            }
            control.progress(band + 1, bands, "adjusting");
        }
        return new Raster(bounds.x(), bounds.y(), bounds.width(), bounds.height(), image.format(), out);
    }

    private static List<RowOperation> compile(List<Adjustment> operations, boolean clamp) {
        List<RowOperation> steps = new ArrayList<>(operations.size() * 2);
        for (Adjustment adjustment : operations) {
            steps.add(ColourMath.operation(Objects.requireNonNull(adjustment, "adjustment")));
            // Integer formats clamp after every step, as if each adjustment had been a separate
            // edit saved to the layer; float images keep HDR values all the way through.
            if (clamp) {
                steps.add(ColourMath::clampToUnit);
            }
        }
        return steps;
    }

    /** Adjusts row {@code r} of the patch (canvas row {@code bounds.y() + r}). */
    private static void adjustRow(Raster image, PixelCodec codec, List<RowOperation> steps, Coverage coverage,
                                  Rect bounds, int r, float[] row, float[] rowCoverage, byte[] out) {
        int width = bounds.width();
        int canvasY = bounds.y() + r;
        int firstPixel = (canvasY - image.y()) * image.width() + (bounds.x() - image.x());
        codec.decode(image.pixels(), firstPixel, width, row, 0);
        for (RowOperation step : steps) {
            step.apply(row, width);
        }
        if (!coverage.isFull()) {
            coverage.readRow(canvasY, bounds.x(), width, rowCoverage);
            for (int i = 0; i < width; i++) {
                float c = rowCoverage[i];
                // Exactly 0 outside, whatever the source alpha held (even NaN in a float image).
                row[i * 4 + 3] = c == 0f ? 0f : row[i * 4 + 3] * c;
            }
        }
        codec.encode(row, 0, width, out, r * width);
    }
}
