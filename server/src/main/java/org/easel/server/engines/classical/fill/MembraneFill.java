package org.easel.server.engines.classical.fill;

/**
 * Fills a hole with the smoothest surface that meets its border (a membrane: Laplace's equation
 * with the known pixels as boundary values), solved coarse to fine: each scale starts from the
 * coarser scale's solution, so a few relaxation passes per scale suffice even for large holes.
 *
 * <p>Unlike {@link DiffusionFill}'s onion peel, which carries the first ring's colours straight
 * inward in streaks, every hole pixel here is a weighted mean of the whole border, nearer parts
 * weighing more: the best guess of a hole's coarse tone on photographs, and the structure that
 * {@link StructureTextureBlend} puts the exemplar texture on.
 */
final class MembraneFill {
    /** Below this side a scale is solved directly from the onion peel plus relaxation. */
    private static final int SMALLEST_SIDE = 8;
    private static final int PASSES_PER_SCALE = 24;

    private MembraneFill() {
    }

    /** Fills {@code rgba}'s hole pixels in place; known pixels are not changed. */
    static void fill(float[] rgba, boolean[] hole, int width, int height) {
        if (rgba.length != width * height * 4 || hole.length != width * height) {
            throw new IllegalArgumentException("the image and the hole differ in size");
        }
        boolean any = false;
        for (boolean h : hole) {
            any |= h;
        }
        if (!any) {
            return;
        }
        if (Math.min(width, height) <= SMALLEST_SIDE) {
            DiffusionFill.fill(rgba, hole, width, height);
            DiffusionFill.smooth(rgba, hole, width, height, PASSES_PER_SCALE * 4);
            return;
        }
        int cw = (width + 1) / 2;
        int ch = (height + 1) / 2;
        float[] coarse = new float[cw * ch * 4];
        boolean[] coarseHole = new boolean[cw * ch];
        reduce(rgba, hole, width, height, coarse, coarseHole, cw);
        fill(coarse, coarseHole, cw, ch);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (hole[i]) {
                    sampleBilinear(coarse, cw, ch, (x - 0.5f) / 2f, (y - 0.5f) / 2f, rgba, i * 4);
                }
            }
        }
        DiffusionFill.smooth(rgba, hole, width, height, PASSES_PER_SCALE);
    }

    /** Half size: a coarse pixel is the mean of its known fine pixels, missing when none is known. */
    private static void reduce(float[] rgba, boolean[] hole, int width, int height, float[] coarse,
                               boolean[] coarseHole, int cw) {
        for (int y = 0; y < (height + 1) / 2; y++) {
            for (int x = 0; x < cw; x++) {
                int known = 0;
                float[] sum = new float[4];
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int fx = Math.min(width - 1, 2 * x + dx);
                        int fy = Math.min(height - 1, 2 * y + dy);
                        int f = fy * width + fx;
                        if (!hole[f]) {
                            known++;
                            for (int c = 0; c < 4; c++) {
                                sum[c] += rgba[f * 4 + c];
                            }
                        }
                    }
                }
                int i = y * cw + x;
                coarseHole[i] = known == 0;
                for (int c = 0; c < 4; c++) {
                    coarse[i * 4 + c] = known == 0 ? 0f : sum[c] / known;
                }
            }
        }
    }

    private static void sampleBilinear(float[] rgba, int w, int h, float x, float y, float[] out, int at) {
        float cx = Math.max(0f, Math.min(w - 1f, x));
        float cy = Math.max(0f, Math.min(h - 1f, y));
        int x0 = (int) cx;
        int y0 = (int) cy;
        int x1 = Math.min(w - 1, x0 + 1);
        int y1 = Math.min(h - 1, y0 + 1);
        float fx = cx - x0;
        float fy = cy - y0;
        for (int c = 0; c < 4; c++) {
            float top = rgba[(y0 * w + x0) * 4 + c] * (1 - fx) + rgba[(y0 * w + x1) * 4 + c] * fx;
            float bottom = rgba[(y1 * w + x0) * 4 + c] * (1 - fx) + rgba[(y1 * w + x1) * 4 + c] * fx;
            out[at + c] = top * (1 - fy) + bottom * fy;
        }
    }
}
