package org.easel.server.engines.classical.fill;

import org.easel.server.imaging.BinaryMask;

/**
 * How much to amplify a fill's fine texture so that it carries as much grain as the picture
 * around the hole: {@code sqrt(E_ring / E_fill)}, the ratio of the high-frequency energies (the
 * luminance of what a blur removes, squared) in a ring of known pixels around the hole and in the
 * fill, clamped to [{@link #MIN_GAIN}, {@link #MAX_GAIN}].
 *
 * <p>Why: in a photograph's hole the matching drifts towards smooth exemplars (a smooth first
 * guess matches smooth patches best), so on faces, skin and clothes the fill's texture had about a
 * quarter of its surroundings' energy, which looks like a smear (BENCHMARKS.md, "Fill and remove on
 * real photographs"). Restoring the energy with a gain keeps the exemplars' own grain pattern and
 * the membrane's coarse tone. Never below 1: a fill with more grain than its ring (a textured
 * object in a plain frame) is the exemplars' choice, not a fault to damp.
 */
final class DetailGain {
    /** No damping. */
    static final float MIN_GAIN = 1f;
    /** Beyond this the fill's own faint structure (noise, compression blocks) would be blown up. */
    static final float MAX_GAIN = 3f;
    /** The ring of known pixels the fill's grain is matched to, in px (the benchmark scores a 16 px ring). */
    static final int RING_PX = 16;

    private DetailGain() {
    }

    /**
     * @param sharp  RGBA floats: the fill in the hole, the picture around it
     * @param smooth the same blurred (only rows within {@link #RING_PX} of the hole are read)
     * @return the gain for the fine part {@code sharp - smooth} of the hole's pixels
     */
    static float of(float[] sharp, float[] smooth, boolean[] hole, int width, int height) {
        boolean[] ring = BinaryMask.dilate(hole, width, height, RING_PX);
        double fill = 0;
        double around = 0;
        int fillCount = 0;
        int aroundCount = 0;
        for (int i = 0; i < hole.length; i++) {
            if (!ring[i]) {
                continue;
            }
            int k = i * 4;
            double fine = 0.299 * (sharp[k] - smooth[k]) + 0.587 * (sharp[k + 1] - smooth[k + 1])
                    + 0.114 * (sharp[k + 2] - smooth[k + 2]);
            if (hole[i]) {
                fill += fine * fine;
                fillCount++;
            } else {
                around += fine * fine;
                aroundCount++;
            }
        }
        if (fillCount == 0 || aroundCount == 0 || fill <= 0) {
            return MIN_GAIN;
        }
        double gain = Math.sqrt((around / aroundCount) / (fill / fillCount));
        return (float) Math.max(MIN_GAIN, Math.min(MAX_GAIN, gain));
    }
}
