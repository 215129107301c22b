package org.easel.server.engines.classical;

import org.easel.server.imaging.FloatImage;
import org.easel.server.imaging.Rect;

/**
 * The photo fixes that look at detail: clarity (local contrast) and edge-preserving noise
 * reduction. Both read a few pixels around the edited area, which the caller decodes as for blur.
 */
final class DetailFilters {
    /** Clarity's radius, as a fraction of the edited area's diagonal (at least 2 px). */
    private static final double CLARITY_RADIUS = 0.02;
    /** Clarity 1 adds this many times the mid-tone detail. */
    private static final float CLARITY_GAIN = 1.5f;
    /** The bilateral filter's spatial sigma at amount 0 and its growth to amount 1, in pixels. */
    private static final float SPATIAL_SIGMA = 1.5f;
    private static final float SPATIAL_SIGMA_GROWTH = 1.5f;
    /** The range sigma is this many times the measured noise at amount 0, plus the growth at amount 1. */
    private static final float RANGE_SIGMAS = 1.5f;
    private static final float RANGE_SIGMAS_GROWTH = 2f;
    /** Noise is never assumed below this (in 0..1 units), so a clean image is still smoothed a little. */
    private static final float MIN_NOISE = 0.004f;

    private DetailFilters() {
    }

    static int clarityRadius(Rect frame) {
        return Math.max(2, (int) Math.round(CLARITY_RADIUS * Math.hypot(frame.width(), frame.height())));
    }

    static int denoiseRadius(double amount) {
        return (int) Math.ceil(2 * spatialSigma(amount));
    }

    private static float spatialSigma(double amount) {
        return SPATIAL_SIGMA + SPATIAL_SIGMA_GROWTH * (float) amount;
    }

    /**
     * Adds (or, negative, removes) the difference between each pixel's luma and its surroundings'
     * at a large radius, weighted towards the mid-tones (4·y·(1−y)) so blacks and whites do not clip.
     */
    static void clarity(FloatImage image, Rect frame, float amount) {
        FloatImage blurred = image.copy();
        SpatialFilters.gaussian(blurred, clarityRadius(frame));
        float[] px = image.data();
        float[] soft = blurred.data();
        for (int p = 0; p < px.length; p += 4) {
            float y = ColourMath.luma(px[p], px[p + 1], px[p + 2]);
            float around = ColourMath.luma(soft[p], soft[p + 1], soft[p + 2]);
            float midtones = Math.max(0f, Math.min(1f, 4f * y * (1f - y)));
            float add = CLARITY_GAIN * amount * midtones * (y - around);
            px[p] += add;
            px[p + 1] += add;
            px[p + 2] += add;
        }
    }

    /**
     * A bilateral filter: each pixel becomes the average of its neighbours weighted by distance
     * and by how alike their colours are, so flat areas are smoothed and edges, whose two sides
     * differ by far more than the noise, stay. The range sigma follows the noise measured in the
     * area (Immerkær's estimator), so the same amount suits a clean scan and a high-ISO photo.
     */
    static void denoise(FloatImage image, float amount) {
        int width = image.width();
        int height = image.height();
        float noise = Math.max(MIN_NOISE, noiseSigma(image));
        float rangeSigma = noise * (RANGE_SIGMAS + RANGE_SIGMAS_GROWTH * amount);
        float spatial = spatialSigma(amount);
        int radius = denoiseRadius(amount);
        int side = 2 * radius + 1;
        float[] spatialWeight = new float[side * side];
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                spatialWeight[(dy + radius) * side + dx + radius] =
                        (float) Math.exp(-(dx * dx + dy * dy) / (2.0 * spatial * spatial));
            }
        }
        float rangeScale = -1f / (2f * rangeSigma * rangeSigma);
        float[] src = image.data().clone();
        float[] out = image.data();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = (y * width + x) * 4;
                float r0 = src[p];
                float g0 = src[p + 1];
                float b0 = src[p + 2];
                float sumR = 0f;
                float sumG = 0f;
                float sumB = 0f;
                float sumW = 0f;
                for (int dy = -radius; dy <= radius; dy++) {
                    int yy = Math.max(0, Math.min(height - 1, y + dy));
                    for (int dx = -radius; dx <= radius; dx++) {
                        int q = (yy * width + Math.max(0, Math.min(width - 1, x + dx))) * 4;
                        float dr = src[q] - r0;
                        float dg = src[q + 1] - g0;
                        float db = src[q + 2] - b0;
                        // The colour distance is averaged over channels so the sigma is per channel.
                        float d2 = (dr * dr + dg * dg + db * db) / 3f;
                        float w = spatialWeight[(dy + radius) * side + dx + radius] * fastExp(d2 * rangeScale)
                                * src[q + 3];
                        sumR += w * src[q];
                        sumG += w * src[q + 1];
                        sumB += w * src[q + 2];
                        sumW += w;
                    }
                }
                if (sumW > 1e-6f) {
                    out[p] = sumR / sumW;
                    out[p + 1] = sumG / sumW;
                    out[p + 2] = sumB / sumW;
                }
            }
        }
    }

    /**
     * Immerkær (1996): the image convolved with a mask that cancels every smooth (up to second
     * order) structure leaves mostly noise; its mean absolute value × √(π/2) / 6 is the noise's sigma.
     */
    static float noiseSigma(FloatImage image) {
        int width = image.width();
        int height = image.height();
        if (width < 3 || height < 3) {
            return 0f;
        }
        float[] px = image.data();
        double sum = 0;
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                float v = 4 * luma(px, x, y, width)
                        - 2 * (luma(px, x - 1, y, width) + luma(px, x + 1, y, width)
                        + luma(px, x, y - 1, width) + luma(px, x, y + 1, width))
                        + luma(px, x - 1, y - 1, width) + luma(px, x + 1, y - 1, width)
                        + luma(px, x - 1, y + 1, width) + luma(px, x + 1, y + 1, width);
                sum += Math.abs(v);
            }
        }
        return (float) (Math.sqrt(Math.PI / 2) * sum / (6.0 * (width - 2) * (height - 2)));
    }

    private static float luma(float[] px, int x, int y, int width) {
        int p = (y * width + x) * 4;
        return ColourMath.luma(px[p], px[p + 1], px[p + 2]);
    }

    /** e^x for x ≤ 0, within 2% for x ≥ −2 where the weights matter, and far cheaper than Math.exp. */
    private static float fastExp(float x) {
        if (x < -16f) {
            return 0f;
        }
        float t = 1f + x / 256f;
        t *= t; t *= t; t *= t; t *= t; t *= t; t *= t; t *= t; t *= t;
        return t;
    }
}
