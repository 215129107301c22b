package org.easel.server.engines.classical.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.easel.server.engines.JobControl;
import org.junit.jupiter.api.Test;

/**
 * Structure from a smooth membrane, texture from the exemplars: the membrane is the smoothest
 * surface through the hole's border, the blend takes the coarse part from it and the fine part
 * from the fill, and on an irregular picture (where exemplars cannot know the hole's tone) the
 * fill's coarse tone follows the surroundings while its detail stays.
 */
class StructureTextureBlendTest {
    private static final int N = 96;

    @Test
    void membraneRebuildsASmoothRampThatTheOnionPeelStreaks() {
        float[] truth = new float[N * N * 4];
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                int i = (y * N + x) * 4;
                truth[i] = 0.1f + 0.6f * x / N;
                truth[i + 1] = 0.2f + 0.5f * y / N;
                truth[i + 2] = 0.5f + 0.002f * (x - y);
                truth[i + 3] = 1f;
            }
        }
        boolean[] hole = FillImages.rectangleHole(N, N, 20, 25, 50, 40);
        float[] membrane = erased(truth, hole);
        MembraneFill.fill(membrane, hole, N, N);
        float[] onion = erased(truth, hole);
        DiffusionFill.fill(onion, hole, N, N);
        double membraneError = FillImages.holeError(membrane, truth, hole);
        double onionError = FillImages.holeError(onion, truth, hole);
        assertTrue(membraneError < 0.01, "membrane error on a ramp: " + membraneError);
        assertTrue(membraneError < onionError / 2, "membrane " + membraneError + " vs onion peel " + onionError);
        for (int i = 0; i < hole.length; i++) {
            if (!hole[i]) {
                assertEquals(truth[i * 4], membrane[i * 4], 0f, "known pixels are kept");
            }
        }
    }

    @Test
    void blendTakesCoarseToneFromTheStructureAndFineDetailFromTheFill() {
        float[] sharp = new float[N * N * 4];
        float[] structure = new float[N * N * 4];
        boolean[] hole = FillImages.rectangleHole(N, N, 30, 30, 36, 36);
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                int i = y * N + x;
                float checker = hole[i] ? ((x + y) % 2 == 0 ? 0.1f : -0.1f) : 0f;
                for (int c = 0; c < 3; c++) {
                    sharp[i * 4 + c] = 0.6f + checker;   // the fill: too bright, with fine texture
                    structure[i * 4 + c] = 0.3f;         // the smooth estimate: the right tone
                }
                sharp[i * 4 + 3] = 1f;
                structure[i * 4 + 3] = 1f;
            }
        }
        StructureTextureBlend.combine(sharp, structure, hole, N, N, 2f);
        // Well inside the hole (beyond the blur's reach of its border).
        for (int y = 40; y < 56; y++) {
            for (int x = 40; x < 56; x++) {
                float expected = 0.3f + ((x + y) % 2 == 0 ? 0.1f : -0.1f);
                assertEquals(expected, sharp[(y * N + x) * 4], 0.01f, "pixel " + x + "," + y);
            }
        }
        assertEquals(0.6f, sharp[(10 * N + 10) * 4], 0f, "pixels outside the hole are not touched");
    }

    @Test
    void blendRefusesMismatchedSizesAndANonPositiveBlur() {
        float[] px = new float[N * N * 4];
        boolean[] hole = new boolean[N * N];
        assertThrows(IllegalArgumentException.class,
                () -> StructureTextureBlend.combine(px, new float[4], hole, N, N, 2f));
        assertThrows(IllegalArgumentException.class,
                () -> StructureTextureBlend.combine(px, px.clone(), hole, N, N, 0f));
    }

    /**
     * A photograph-like picture: light that varies over the frame (a hill of brightness the hole
     * sits on the flank of) under irregular grain, so no exemplar shows the hole's own tone. The
     * exemplar fill alone copies brighter or darker patches from elsewhere; with the membrane
     * structure the coarse error inside the hole falls and the grain stays.
     */
    @Test
    void onAnIrregularPictureTheFillsCoarseToneFollowsTheSurroundingsAndKeepsItsDetail() {
        int n = N;
        float[] truth = litGrain(n, 11);
        boolean[] hole = FillImages.rectangleHole(n, n, 40, 40, 32, 32);
        float[] filled = erased(truth, hole);
        new PatchMatchFill(1).fill(filled, hole, n, n, JobControl.NONE);
        double coarse = coarseError(filled, truth, hole, n);
        // Measured: 0.009 with the membrane structure, 0.021 with the exemplars alone.
        assertTrue(coarse < 0.014, "coarse (8 px box) error inside the hole: " + coarse);
        double detail = PatchMatchDetailTest.highFrequency(filled, hole, true)
                / PatchMatchDetailTest.highFrequency(filled, hole, false);
        assertTrue(detail >= 0.5 && detail <= 1.5, "detail inside / around the hole: " + detail);
    }

    private static float[] litGrain(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] rgba = new float[n * n * 4];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double dx = (x - 24) / 40.0;
                double dy = (y - 28) / 45.0;
                double light = 0.2 + 0.6 * Math.exp(-(dx * dx + dy * dy));
                float grain = (float) ((random.nextDouble() - 0.5) * 0.25);
                int i = (y * n + x) * 4;
                rgba[i] = (float) (light + grain);
                rgba[i + 1] = (float) (light * 0.9 + grain);
                rgba[i + 2] = (float) (light * 0.7 + grain);
                rgba[i + 3] = 1f;
            }
        }
        return rgba;
    }

    /** Mean absolute RGB error inside the hole after an 8×8 box average of both: the coarse tone. */
    private static double coarseError(float[] result, float[] truth, boolean[] hole, int n) {
        double sum = 0;
        int count = 0;
        for (int y = 4; y < n - 4; y++) {
            for (int x = 4; x < n - 4; x++) {
                if (!hole[y * n + x]) {
                    continue;
                }
                for (int c = 0; c < 3; c++) {
                    double a = 0;
                    double b = 0;
                    for (int dy = -4; dy < 4; dy++) {
                        for (int dx = -4; dx < 4; dx++) {
                            int j = ((y + dy) * n + x + dx) * 4 + c;
                            a += result[j];
                            b += truth[j];
                        }
                    }
                    sum += Math.abs(a - b) / 64;
                    count++;
                }
            }
        }
        return sum / count;
    }

    private static float[] erased(float[] truth, boolean[] hole) {
        float[] out = truth.clone();
        for (int i = 0; i < hole.length; i++) {
            if (hole[i]) {
                out[i * 4] = 0f;
                out[i * 4 + 1] = 0f;
                out[i * 4 + 2] = 0f;
            }
        }
        return out;
    }
}
