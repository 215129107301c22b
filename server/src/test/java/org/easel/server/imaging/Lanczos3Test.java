package org.easel.server.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Lanczos3Test {

    private static FloatImage image(int w, int h, java.util.function.BiFunction<Integer, Integer, float[]> colour) {
        FloatImage image = new FloatImage(0, 0, w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                System.arraycopy(colour.apply(x, y), 0, image.data(), image.offset(x, y), 4);
            }
        }
        return image;
    }

    @Test
    void aFlatImageStaysExactlyFlatAtAnySize() {
        FloatImage flat = image(37, 23, (x, y) -> new float[] {0.3f, 0.6f, 0.9f, 1f});
        for (int[] size : new int[][] {{12, 7}, {80, 51}, {37, 5}}) {
            FloatImage out = Lanczos3.resize(flat, size[0], size[1]);
            for (int p = 0; p < out.data().length; p += 4) {
                assertEquals(0.3f, out.data()[p], 1e-5f);
                assertEquals(0.9f, out.data()[p + 2], 1e-5f);
            }
        }
    }

    @Test
    void reducingAFinePatternAveragesItInsteadOfAliasing() {
        // One-pixel stripes reduced 4:1: a filter that skips pixels would return stripes or a
        // solid colour; an area-correct one returns the mean grey everywhere.
        FloatImage stripes = image(64, 64, (x, y) -> x % 2 == 0 ? new float[] {1, 1, 1, 1} : new float[] {0, 0, 0, 1});
        FloatImage out = Lanczos3.resize(stripes, 16, 16);
        for (int y = 2; y < 14; y++) {
            for (int x = 2; x < 14; x++) {
                assertEquals(0.5f, out.get(x, y, 0), 0.02f, "at " + x + "," + y);
            }
        }
    }

    @Test
    void enlargingKeepsAnEdgeSharperThanBilinear() {
        FloatImage edge = image(16, 4, (x, y) -> x < 8 ? new float[] {0, 0, 0, 1} : new float[] {1, 1, 1, 1});
        FloatImage out = Lanczos3.resize(edge, 64, 4);
        // Bilinear would give 0.375 one output pixel before the edge centre; Lanczos is steeper.
        assertTrue(out.get(30, 1, 0) < 0.3f, "soft edge: " + out.get(30, 1, 0));
        assertTrue(out.get(33, 1, 0) > 0.7f, "soft edge: " + out.get(33, 1, 0));
    }

    @Test
    void transparentPixelsDoNotBleedTheirColour() {
        // Left half opaque red, right half fully transparent "green" (garbage colour).
        FloatImage half = image(32, 8, (x, y) -> x < 16 ? new float[] {1, 0, 0, 1} : new float[] {0, 1, 0, 0});
        FloatImage out = Lanczos3.resize(half, 16, 4);
        for (int x = 0; x < 16; x++) {
            if (out.get(x, 1, 3) > 0.05f) {
                assertTrue(out.get(x, 1, 1) < 0.02f, "green bled in at " + x + ": " + out.get(x, 1, 1));
            }
        }
    }

    @Test
    void inLinearLightFineDetailKeepsItsBrightness() {
        FloatImage stripes = image(64, 64, (x, y) -> x % 2 == 0 ? new float[] {1, 1, 1, 1} : new float[] {0, 0, 0, 1});
        FloatImage out = Lanczos3.resizeLinearLight(stripes, 16, 16);
        // Half the light of white is sRGB 0.735, not 0.5.
        assertEquals(0.735f, out.get(8, 8, 0), 0.01f);
        FloatImage flat = image(20, 20, (x, y) -> new float[] {0.2f, 0.5f, 0.8f, 1f});
        assertEquals(0.5f, Lanczos3.resizeLinearLight(flat, 9, 9).get(4, 4, 1), 1e-4f, "flat colours survive");
    }
}
