package org.easel.server.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColourDriftTest {
    static final int W = 20;
    static final int H = 10;

    /** Left half the hole (new content), right half known. */
    static boolean[] leftHalf() {
        boolean[] hole = new boolean[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W / 2; x++) {
                hole[y * W + x] = true;
            }
        }
        return hole;
    }

    static FloatImage filled(float[] left, float[] right) {
        FloatImage image = new FloatImage(0, 0, W, H);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                float[] rgb = x < W / 2 ? left : right;
                int i = (y * W + x) * 4;
                System.arraycopy(rgb, 0, image.data(), i, 3);
                image.data()[i + 3] = 1f;
            }
        }
        return image;
    }

    @Test
    void aShiftOutsideTheHoleIsTakenOutOfTheNewContent() {
        FloatImage original = filled(new float[] {0.5f, 0.5f, 0.5f}, new float[] {0.2f, 0.4f, 0.6f});
        // The model drew red content in the hole and drifted everything by +0.04 red, −0.02 blue.
        FloatImage generated = filled(new float[] {0.84f, 0.1f, 0.08f}, new float[] {0.24f, 0.4f, 0.58f});
        ColourDrift.correct(generated, original, leftHalf(), 3);
        assertEquals(0.80f, generated.get(2, 5, 0), 1e-5);
        assertEquals(0.10f, generated.get(2, 5, 1), 1e-5);
        assertEquals(0.10f, generated.get(2, 5, 2), 1e-5);
        assertEquals(0.20f, generated.get(15, 5, 0), 1e-5, "outside too, where the patch's soft edge shows it");
    }

    @Test
    void aDifferenceTooLargeForDriftIsOnlyPartlyCorrected() {
        FloatImage original = filled(new float[] {0.5f, 0.5f, 0.5f}, new float[] {0.2f, 0.2f, 0.2f});
        FloatImage generated = filled(new float[] {0.9f, 0.9f, 0.9f}, new float[] {0.6f, 0.2f, 0.2f});
        ColourDrift.correct(generated, original, leftHalf(), 3);
        assertEquals(0.9f - ColourDrift.MAX_SHIFT, generated.get(2, 5, 0), 1e-5);
    }

    @Test
    void withNothingKnownAroundTheHoleNothingChanges() {
        FloatImage original = filled(new float[] {0.5f, 0.5f, 0.5f}, new float[] {0.2f, 0.2f, 0.2f});
        FloatImage generated = filled(new float[] {0.9f, 0.9f, 0.9f}, new float[] {0.6f, 0.6f, 0.6f});
        boolean[] everything = new boolean[W * H];
        java.util.Arrays.fill(everything, true);
        ColourDrift.correct(generated, original, everything, 3);
        assertEquals(0.9f, generated.get(2, 5, 0), 1e-6);
    }
}
