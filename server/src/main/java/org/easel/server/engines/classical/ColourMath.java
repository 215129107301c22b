package org.easel.server.engines.classical;

/**
 * The maths of each {@link Adjustment}, on the image's encoded (not linearised) channel values,
 * RGB only. Values outside 0..1 are allowed in (float images) and may come out; clamping is the
 * caller's business because only integer formats need it.
 */
final class ColourMath {

    // Rec. 709 luma weights.
    static final float LUMA_R = 0.2126f;
    static final float LUMA_G = 0.7152f;
    static final float LUMA_B = 0.0722f;

    /** How far contrast 1 scales the distance from mid-grey: 2^(1.5 × amount), so ±a undo each other. */
    private static final double CONTRAST_OCTAVES = 1.5;
    /** How much warmth 1 raises red and lowers blue, as a fraction of their value. */
    private static final float WARMTH_GAIN = 0.3f;

    private ColourMath() {
    }

    static RowOperation operation(Adjustment adjustment) {
        float amount = (float) adjustment.amount();
        return switch (adjustment.kind()) {
            case GRAYSCALE -> (rgba, n) -> grayscale(rgba, n, amount);
            case INVERT -> (rgba, n) -> invert(rgba, n, amount);
            case BRIGHTNESS -> brightness(adjustment.amount());
            case CONTRAST -> contrast(adjustment.amount());
            case SATURATION -> (rgba, n) -> saturation(rgba, n, 1f + amount);
            case WARMTH -> (rgba, n) -> warmth(rgba, n, amount);
            case HUE -> hue(adjustment.amount() * Math.PI);
            case SEPIA -> (rgba, n) -> sepia(rgba, n, amount);
            case POSTERIZE -> posterize(adjustment.amount());
            case EXPOSURE, SHADOWS, HIGHLIGHTS, CURVE, TINT, VIBRANCE, RED_EYE -> PhotoTone.operation(adjustment);
            case BLUR, SHARPEN, VIGNETTE, CLARITY, DENOISE, AUTO_LEVELS, AUTO_CONTRAST, AUTO_WHITE_BALANCE ->
                    throw new IllegalArgumentException(
                    adjustment.kind().wireName() + " reads the whole area, it is not a per-pixel operation");
        };
    }

    /** Clamps RGB to 0..1 for formats that cannot hold anything else (alpha is never pushed out). */
    static void clampToUnit(float[] rgba, int pixelCount) {
        for (int p = 0, end = pixelCount * 4; p < end; p += 4) {
            for (int c = p; c < p + 3; c++) {
                float v = rgba[c];
                rgba[c] = v < 0f ? 0f : (v > 1f ? 1f : v);
            }
        }
    }

    static float luma(float r, float g, float b) {
        return LUMA_R * r + LUMA_G * g + LUMA_B * b;
    }

    private static void grayscale(float[] rgba, int pixelCount, float amount) {
        float keep = 1f - amount;
        for (int p = 0, end = pixelCount * 4; p < end; p += 4) {
            float y = luma(rgba[p], rgba[p + 1], rgba[p + 2]);
            // Written as c·keep + y·amount so amount 1 yields exactly y in all three channels.
            rgba[p] = rgba[p] * keep + y * amount;
            rgba[p + 1] = rgba[p + 1] * keep + y * amount;
            rgba[p + 2] = rgba[p + 2] * keep + y * amount;
        }
    }

    private static void invert(float[] rgba, int pixelCount, float amount) {
        float keep = 1f - amount;
        for (int p = 0, end = pixelCount * 4; p < end; p += 4) {
            for (int c = p; c < p + 3; c++) {
                rgba[c] = rgba[c] * keep + (1f - rgba[c]) * amount;
            }
        }
    }

    /**
     * A rational curve c·(1+k)/(1+k·c) with 1+k = 4^amount: it keeps black and white where they
     * are, bends the mid-tones, is monotonic, and the curves for +a and -a are exact inverses.
     * Values outside 0..1 (HDR) pass through, which keeps the whole mapping continuous and monotonic.
     */
    private static RowOperation brightness(double amount) {
        float gain = (float) Math.pow(4.0, amount);
        float k = gain - 1f;
        return (rgba, pixelCount) -> {
            for (int p = 0, end = pixelCount * 4; p < end; p += 4) {
                for (int c = p; c < p + 3; c++) {
                    float v = rgba[c];
                    if (v > 0f && v < 1f) {
                        rgba[c] = v * gain / (1f + k * v);
                    }
                }
            }
        };
    }

