package org.easel.server.engines.classical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.EditRejectedException;
import org.easel.server.engines.JobControl;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.easel.server.imaging.Srgb;
import org.junit.jupiter.api.Test;

/** The photo fixes on known images, with the numbers they must reach. */
class PhotoFixesTest {
    private static final int W = 64;
    private static final int H = 48;
    private final ToneEngine engine = new ToneEngine();

    private Raster apply(Raster image, Raster selection, AdjustmentKind kind, double amount) {
        return engine.apply(image, selection, image.width(), image.height(), List.of(new Adjustment(kind, amount)), 0,
                JobControl.NONE);
    }

    private static Raster solid(PixelFormat format, float r, float g, float b) {
        return TestImages.image(0, 0, W, H, format, (x, y) -> new float[] {r, g, b, 1f});
    }

    /** A cast multiplies light per channel, as a wrong white balance in the camera does. */
    private static float cast(float encoded, float gain) {
        return Srgb.encode(Srgb.decode(encoded) * gain);
    }

    @Test
    void autoWhiteBalanceBringsAColourCastGreyCardBackToNeutral() {
        // A grey card (and a grey step wedge beside it) photographed under warm light.
        float[] greys = {0.25f, 0.4f, 0.5f, 0.6f, 0.75f};
        Raster warm = TestImages.image(0, 0, W, H, PixelFormat.RGBA8, (x, y) -> {
            float grey = greys[x * greys.length / W];
            return new float[] {cast(grey, 1.25f), cast(grey, 1f), cast(grey, 0.7f), 1f};
        });
        float[] before = TestImages.pixel(warm, W / 2, H / 2);
        assertTrue((before[0] - before[2]) * 255 > 30, "the card starts visibly yellow");
        Raster balanced = apply(warm, null, AdjustmentKind.AUTO_WHITE_BALANCE, 1);
        for (int x = 0; x < W; x += 7) {
            float[] p = TestImages.pixel(balanced, x, H / 2);
            assertEquals(p[1], p[0], 2f / 255, "red matches green at x=" + x);
            assertEquals(p[1], p[2], 2f / 255, "blue matches green at x=" + x);
        }
    }

    @Test
    void autoWhiteBalanceMeasuresOnlyTheSelection() {
        // Left half: a neutral grey card under a blue cast. Right half: a saturated red wall.
        Raster image = TestImages.image(0, 0, W, H, PixelFormat.RGBA8, (x, y) -> x < W / 2
                ? new float[] {cast(0.5f, 0.8f), 0.5f, cast(0.5f, 1.3f), 1f} : new float[] {0.9f, 0.1f, 0.1f, 1f});
        Raster card = TestImages.mask(new Rect(0, 0, W, H), new Rect(0, 0, W / 2, H));
        Raster patch = apply(image, card, AdjustmentKind.AUTO_WHITE_BALANCE, 1);
        float[] p = TestImages.pixel(patch, 5, 5);
        assertEquals(p[1], p[0], 2f / 255, "the selected card is neutral");
        assertEquals(p[1], p[2], 2f / 255, "the selected card is neutral");
        assertEquals(new Rect(0, 0, W / 2, H), Rect.of(patch), "the red wall is not touched");
    }

    @Test
    void exposureOfOneStopDoublesTheLight() {
        Raster out = apply(solid(PixelFormat.RGBA16, Srgb.encode(0.1f), Srgb.encode(0.2f), Srgb.encode(0.3f)), null,
                AdjustmentKind.EXPOSURE, 0.5);   // 0.5 × 2 stops
        float[] p = TestImages.pixel(out, 3, 3);
        assertEquals(0.2f, Srgb.decode(p[0]), 1e-3f);
        assertEquals(0.4f, Srgb.decode(p[1]), 1e-3f);
        assertEquals(0.6f, Srgb.decode(p[2]), 1e-3f);
    }

