package org.easel.server.engines.classical.fill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.easel.server.engines.JobControl;
import org.junit.jupiter.api.Test;

/**
 * The fill against ground truth: each generated image has a hole cut out, the fill's error inside
 * the hole is measured against the pixels that were there, and compared with the naive fills
 * (mean colour; diffusion from the border) on the same input.
 *
 * <p>Thresholds (mean absolute RGB error, 0..1 scale): periodic texture below 0.02, straight edge
 * below 0.025, sky-like gradient below 0.012; and at most half the error of the better naive fill
 * on the texture and the edge, less than either naive fill on the gradient. BENCHMARKS.md quotes
 * the measured values.
 */
class PatchMatchFillTest {
    private static final int N = FillImages.SIZE;

    private record Errors(double patchMatch, double diffusion, double mean) {
    }

    private static Errors errors(FillImages.Colour colour, boolean[] hole) {
        float[] truth = FillImages.image(N, N, colour);
        float[] filled = withGarbageInHole(truth, hole);
        new PatchMatchFill(1).fill(filled, hole, N, N, JobControl.NONE);
        float[] diffused = withGarbageInHole(truth, hole);
        DiffusionFill.fill(diffused, hole, N, N);
        float[] meaned = withGarbageInHole(truth, hole);
        FillImages.meanFill(meaned, hole);
        Errors e = new Errors(FillImages.holeError(filled, truth, hole), FillImages.holeError(diffused, truth, hole),
                FillImages.holeError(meaned, truth, hole));
        return e;
    }

    /** The fill must not peek at what was in the hole. */
    private static float[] withGarbageInHole(float[] truth, boolean[] hole) {
        float[] copy = truth.clone();
        for (int i = 0; i < hole.length; i++) {
            if (hole[i]) {
                copy[i * 4] = 1f;
                copy[i * 4 + 1] = 0f;
                copy[i * 4 + 2] = 1f;
            }
        }
        return copy;
    }

    @Test
    void periodicTextureContinuesAcrossTheHole() {
        Errors e = errors(FillImages::bricks, FillImages.rectangleHole(N, N, 64, 60, 56, 56));
        assertTrue(e.patchMatch < 0.02, "texture error " + e);
        assertTrue(e.patchMatch < 0.5 * Math.min(e.diffusion, e.mean), "texture: not clearly better than naive " + e);
    }

    @Test
    void straightEdgeContinuesAcrossTheHole() {
        Errors e = errors(FillImages::slantedEdge, FillImages.rectangleHole(N, N, 70, 60, 50, 50));
        assertTrue(e.patchMatch < 0.025, "edge error " + e);
        assertTrue(e.patchMatch < 0.5 * Math.min(e.diffusion, e.mean), "edge: not clearly better than naive " + e);
    }

    @Test
    void smoothGradientStaysSmooth() {
        Errors e = errors(FillImages::gradient, FillImages.rectangleHole(N, N, 70, 70, 50, 50));
        assertTrue(e.patchMatch < 0.012, "gradient error " + e);
        assertTrue(e.patchMatch < Math.min(e.diffusion, 0.5 * e.mean), "gradient: not better than naive " + e);
    }

    @Test
    void knownPixelsAreNeverTouchedAndTheResultIsRepeatable() {
        boolean[] hole = FillImages.rectangleHole(N, N, 40, 40, 30, 30);
        float[] truth = FillImages.image(N, N, FillImages::bricks);
        float[] first = truth.clone();
        new PatchMatchFill(7).fill(first, hole, N, N, JobControl.NONE);
        float[] second = truth.clone();
        new PatchMatchFill(7).fill(second, hole, N, N, JobControl.NONE);
        assertArrayEquals(first, second);
        for (int i = 0; i < hole.length; i++) {
            if (!hole[i]) {
                for (int c = 0; c < 4; c++) {
                    assertTrue(first[i * 4 + c] == truth[i * 4 + c], "known pixel " + i + " changed");
                }
            }
        }
    }
}
