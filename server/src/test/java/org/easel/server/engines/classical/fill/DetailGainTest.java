package org.easel.server.engines.classical.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The structure/texture blend gives a fill whose exemplars carried too little grain the grain of
 * the picture around the hole back (the detail gain), never damps a fill with more grain than its
 * surroundings, and never amplifies a nearly flat fill more than {@link DetailGain#MAX_GAIN} times.
 * The structure here equals the fill, so the blend changes only the fine part's amplitude.
 */
class DetailGainTest {
    private static final int N = 96;

    @Test
    void aFillWithFaintGrainGetsTheGrainOfItsTexturedRingBack() {
        boolean[] hole = FillImages.rectangleHole(N, N, 32, 32, 32, 32);
        float[] px = grain(hole, 0.2f, 0.2f / 2.5f);   // the fill has 1/2.5 of the ring's grain: a smear
        double before = PatchMatchDetailTest.highFrequency(px, hole, true)
                / PatchMatchDetailTest.highFrequency(px, hole, false);
        StructureTextureBlend.combine(px, px.clone(), hole, N, N, 2f);
        double after = PatchMatchDetailTest.highFrequency(px, hole, true)
                / PatchMatchDetailTest.highFrequency(px, hole, false);
        assertTrue(before < 0.3, "the faint fill starts well below the band: " + before);
        assertTrue(after >= 0.8 && after <= 1.25, "detail inside / around the hole after the gain: " + after);
    }

    @Test
    void aFillWithMoreGrainThanItsRingIsLeftAsItIs() {
        boolean[] hole = FillImages.rectangleHole(N, N, 32, 32, 32, 32);
        float[] px = grain(hole, 0.05f, 0.2f);
        float[] before = px.clone();
        StructureTextureBlend.combine(px, px.clone(), hole, N, N, 2f);
        for (int i = 0; i < px.length; i++) {
            assertEquals(before[i], px[i], 1e-5f, "value " + i + " (gain 1: nothing to change)");
        }
    }

    @Test
    void aNearlyFlatFillIsAmplifiedAtMostThreeTimes() {
        boolean[] hole = FillImages.rectangleHole(N, N, 32, 32, 32, 32);
        float[] px = grain(hole, 0.2f, 0.2f / 20f);
        double before = interiorEnergy(px);
        StructureTextureBlend.combine(px, px.clone(), hole, N, N, 2f);
        double energyGain = interiorEnergy(px) / before;
        // The fine part is amplified 3×, so its energy 9×; white noise keeps about 2 % of its
        // energy in the blurred part, which is not amplified (measured 8.8).
        assertTrue(energyGain > 8 && energyGain < 9.2, "energy gain inside the hole: " + energyGain);
    }

    /**
     * Mean squared deviation from grey 0.5 (red) over the hole's middle, beyond the blur's reach
     * of the ring's stronger grain.
     */
    private static double interiorEnergy(float[] rgba) {
        double sum = 0;
        for (int y = 40; y < 56; y++) {
            for (int x = 40; x < 56; x++) {
                double d = rgba[(y * N + x) * 4] - 0.5;
                sum += d * d;
            }
        }
        return sum / (16 * 16);
    }

    /** Grey 0.5 with seeded white-noise grain of amplitude {@code ring} outside the hole and {@code fill} inside. */
    private static float[] grain(boolean[] hole, float ring, float fill) {
        SplittableRandom random = new SplittableRandom(7);
        float[] rgba = new float[N * N * 4];
        for (int i = 0; i < N * N; i++) {
            float v = 0.5f + (float) (random.nextDouble() - 0.5) * (hole[i] ? fill : ring);
            rgba[i * 4] = v;
            rgba[i * 4 + 1] = v;
            rgba[i * 4 + 2] = v;
            rgba[i * 4 + 3] = 1f;
        }
        return rgba;
    }
}