    private static RowOperation contrast(double amount) {
        float scale = (float) Math.pow(2.0, CONTRAST_OCTAVES * amount);
        return (rgba, pixelCount) -> {
            for (int p = 0, end = pixelCount * 4; p < end; p += 4) {
                for (int c = p; c < p + 3; c++) {
                    rgba[c] = 0.5f + (rgba[c] - 0.5f) * scale;
                }
            }
        };
    }

    /** Moves each channel away from (factor above 1) or towards (below 1) the pixel's luma. */
    private static void saturation(float[] rgba, int pixelCount, float factor) {
        for (int p = 0, end = pixelCount * 4; p < end; p += 4) {
            float y = luma(rgba[p], rgba[p + 1], rgba[p + 2]);
            rgba[p] = y + (rgba[p] - y) * factor;
            rgba[p + 1] = y + (rgba[p + 1] - y) * factor;
            rgba[p + 2] = y + (rgba[p + 2] - y) * factor;
        }
    }

    /** A white-balance style shift: red gains and blue loses in proportion (the reverse when cooler). */
    private static void warmth(float[] rgba, int pixelCount, float amount) {
        float red = 1f + WARMTH_GAIN * amount;
        float blue = 1f - WARMTH_GAIN * amount;
        for (int p = 0, end = pixelCount * 4; p < end; p += 4) {
            rgba[p] *= red;
            rgba[p + 2] *= blue;
        }
    }

    /**
     * Rotates each colour about the grey axis by {@code radians} (the standard hue-rotation
     * matrix), which keeps greys grey and luma nearly unchanged.
     */
    private static RowOperation hue(double radians) {
        float cos = (float) Math.cos(radians);
        float sin = (float) Math.sin(radians);
        float[] m = {
            0.213f + cos * 0.787f - sin * 0.213f, 0.715f - cos * 0.715f - sin * 0.715f, 0.072f - cos * 0.072f + sin * 0.928f,
            0.213f - cos * 0.213f + sin * 0.143f, 0.715f + cos * 0.285f + sin * 0.140f, 0.072f - cos * 0.072f - sin * 0.283f,
            0.213f - cos * 0.213f - sin * 0.787f, 0.715f - cos * 0.715f + sin * 0.715f, 0.072f + cos * 0.928f + sin * 0.072f
        };
        return (rgba, pixelCount) -> multiply(rgba, pixelCount, m, 1f);
    }

    /** The classic sepia matrix, mixed with the original by {@code amount}. */
    private static void sepia(float[] rgba, int pixelCount, float amount) {
        float[] m = {
            0.393f, 0.769f, 0.189f,
            0.349f, 0.686f, 0.168f,
            0.272f, 0.534f, 0.131f
        };
        multiply(rgba, pixelCount, m, amount);
    }

    private static void multiply(float[] rgba, int pixelCount, float[] m, float amount) {
        float keep = 1f - amount;
        for (int p = 0, end = pixelCount * 4; p < end; p += 4) {
            float r = rgba[p];
            float g = rgba[p + 1];
            float b = rgba[p + 2];
            rgba[p] = r * keep + (m[0] * r + m[1] * g + m[2] * b) * amount;
            rgba[p + 1] = g * keep + (m[3] * r + m[4] * g + m[5] * b) * amount;
            rgba[p + 2] = b * keep + (m[6] * r + m[7] * g + m[8] * b) * amount;
        }
    }

    /** Rounds each channel to one of {@code round(2 / amount)} evenly spaced levels (at least 2). */
    private static RowOperation posterize(double amount) {
        float steps = Math.max(1, (int) Math.round(2.0 / amount) - 1);
        return (rgba, pixelCount) -> {
            for (int p = 0, end = pixelCount * 4; p < end; p += 4) {
                for (int c = p; c < p + 3; c++) {
                    float v = rgba[c] < 0f ? 0f : (rgba[c] > 1f ? 1f : rgba[c]);
                    rgba[c] = Math.round(v * steps) / steps;
                }
            }
        };
    }
}
