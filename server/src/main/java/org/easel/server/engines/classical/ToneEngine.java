package org.easel.server.engines.classical;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.EditRejectedException;
import org.easel.server.engines.JobControl;
import org.easel.server.imaging.Composite;
import org.easel.server.imaging.Coverage;
import org.easel.server.imaging.FloatImage;
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
 * through unchanged. With no feather (the default) the coverage is the host's mask exactly, so
 * the composited result is {@code coverage × adjusted + (1 − coverage) × original}: the
 * selection's own soft edge is kept, unselected pixels never change. The work is done row by row
 * over the affected bounds only, so its cost follows the selection, not the canvas.
 */
public final class ToneEngine {

    static final String NOTHING_SELECTED = "The selection does not overlap the layer, so there is nothing to change. "
            + "Select part of the layer, or clear the selection to edit the whole layer.";

    static final String RED_EYE_NEEDS_SELECTION = "Red-eye removal needs a selection: select the eyes "
            + "(a loose circle around each pupil is enough) and ask again.";

    private static final int MAX_BANDS = 8;

    /**
     * @param image the layer's pixels, any colour format, canvas coordinates
     * @param selection an {@code a8} mask, or null for no selection
     * @param featherPx extra softening of the selection's edge, 0 to follow the mask exactly
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

        if (selection == null && operations.stream().anyMatch(a -> a != null && a.kind() == AdjustmentKind.RED_EYE)) {
            // Over a whole photo "red" is lips, clothes and sunsets: only a selected eye is a pupil.
            throw new EditRejectedException(RED_EYE_NEEDS_SELECTION);
        }
        control.checkCancelled();
        Coverage coverage = SelectionMask.coverage(selection, canvasWidth, canvasHeight, Rect.of(image), featherPx);
        if (coverage.isEmpty()) {
            throw new EditRejectedException(NOTHING_SELECTED);
        }
        Rect bounds = coverage.bounds();
        PixelCodec codec = PixelCodec.of(image.format());
        boolean clamp = codec.clampsToUnitRange();
        if (operations.stream().noneMatch(a -> Objects.requireNonNull(a, "adjustment").kind().isSpatial())) {
            return streamRows(image, codec, compile(operations, clamp), coverage, control);
        }
        int reach = 0;
        for (Adjustment adjustment : operations) {
            reach += SpatialFilters.reach(adjustment, bounds);
        }
        // Blur and sharpen read around the selection, so the surroundings are decoded too.
        FloatImage work = FloatImage.read(image, bounds.grow(reach).intersect(Rect.of(image)));
        List<List<Adjustment>> stages = stages(operations);
        int bands = Math.min(MAX_BANDS, work.height());
        int total = bands * stages.size();
        control.progress(0, total, "adjusting");
        int done = 0;
        for (List<Adjustment> stage : stages) {
            control.checkCancelled();
            if (stage.get(0).kind().isAutomatic()) {
                RowOperation correction = AutoCorrections.measure(stage.get(0), work, coverage);
                correction.apply(work.data(), work.width() * work.height());
                if (clamp) {
                    ColourMath.clampToUnit(work.data(), work.width() * work.height());
                }
                done += bands;
                control.progress(done, total, "adjusting");
                continue;
            }
            if (stage.get(0).kind().isSpatial()) {
                SpatialFilters.apply(stage.get(0), work, bounds);
                if (clamp) {
                    ColourMath.clampToUnit(work.data(), work.width() * work.height());
                }
                done += bands;
                control.progress(done, total, "adjusting");
                continue;
            }
            List<RowOperation> steps = compile(stage, clamp);
            for (int band = 0; band < bands; band++) {
                control.checkCancelled();
                int firstRow = (int) ((long) work.height() * band / bands);
                int endRow = (int) ((long) work.height() * (band + 1) / bands);
                int offset = firstRow * work.width() * 4;
                float[] rows = java.util.Arrays.copyOfRange(work.data(), offset, endRow * work.width() * 4);
                for (RowOperation step : steps) {
                    step.apply(rows, rows.length / 4);
                }
                System.arraycopy(rows, 0, work.data(), offset, rows.length);
                control.progress(++done, total, "adjusting");
            }
        }
        return Composite.patch(work, coverage, image.format());
    }

    /**
     * Per-pixel adjustments only: row by row straight from the wire bytes into the patch, so even
     * a whole 8192² layer never needs a float copy of itself.
     */
    private static Raster streamRows(Raster image, PixelCodec codec, List<RowOperation> steps, Coverage coverage,
                                     JobControl control) {
        Rect bounds = coverage.bounds();
        int width = bounds.width();
        byte[] out = new byte[Math.toIntExact(image.format().byteLength(width, bounds.height()))];
        float[] row = new float[width * 4];
        float[] scratch = new float[width];
        int bands = Math.min(MAX_BANDS, bounds.height());
        control.progress(0, bands, "adjusting");
        for (int band = 0; band < bands; band++) {
            control.checkCancelled();
            int firstRow = (int) ((long) bounds.height() * band / bands);
            int endRow = (int) ((long) bounds.height() * (band + 1) / bands);
            for (int r = firstRow; r < endRow; r++) {
                int canvasY = bounds.y() + r;
                codec.decode(image.pixels(), (canvasY - image.y()) * image.width() + (bounds.x() - image.x()),
                        width, row, 0);
                for (RowOperation step : steps) {
                    step.apply(row, width);
                }
                Composite.applyCoverage(row, 0, coverage, bounds.x(), canvasY, width, scratch);
                codec.encode(row, 0, width, out, r * width);
            }
            control.progress(band + 1, bands, "adjusting");
        }
        return new Raster(bounds.x(), bounds.y(), width, bounds.height(), image.format(), out);
    }

    /** Consecutive per-pixel adjustments run together; each spatial one is a stage of its own. */
    private static List<List<Adjustment>> stages(List<Adjustment> operations) {
        List<List<Adjustment>> stages = new ArrayList<>();
        List<Adjustment> pixelwise = new ArrayList<>();
        for (Adjustment adjustment : operations) {
            if (adjustment.kind().isSpatial()) {
                if (!pixelwise.isEmpty()) {
                    stages.add(pixelwise);
                    pixelwise = new ArrayList<>();
                }
                stages.add(List.of(adjustment));
            } else {
                pixelwise.add(adjustment);
            }
        }
        if (!pixelwise.isEmpty()) {
            stages.add(pixelwise);
        }
        return stages;
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
}
