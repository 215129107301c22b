package org.easel.server.imaging;

/**
 * Undoes the colour drift of a generated image: a diffusion model redraws the whole context, and
 * the VAE's round trip shifts colours slightly, so new content could show as a patch of slightly
 * different tone at the selection's edge. Just outside the hole the generated image should equal
 * the original; the per-channel difference of their means there is subtracted from the generated
 * pixels (only a shift, limited to {@link #MAX_SHIFT}, so it cannot recolour the new content).
 */
public final class ColourDrift {
    /** Larger differences are content, not drift: the correction never moves a channel further. */
    static final float MAX_SHIFT = 0.1f;

    private ColourDrift() {
    }

    /**
     * Shifts {@code generated}'s RGB in place.
     *
     * @param original the same context before generation, same size
     * @param hole     true for the pixels that were generated
     * @param band     how far outside the hole the comparison reaches, in pixels
     */
    public static void correct(FloatImage generated, FloatImage original, boolean[] hole, int band) {
        int w = generated.width();
        int h = generated.height();
        boolean[] ring = BinaryMask.dilate(hole, w, h, band);
        float[] gen = generated.data();
        float[] orig = original.data();
        double[] difference = new double[3];
        int count = 0;
        for (int i = 0; i < hole.length; i++) {
            if (ring[i] && !hole[i] && orig[i * 4 + 3] > 0) {
                for (int c = 0; c < 3; c++) {
                    difference[c] += gen[i * 4 + c] - orig[i * 4 + c];
                }
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        float[] shift = new float[3];
        for (int c = 0; c < 3; c++) {
            shift[c] = (float) Math.max(-MAX_SHIFT, Math.min(MAX_SHIFT, difference[c] / count));
        }
        for (int i = 0; i < gen.length / 4; i++) {
            for (int c = 0; c < 3; c++) {
                gen[i * 4 + c] = Math.max(0f, Math.min(1f, gen[i * 4 + c] - shift[c]));
            }
        }
    }
}
