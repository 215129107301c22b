package org.easel.server.engines.classical.fill;

import java.util.stream.IntStream;

/**
 * Splits a fill into structure and texture and takes each from where it is best (after Bertalmio,
 * Vese, Sapiro and Osher 2003, "Simultaneous structure and texture image inpainting"): the
 * coarse shape of the fill, what a Gaussian blur keeps, comes from a smooth estimate, and the fine
 * texture, what the blur removes, from the sharp exemplar fill.
 *
 * <p>Why: on photographs an exemplar copied into the middle of a large hole is rarely where the
 * true pixels' light and shapes were, and its coarse tone errors dominate the error; a smooth
 * estimate (the averaged vote, the border diffused inward) is closer on average but has no
 * texture, which looks like a smear. The sum keeps the exemplars' detail on a closer base
 * (BENCHMARKS.md, "Fill and remove on real photographs").
 */
final class StructureTextureBlend {
    private StructureTextureBlend() {
    }

    /**
     * Replaces each hole pixel of {@code sharp} with {@code blur(structure) + g·(sharp - blur(sharp))},
     * where the detail gain g ({@link DetailGain}) gives the fine part the grain of the picture
     * around the hole.
     *
     * @param sharp     RGBA floats, the exemplar fill; its hole pixels are rewritten
     * @param structure RGBA floats of the same size, the smooth estimate; only read
     * @param sigma     the Gaussian blur's standard deviation in pixels: the scale that divides
     *                  structure (coarser) from texture (finer)
     */
    static void combine(float[] sharp, float[] structure, boolean[] hole, int width, int height, float sigma) {
        if (sharp.length != structure.length || sharp.length != width * height * 4 || hole.length != width * height) {
            throw new IllegalArgumentException("the fill, its structure and the hole differ in size");
        }
        float[] kernel = kernel(sigma);
        // The detail gain compares the fill with a ring around the hole, so blur that far out too.
        boolean[] rows = rowsNearHole(hole, width, height, kernel.length / 2 + DetailGain.RING_PX);
        float[] base = blur(structure, width, height, kernel, rows);
        float[] smoothSharp = blur(sharp, width, height, kernel, rows);
        float gain = DetailGain.of(sharp, smoothSharp, hole, width, height);
        for (int i = 0; i < hole.length; i++) {
            if (hole[i]) {
                for (int c = 0; c < 4; c++) {
                    int k = i * 4 + c;
                    // Alpha keeps its own detail: the gain matches colour grain, not coverage.
                    sharp[k] = base[k] + (c < 3 ? gain : 1f) * (sharp[k] - smoothSharp[k]);
                }
            }
        }
    }

    /** A normalised Gaussian reaching three standard deviations. */
    static float[] kernel(float sigma) {
        if (!(sigma > 0f)) {
            throw new IllegalArgumentException("the blur's sigma must be positive: " + sigma);
        }
        int r = Math.max(1, (int) Math.ceil(3 * sigma));
        float[] k = new float[2 * r + 1];
        float sum = 0f;
        for (int i = -r; i <= r; i++) {
            k[i + r] = (float) Math.exp(-(i * i) / (2.0 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        return k;
    }

    /** Rows that hold a hole pixel or lie within {@code reach} of one: only they need blurring. */
    private static boolean[] rowsNearHole(boolean[] hole, int width, int height, int reach) {
        boolean[] rows = new boolean[height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (hole[y * width + x]) {
                    for (int r = Math.max(0, y - reach); r <= Math.min(height - 1, y + reach); r++) {
                        rows[r] = true;
                    }
                    break;
                }
            }
        }
        return rows;
    }

    /** Separable Gaussian blur, edges clamped; rows outside {@code rows} are left at zero. */
    private static float[] blur(float[] rgba, int width, int height, float[] kernel, boolean[] rows) {
        int r = kernel.length / 2;
        float[] across = new float[rgba.length];
        IntStream.range(0, height).parallel().filter(y -> rows[y]).forEach(y -> {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < 4; c++) {
                    float sum = 0f;
                    for (int k = -r; k <= r; k++) {
                        int sx = Math.min(width - 1, Math.max(0, x + k));
                        sum += kernel[k + r] * rgba[(y * width + sx) * 4 + c];
                    }
                    across[(y * width + x) * 4 + c] = sum;
                }
            }
        });
        float[] out = new float[rgba.length];
        IntStream.range(0, height).parallel().filter(y -> rows[y]).forEach(y -> {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < 4; c++) {
                    float sum = 0f;
                    for (int k = -r; k <= r; k++) {
                        int sy = Math.min(height - 1, Math.max(0, y + k));
                        // A row outside `rows` is farther than the kernel's reach from every hole
                        // row, so it never feeds one; clamping keeps the index valid.
                        sum += kernel[k + r] * across[(sy * width + x) * 4 + c];
                    }
                    out[(y * width + x) * 4 + c] = sum;
                }
            }
        });
        return out;
    }
}
