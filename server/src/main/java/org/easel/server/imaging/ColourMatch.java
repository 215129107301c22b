package org.easel.server.imaging;

/**
 * Matches the colour of a synthesised region to its surroundings before compositing, so a fill
 * does not show as a patch of slightly different tone: per channel, the mean and spread of the
 * result just inside the hole are mapped onto those of the original just outside it.
 */
public final class ColourMatch {
    /** The spread is never scaled by more than this factor either way, so flat borders cannot blow up detail. */
    private static final float MAX_GAIN = 2f;

    private ColourMatch() {
    }

    /**
     * Adjusts the RGB of {@code result}'s hole pixels in place.
     *
     * @param result the synthesised image (hole filled), same size as {@code hole}
     * @param hole true for synthesised pixels
     * @param band how far from the hole's border the statistics are taken, in pixels
     */
    public static void match(FloatImage result, boolean[] hole, int band) {
        int w = result.width();
        int h = result.height();
        boolean[] outerRing = BinaryMask.dilate(hole, w, h, band);
        boolean[] known = BinaryMask.invert(hole);
        boolean[] innerRing = BinaryMask.dilate(known, w, h, band);
        float[] px = result.data();
        double[] outside = new double[6];
        double[] inside = new double[6];
        int outsideCount = 0;
        int insideCount = 0;
        for (int i = 0; i < hole.length; i++) {
            if (hole[i] && innerRing[i]) {
                accumulate(px, i, inside);
                insideCount++;
            } else if (!hole[i] && outerRing[i]) {
                accumulate(px, i, outside);
                outsideCount++;
            }
        }
        if (insideCount == 0 || outsideCount == 0) {
            return;
        }
        float[] gain = new float[3];
        float[] insideMean = new float[3];
        float[] outsideMean = new float[3];
        for (int c = 0; c < 3; c++) {
            insideMean[c] = (float) (inside[c] / insideCount);
            outsideMean[c] = (float) (outside[c] / outsideCount);
            double insideSd = Math.sqrt(Math.max(0, inside[c + 3] / insideCount - insideMean[c] * (double) insideMean[c]));
            double outsideSd = Math.sqrt(Math.max(0, outside[c + 3] / outsideCount - outsideMean[c] * (double) outsideMean[c]));
            float g = insideSd < 1e-6 ? 1f : (float) (outsideSd / insideSd);
            gain[c] = Math.max(1f / MAX_GAIN, Math.min(MAX_GAIN, g));
        }
        for (int i = 0; i < hole.length; i++) {
            if (hole[i]) {
                for (int c = 0; c < 3; c++) {
                    px[i * 4 + c] = (px[i * 4 + c] - insideMean[c]) * gain[c] + outsideMean[c];
                }
            }
        }
    }

    private static void accumulate(float[] px, int pixel, double[] sums) {
        for (int c = 0; c < 3; c++) {
            double v = px[pixel * 4 + c];
            sums[c] += v;
            sums[c + 3] += v * v;
        }
    }
}
