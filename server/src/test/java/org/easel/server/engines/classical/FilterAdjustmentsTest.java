package org.easel.server.engines.classical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.JobControl;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.junit.jupiter.api.Test;

/** Hue, sepia, posterize, blur, sharpen and vignette, each on the whole layer and on a soft selection. */
class FilterAdjustmentsTest {
    private static final int W = 48;
    private static final int H = 40;
    private final ToneEngine engine = new ToneEngine();

    private Raster apply(Raster image, Raster selection, AdjustmentKind kind, double amount) {
        return engine.apply(image, selection, W, H, List.of(new Adjustment(kind, amount)), 4, JobControl.NONE);
    }

    private static Raster solid(float r, float g, float b) {
        return TestImages.image(0, 0, W, H, PixelFormat.RGBAF32, (x, y) -> new float[] {r, g, b, 1f});
    }

    /** Left half dark, right half light: an edge down the middle. */
    private static Raster edge() {
        return TestImages.image(0, 0, W, H, PixelFormat.RGBAF32,
                (x, y) -> x < W / 2 ? new float[] {0.2f, 0.2f, 0.2f, 1f} : new float[] {0.8f, 0.8f, 0.8f, 1f});
    }

    @Test
    void sepiaTurnsGreyWarmBrown() {
        float[] p = TestImages.pixel(apply(solid(0.5f, 0.5f, 0.5f), null, AdjustmentKind.SEPIA, 1), 5, 5);
        assertTrue(p[0] > p[1] && p[1] > p[2], "sepia is red > green > blue: " + java.util.Arrays.toString(p));
    }

    @Test
    void hueHalfTurnMakesRedCyan() {
        float[] p = TestImages.pixel(apply(solid(0.8f, 0.2f, 0.2f), null, AdjustmentKind.HUE, 1), 5, 5);
        assertTrue(p[1] > p[0] && p[2] > p[0], "red turned towards cyan: " + java.util.Arrays.toString(p));
        float[] grey = TestImages.pixel(apply(solid(0.4f, 0.4f, 0.4f), null, AdjustmentKind.HUE, 0.5), 5, 5);
        assertEquals(grey[0], grey[1], 1e-3f, "grey stays grey");
        assertEquals(grey[1], grey[2], 1e-3f, "grey stays grey");
    }

    @Test
    void posterizeLeavesFewLevels() {
        Raster out = apply(TestImages.colourful(0, 0, W, H, PixelFormat.RGBA8), null, AdjustmentKind.POSTERIZE, 0.25);
        Set<Integer> reds = new HashSet<>();
        for (int i = 0; i < W * H; i++) {
            reds.add(out.pixels()[i * 4] & 0xFF);
        }
        assertTrue(reds.size() <= 8, "8 levels at most, got " + reds);
        assertTrue(reds.size() >= 3, "still several levels, got " + reds);
    }

    @Test
    void blurSoftensTheEdgeAndSharpenSteepensIt() {
        float dark = TestImages.pixel(edge(), W / 2 - 1, 20)[0];
        float blurred = TestImages.pixel(apply(edge(), null, AdjustmentKind.BLUR, 0.5), W / 2 - 1, 20)[0];
        float sharpened = TestImages.pixel(apply(edge(), null, AdjustmentKind.SHARPEN, 0.5), W / 2 - 1, 20)[0];
        assertTrue(blurred > dark + 0.05f, "blur mixes the light side in: " + blurred);
        assertTrue(sharpened < dark - 0.05f, "sharpen darkens the dark side of the edge: " + sharpened);
    }

    @Test
    void blurInsideASelectionReadsItsSurroundingsButChangesOnlyTheSelection() {
        Raster selection = TestImages.mask(new Rect(0, 0, W, H), new Rect(W / 2 - 6, 10, 12, 20));
        Raster patch = apply(edge(), selection, AdjustmentKind.BLUR, 0.5);
        assertEquals(new Rect(W / 2 - 6, 10, 12, 20).grow(4), Rect.of(patch),
                "the patch covers the feathered selection, not the layer");
        assertTrue(TestImages.pixel(patch, patch.x(), patch.y())[3] < 0.01f, "transparent at the feather's edge");
        float inside = TestImages.pixel(patch, W / 2 - 1, 20)[0];
        assertTrue(inside > 0.25f, "blurred with the pixels beside it: " + inside);
    }

    @Test
    void vignetteDarkensCornersMoreThanTheCentre() {
        Raster out = apply(solid(0.8f, 0.8f, 0.8f), null, AdjustmentKind.VIGNETTE, 0.5);
        float centre = TestImages.pixel(out, W / 2, H / 2)[0];
        float corner = TestImages.pixel(out, 0, 0)[0];
        assertEquals(0.8f, centre, 1e-3f);
        assertTrue(corner < 0.5f, "corner darkened: " + corner);
    }
}