    @Test
    void floatExposureKeepsValuesAboveWhite() {
        float[] p = TestImages.pixel(apply(solid(PixelFormat.RGBAF32, 0.9f, 0.9f, 0.9f), null,
                AdjustmentKind.EXPOSURE, 0.5), 1, 1);
        assertTrue(p[0] > 1.2f, "HDR headroom is kept in float: " + p[0]);
    }

    /** Luma of a grey after the adjustment. */
    private float greyAfter(float grey, AdjustmentKind kind, double amount) {
        return TestImages.pixel(apply(solid(PixelFormat.RGBAF32, grey, grey, grey), null, kind, amount), 1, 1)[0];
    }

    @Test
    void openingTheShadowsLiftsDarkTonesAndLeavesHighlights() {
        assertTrue(greyAfter(0.2f, AdjustmentKind.SHADOWS, 0.5) > 0.3f, "a dark grey is lifted by over 0.1");
        assertEquals(0.95f, greyAfter(0.95f, AdjustmentKind.SHADOWS, 0.5), 0.003f, "a highlight barely moves");
        assertEquals(1f, greyAfter(1f, AdjustmentKind.SHADOWS, 1), 1e-6f, "white stays white");
        assertEquals(0f, greyAfter(0f, AdjustmentKind.SHADOWS, 1), 1e-6f, "black stays black");
    }

    @Test
    void recoveringHighlightsDarkensBrightTonesAndLeavesShadows() {
        assertTrue(greyAfter(0.85f, AdjustmentKind.HIGHLIGHTS, -0.5) < 0.8f, "a bright grey comes down");
        assertEquals(0.1f, greyAfter(0.1f, AdjustmentKind.HIGHLIGHTS, -0.5), 0.01f, "a shadow barely moves");
    }

    @Test
    void everyToneCurveStaysMonotonicAtFullStrength() {
        for (AdjustmentKind kind : List.of(AdjustmentKind.SHADOWS, AdjustmentKind.HIGHLIGHTS, AdjustmentKind.CURVE)) {
            for (double amount : new double[] {-1, 1}) {
                float previous = -1f;
                for (int i = 0; i <= 50; i++) {
                    float out = greyAfter(i / 50f, kind, amount);
                    assertTrue(out >= previous, kind + " " + amount + " inverts tones at " + i / 50f);
                    previous = out;
                }
            }
        }
    }

    @Test
    void anSCurveDarkensShadowsBrightensHighlightsAndKeepsMidGrey() {
        assertTrue(greyAfter(0.25f, AdjustmentKind.CURVE, 0.25) < 0.22f);
        assertTrue(greyAfter(0.75f, AdjustmentKind.CURVE, 0.25) > 0.78f);
        assertEquals(0.5f, greyAfter(0.5f, AdjustmentKind.CURVE, 0.5), 1e-5f);
    }

    @Test
    void autoLevelsStretchesAFlatImageToTheFullRange() {
        // A gradient that only spans 0.3..0.6: a hazy, flat photo.
        Raster flat = TestImages.image(0, 0, W, H, PixelFormat.RGBA8,
                (x, y) -> { float v = 0.3f + 0.3f * x / (W - 1); return new float[] {v, v * 0.9f, v * 0.8f, 1f}; });
        for (AdjustmentKind kind : List.of(AdjustmentKind.AUTO_LEVELS, AdjustmentKind.AUTO_CONTRAST)) {
            Raster out = apply(flat, null, kind, 1);
            float[] darkest = TestImages.pixel(out, 0, 5);
            float[] lightest = TestImages.pixel(out, W - 1, 5);
            float lowest = Math.min(darkest[0], Math.min(darkest[1], darkest[2]));
            float highest = Math.max(lightest[0], Math.max(lightest[1], lightest[2]));
            assertTrue(lowest <= 2f / 255, kind + " reaches black: " + lowest);
            assertTrue(highest >= 253f / 255, kind + " reaches white: " + highest);
        }
        float[] mid = TestImages.pixel(apply(flat, null, AdjustmentKind.AUTO_LEVELS, 1), W / 2, 5);
        assertEquals(mid[0], mid[2], 4f / 255, "auto levels stretches each channel, so the brown tint goes (8-bit steps)");
        float[] kept = TestImages.pixel(apply(flat, null, AdjustmentKind.AUTO_CONTRAST, 1), W / 2, 5);
        assertTrue(kept[0] - kept[2] > 20f / 255, "auto contrast keeps the colours");
    }

