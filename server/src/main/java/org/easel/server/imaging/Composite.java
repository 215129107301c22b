package org.easel.server.imaging;

import org.easel.protocol.PixelFormat;

/**
 * The last step of the region pipeline: the edited pixels become a patch to place above the
 * source layer. Its colour is the edited colour and its alpha the edited alpha times the
 * selection's coverage, exactly 0 where coverage is 0, so compositing the patch over the source
 * leaves every unselected pixel byte-identical: guaranteed by construction, not by the engine.
 */
public final class Composite {

    private Composite() {
    }

    /**
     * @param edited the engine's result; must contain {@code coverage.bounds()}
     * @param coverage how much of the edit shows at each pixel; its bounds are the patch's
     * @param format the source layer's format, which the patch keeps
     */
    public static Raster patch(FloatImage edited, Coverage coverage, PixelFormat format) {
        Rect bounds = coverage.bounds();
        FloatImage patch = edited.crop(bounds);
        if (!coverage.isFull()) {
            float[] rowCoverage = new float[bounds.width()];
            for (int row = 0; row < bounds.height(); row++) {
                applyCoverage(patch.data(), row * bounds.width() * 4, coverage, bounds.x(), bounds.y() + row,
                        bounds.width(), rowCoverage);
            }
        }
        return patch.encode(format);
    }

    /**
     * Multiplies the alpha of {@code count} RGBA pixels at {@code rgba[offset]}, which lie on
     * canvas row {@code canvasY} from {@code canvasX}, by their coverage; {@code scratch} holds at
     * least {@code count} floats.
     */
    public static void applyCoverage(float[] rgba, int offset, Coverage coverage, int canvasX, int canvasY, int count,
                                     float[] scratch) {
        if (coverage.isFull()) {
            return;
        }
        coverage.readRow(canvasY, canvasX, count, scratch);
        for (int i = 0; i < count; i++) {
            float c = scratch[i];
            int a = offset + i * 4 + 3;
            // Exactly 0 outside, whatever the source alpha held (even NaN in a float image).
            rgba[a] = c == 0f ? 0f : rgba[a] * c;
        }
    }
}
