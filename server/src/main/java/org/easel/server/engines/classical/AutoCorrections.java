package org.easel.server.engines.classical;

import org.easel.server.imaging.Coverage;
import org.easel.server.imaging.FloatImage;
import org.easel.server.imaging.Rect;
import org.easel.server.imaging.Srgb;

/**
 * The corrections measured from the edited area itself: auto levels, auto contrast and auto white
 * balance. Each first reads the selected pixels (weighted by their coverage, so a soft edge counts
 * for what it is) and then becomes an ordinary per-pixel operation. Only the selection is measured:
 * "fix the colours" on a selected face balances the face, not the sky around it.
 */
final class AutoCorrections {
    /** The share of pixels at each end that may clip when stretching, so one dead pixel does not decide. */
    static final double CLIP_FRACTION = 0.005;
    private static final int BINS = 4096;
    /** White balance ignores pixels this close to black or white: they carry no reliable colour. */
    private static final float NEAR_BLACK = 0.02f;
    private static final float NEAR_WHITE = 0.98f;

    private AutoCorrections() {
    }

    /** Measures {@code image} inside {@code coverage} and returns the correction to apply. */
    static RowOperation measure(Adjustment adjustment, FloatImage image, Coverage coverage) {
        float amount = (float) adjustment.amount();
        return switch (adjustment.kind()) {
            case AUTO_LEVELS -> levels(image, coverage, amount, true);
            case AUTO_CONTRAST -> levels(image, coverage, amount, false);
            case AUTO_WHITE_BALANCE -> whiteBalance(image, coverage, amount);
            default -> throw new IllegalArgumentException(adjustment.kind().wireName() + " is not measured");
        };
    }

    /**
     * Finds the 0.5% and 99.5% points of each channel ({@code perChannel}) or of luma, and maps
     * them to 0 and 1. Per channel also removes a cast in the shadows and highlights; luma keeps
     * the colours as they are.
     */
    private static RowOperation levels(FloatImage image, Coverage coverage, float amount, boolean perChannel) {
        double[][] histograms = new double[perChannel ? 3 : 1][BINS];
        double total = visit(image, coverage, (px, p, weight) -> {
            if (perChannel) {
                for (int c = 0; c < 3; c++) {
                    histograms[c][bin(px[p + c])] += weight;
                }
            } else {
                histograms[0][bin(ColourMath.luma(px[p], px[p + 1], px[p + 2]))] += weight;
            }
        });
        float[] low = new float[3];
        float[] scale = new float[3];
        for (int c = 0; c < 3; c++) {
            double[] histogram = histograms[perChannel ? c : 0];
            float black = quantile(histogram, total, CLIP_FRACTION);
            float white = quantile(histogram, total, 1 - CLIP_FRACTION);
            if (white - black < 1f / 255f) {
                // A flat area has no range to stretch; leave it rather than blow noise up.
                black = 0f;
                white = 1f;
            }
            low[c] = black;
            scale[c] = 1f / (white - black);
        }
        return (rgba, n) -> {
            for (int p = 0, end = n * 4; p < end; p += 4) {
                for (int c = 0; c < 3; c++) {
                    float v = rgba[p + c];
                    rgba[p + c] = v + ((v - low[c]) * scale[c] - v) * amount;
                }
            }
        };
    }

    /**
     * Grey world in linear light: the mean of the usable pixels should be neutral, so each channel
     * is multiplied by the mean's luma over the channel's mean (brightness stays, the cast goes).
     */
    private static RowOperation whiteBalance(FloatImage image, Coverage coverage, float amount) {
        double[] sums = new double[3];
        double usable = visit(image, coverage, (px, p, weight) -> {
            float max = Math.max(px[p], Math.max(px[p + 1], px[p + 2]));
            float min = Math.min(px[p], Math.min(px[p + 1], px[p + 2]));
            if (min < NEAR_BLACK || max > NEAR_WHITE) {
                return;
            }
            for (int c = 0; c < 3; c++) {
                sums[c] += weight * Srgb.decode(px[p + c]);
            }
        });
        // When everything is near black or white there is no cast to measure.
        if (usable <= 0 || sums[0] <= 0 || sums[1] <= 0 || sums[2] <= 0) {
            return (rgba, n) -> { };
        }
        float grey = ColourMath.luma((float) sums[0], (float) sums[1], (float) sums[2]);
        float[] gain = new float[3];
        for (int c = 0; c < 3; c++) {
            gain[c] = 1f + (grey / (float) sums[c] - 1f) * amount;
        }
        return (rgba, n) -> {
            for (int p = 0, end = n * 4; p < end; p += 4) {
                for (int c = 0; c < 3; c++) {
                    rgba[p + c] = Srgb.encode(Srgb.decode(rgba[p + c]) * gain[c]);
                }
            }
        };
    }

    @FunctionalInterface
    private interface PixelVisitor {
        void visit(float[] rgba, int offset, float weight);
    }

    /** Calls {@code visitor} for every selected pixel; returns the total weight visited. */
    private static double visit(FloatImage image, Coverage coverage, PixelVisitor visitor) {
        Rect bounds = coverage.bounds().intersect(new Rect(image.x(), image.y(), image.width(), image.height()));
        float[] row = new float[bounds.width()];
        float[] px = image.data();
        double total = 0;
        for (int y = bounds.y(); y < bounds.bottom(); y++) {
            coverage.readRow(y, bounds.x(), bounds.width(), row);
            for (int i = 0; i < bounds.width(); i++) {
                float weight = row[i] * px[((y - image.y()) * image.width() + bounds.x() + i - image.x()) * 4 + 3];
                if (weight > 0f) {
                    visitor.visit(px, ((y - image.y()) * image.width() + bounds.x() + i - image.x()) * 4, weight);
                    total += weight;
                }
            }
        }
        return total;
    }

    private static int bin(float v) {
        return v <= 0f ? 0 : (v >= 1f ? BINS - 1 : (int) (v * (BINS - 1) + 0.5f));
    }

    private static float quantile(double[] histogram, double total, double fraction) {
        double target = total * fraction;
        double running = 0;
        for (int i = 0; i < histogram.length; i++) {
            running += histogram[i];
            if (running >= target && running > 0) {
                return i / (float) (BINS - 1);
            }
        }
        return 1f;
    }
}