    @Test
    void vibranceLiftsMutedColoursMoreThanVividOnesAndSparesSkin() {
        float mutedGain = chroma(apply(solid(PixelFormat.RGBAF32, 0.45f, 0.5f, 0.55f), null, AdjustmentKind.VIBRANCE, 0.5))
                / chroma(solid(PixelFormat.RGBAF32, 0.45f, 0.5f, 0.55f));
        float vividGain = chroma(apply(solid(PixelFormat.RGBAF32, 0.1f, 0.3f, 0.9f), null, AdjustmentKind.VIBRANCE, 0.5))
                / chroma(solid(PixelFormat.RGBAF32, 0.1f, 0.3f, 0.9f));
        assertTrue(mutedGain > 1.8f && vividGain < 1.25f, "muted ×" + mutedGain + ", vivid ×" + vividGain);
        Raster skin = solid(PixelFormat.RGBAF32, 0.85f, 0.65f, 0.55f);
        Raster sky = solid(PixelFormat.RGBAF32, 0.55f, 0.65f, 0.85f);   // the same saturation, not skin
        float skinGain = chroma(apply(skin, null, AdjustmentKind.VIBRANCE, 0.5)) / chroma(skin);
        float skyGain = chroma(apply(sky, null, AdjustmentKind.VIBRANCE, 0.5)) / chroma(sky);
        assertTrue(skinGain < skyGain - 0.2f, "skin ×" + skinGain + " vs sky ×" + skyGain);
    }

    private static float chroma(Raster image) {
        float[] p = TestImages.pixel(image, 1, 1);
        return Math.max(p[0], Math.max(p[1], p[2])) - Math.min(p[0], Math.min(p[1], p[2]));
    }

    @Test
    void tintTowardsGreenCorrectsAMagentaCast() {
        float[] p = TestImages.pixel(apply(solid(PixelFormat.RGBAF32, 0.55f, 0.45f, 0.55f), null,
                AdjustmentKind.TINT, -0.5), 1, 1);
        assertTrue(Math.abs(p[1] - p[0]) < 0.03f, "green caught up with red and blue: " + java.util.Arrays.toString(p));
    }

    @Test
    void clarityRaisesLocalContrastInTheMidtones() {
        // Low-contrast mid-grey texture: 4 px tiles a little lighter or darker.
        Raster soft = TestImages.image(0, 0, W, H, PixelFormat.RGBAF32, (x, y) -> {
            float v = ((x / 4 + y / 4) % 2 == 0) ? 0.46f : 0.54f;
            return new float[] {v, v, v, 1f};
        });
        Raster out = apply(soft, null, AdjustmentKind.CLARITY, 0.5);
        assertTrue(spread(out) > 1.3f * spread(soft), "local contrast " + spread(soft) + " → " + spread(out));
        float flat = TestImages.pixel(apply(solid(PixelFormat.RGBAF32, 0.4f, 0.4f, 0.4f), null,
                AdjustmentKind.CLARITY, 1), W / 2, H / 2)[0];
        assertEquals(0.4f, flat, 1e-4f, "a flat area has no detail to add");
    }

