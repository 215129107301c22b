package org.easel.server.engines.classical;

import org.easel.server.imaging.Srgb;

/**
 * The per-pixel photo fixes: exposure, shadows, highlights, the S-curve, tint, vibrance and red-eye
 * removal. Like {@link ColourMath} they work on encoded channel values, except exposure, which is
 * a multiplication of light and so is done in linear light. Every tone curve here keeps black and
 * white where they are and is monotonic for every allowed amount, so no edit inverts tones.
 */
final class PhotoTone {
    /** Exposure amount 1 is this many stops. */
    static final double STOPS_AT_ONE = 2.0;
    /** How strongly shadows/highlights bend their half of the tone range (see {@link #shadows}). */
    private static final float OPEN_GAIN = 2f;
    private static final float CLOSE_GAIN = 1f;
    /** The S-curve's strength at amount 1; below 1 so the curve stays monotonic. */
    private static final float CURVE_AT_ONE = 1.6f;
    private static final float CURVE_LIMIT = 0.95f;
    private static final float TINT_GAIN = 0.3f;
    private static final float VIBRANCE_GAIN = 2f;
    /** A pupil is red when red exceeds the mean of green and blue by this ratio (skin is
     * about 1.4); fully at ratio + ramp. */
    private static final float RED_EYE_RATIO = 1.5f;
    private static final float RED_EYE_RAMP = 0.5f;

    private PhotoTone() {
    }

    static RowOperation operation(Adjustment adjustment) {
        float a = (float) adjustment.amount();
        return switch (adjustment.kind()) {
            case EXPOSURE -> exposure(adjustment.amount());
            case SHADOWS -> (rgba, n) -> shadows(rgba, n, a);
            case HIGHLIGHTS -> (rgba, n) -> highlights(rgba, n, a);
            case CURVE -> (rgba, n) -> curve(rgba, n, a);
            case TINT -> (rgba, n) -> tint(rgba, n, a);
            case VIBRANCE -> (rgba, n) -> vibrance(rgba, n, a);
            case RED_EYE -> (rgba, n) -> redEye(rgba, n, a);
            default -> throw new IllegalArgumentException(adjustment.kind().wireName() + " is not a photo tone fix");
        };
    }

    private static RowOperation exposure(double amount) {
        float gain = (float) Math.pow(2.0, STOPS_AT_ONE * amount);
        return (rgba, n) -> {
            for (int p = 0, end = n * 4; p < end; p += 4) {
                for (int c = p; c < p + 3; c++) {
                    rgba[c] = Srgb.encode(Srgb.decode(rgba[c]) * gain);
                }
            }
        };
    }

    /**
     * Luma y becomes y + k·a·y·(1−y)²: the lift peaks at a third of the range and fades to nothing
     * at black and at white, so highlights stay. k is smaller when deepening so the curve stays
     * monotonic (its slope at black is 1 + k·a). Colour follows by scaling RGB with the luma.
     */
    private static void shadows(float[] rgba, int n, float a) {
        float k = a > 0 ? OPEN_GAIN : CLOSE_GAIN;
        for (int p = 0, end = n * 4; p < end; p += 4) {
            float y = ColourMath.luma(rgba[p], rgba[p + 1], rgba[p + 2]);
            if (y > 0f && y < 1f) {
                scaleTo(rgba, p, y, y + k * a * y * (1 - y) * (1 - y));
            }
        }
    }

    /** The mirror of {@link #shadows}: y + k·a·y²·(1−y), strongest two thirds of the way up. */
    private static void highlights(float[] rgba, int n, float a) {
        float k = a < 0 ? OPEN_GAIN : CLOSE_GAIN;
        for (int p = 0, end = n * 4; p < end; p += 4) {
            float y = ColourMath.luma(rgba[p], rgba[p + 1], rgba[p + 2]);
            if (y > 0f && y < 1f) {
                scaleTo(rgba, p, y, y + k * a * y * y * (1 - y));
            }
        }
    }

    private static void scaleTo(float[] rgba, int p, float from, float to) {
        float ratio = to / from;
        rgba[p] *= ratio;
        rgba[p + 1] *= ratio;
        rgba[p + 2] *= ratio;
    }

    /** c − s·sin(2πc)/2π: darker below mid-grey and lighter above for s > 0; slope 1 − s·cos ≥ 1 − |s|. */
    private static void curve(float[] rgba, int n, float a) {
        float s = Math.max(-CURVE_LIMIT, Math.min(CURVE_LIMIT, CURVE_AT_ONE * a));
        float twoPi = (float) (2 * Math.PI);
        for (int p = 0, end = n * 4; p < end; p += 4) {
            for (int c = p; c < p + 3; c++) {
                float v = rgba[c];
                if (v > 0f && v < 1f) {
                    rgba[c] = v - s * (float) Math.sin(twoPi * v) / twoPi;
                }
            }
        }
    }

    /** Magenta is less green and a little more red and blue; green the reverse. */
    private static void tint(float[] rgba, int n, float a) {
        float green = 1f - TINT_GAIN * a;
        float others = 1f + TINT_GAIN * a / 2f;
        for (int p = 0, end = n * 4; p < end; p += 4) {
            rgba[p] *= others;
            rgba[p + 1] *= green;
            rgba[p + 2] *= others;
        }
    }

    /**
     * Saturation scaled per pixel by how unsaturated the pixel is (already vivid colours barely
     * move) and halved on skin tones (red ≥ green ≥ blue with red clearly leading).
     */
    private static void vibrance(float[] rgba, int n, float a) {
        for (int p = 0, end = n * 4; p < end; p += 4) {
            float r = rgba[p];
            float g = rgba[p + 1];
            float b = rgba[p + 2];
            float max = Math.max(r, Math.max(g, b));
            float min = Math.min(r, Math.min(g, b));
            if (max <= 0f) {
                continue;
            }
            float saturation = Math.min(1f, (max - min) / max);
            float weight = 1f - saturation;
            if (isSkin(r, g, b)) {
                weight *= 0.5f;
            }
            float factor = Math.max(0f, 1f + VIBRANCE_GAIN * a * weight);
            float y = ColourMath.luma(r, g, b);
            rgba[p] = y + (r - y) * factor;
            rgba[p + 1] = y + (g - y) * factor;
            rgba[p + 2] = y + (b - y) * factor;
        }
    }

    static boolean isSkin(float r, float g, float b) {
        return r > 0.2f && r >= g && g >= b && r - b > 0.08f && r - b < 0.6f && (r - g) < 0.6f * (r - b) + 0.1f;
    }

    /**
     * Where red clearly dominates (red over the mean of green and blue above 1.5, fully from 2),
     * red is replaced by that mean, which leaves a dark neutral pupil and keeps its highlight.
     */
    private static void redEye(float[] rgba, int n, float a) {
        for (int p = 0, end = n * 4; p < end; p += 4) {
            float others = (rgba[p + 1] + rgba[p + 2]) / 2f;
            float ratio = rgba[p] / Math.max(others, 1e-3f);
            float t = Math.max(0f, Math.min(1f, (ratio - RED_EYE_RATIO) / RED_EYE_RAMP)) * a;
            if (rgba[p] > 0.1f && t > 0f) {
                rgba[p] = rgba[p] * (1f - t) + others * t;
            }
        }
    }
}