    private static float spread(Raster image) {
        float min = 1f;
        float max = 0f;
        for (int y = 8; y < H - 8; y++) {
            for (int x = 8; x < W - 8; x++) {
                float v = TestImages.pixel(image, x, y)[0];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max - min;
    }

    /** A clean test picture: a smooth gradient, a hard-edged square and a thin line. */
    private static float[] clean(int x, int y) {
        float v = 0.2f + 0.5f * x / W;
        if (x > 20 && x < 44 && y > 12 && y < 36) {
            v = 0.85f;
        }
        if (y == 40) {
            v = 0.05f;
        }
        return new float[] {v, v * 0.9f + 0.05f, 0.6f - v * 0.3f, 1f};
    }

    /** Measured: 26.0 dB noisy (σ = 0.05), 36.9 dB after "denoise" (amount 0.25), on 16-bit. */
    @Test
    void denoiseRaisesPsnrAgainstTheCleanOriginalAndKeepsEdges() {
        Random random = new Random(16);
        float sigma = 0.05f;
        Raster original = TestImages.image(0, 0, W, H, PixelFormat.RGBA16, PhotoFixesTest::clean);
        float[][] noise = new float[W * H][3];
        for (float[] n : noise) {
            for (int c = 0; c < 3; c++) {
                n[c] = (float) random.nextGaussian() * sigma;
            }
        }
        Raster noisy = TestImages.image(0, 0, W, H, PixelFormat.RGBA16, (x, y) -> {
            float[] p = clean(x, y);
            for (int c = 0; c < 3; c++) {
                p[c] = Math.max(0f, Math.min(1f, p[c] + noise[y * W + x][c]));
            }
            return p;
        });
        double before = psnr(original, noisy);
        Raster denoised = apply(noisy, null, AdjustmentKind.DENOISE, 0.25);
        double after = psnr(original, denoised);
        assertTrue(after - before >= 9.0, String.format("PSNR %.2f dB → %.2f dB", before, after));
        // The square's edge stays a step: across it the value still jumps by most of the original's.
        float inside = TestImages.pixel(denoised, 22, 24)[0];
        float outside = TestImages.pixel(denoised, 19, 24)[0];
        assertTrue(inside - outside > 0.8f * (0.85f - (0.2f + 0.5f * 19 / W)), "edge kept: " + (inside - outside));
    }

    static double psnr(Raster a, Raster b) {
        double sum = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                float[] p = TestImages.pixel(a, x, y);
                float[] q = TestImages.pixel(b, x, y);
                for (int c = 0; c < 3; c++) {
                    sum += (p[c] - q[c]) * (p[c] - q[c]);
                }
            }
        }
        return 10 * Math.log10(1.0 / (sum / (W * H * 3)));
    }

    @Test
    void redEyeTurnsTheSelectedPupilDarkAndLeavesTheRestAlone() {
        // A red pupil on skin; the selection is a loose square around the pupil.
        Raster face = TestImages.image(0, 0, W, H, PixelFormat.RGBA8, (x, y) -> {
            boolean pupil = (x - 20) * (x - 20) + (y - 20) * (y - 20) < 16;
            return pupil ? new float[] {0.8f, 0.1f, 0.12f, 1f} : new float[] {0.85f, 0.65f, 0.55f, 1f};
        });
        Raster eye = TestImages.mask(new Rect(0, 0, W, H), new Rect(14, 14, 13, 13));
        Raster patch = apply(face, eye, AdjustmentKind.RED_EYE, 1);
        float[] pupil = TestImages.pixel(patch, 20, 20);
        assertEquals(0.11f, pupil[0], 3f / 255, "red became the mean of green and blue");
        assertTrue(java.util.Arrays.equals(TestImages.pixelBytes(face, 15, 15), TestImages.pixelBytes(patch, 15, 15)),
                "skin inside the selection keeps its colour");
        assertEquals(new Rect(14, 14, 13, 13), Rect.of(patch), "nothing outside the selection");
    }

    @Test
    void redEyeWithoutASelectionIsRefusedWithTheWayToDoIt() {
        EditRejectedException e = assertThrows(EditRejectedException.class,
                () -> apply(solid(PixelFormat.RGBA8, 0.8f, 0.1f, 0.1f), null, AdjustmentKind.RED_EYE, 1));
        assertTrue(e.getMessage().contains("select the eyes"), e.getMessage());
    }
}
