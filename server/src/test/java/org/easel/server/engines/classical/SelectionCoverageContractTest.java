package org.easel.server.engines.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.JobControl;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The selection is the host's contract (issue 15, PROTOCOL.md "Selections"): an adjustment placed
 * over the source as the plugins place it (a normal layer above) gives
 * {@code coverage × adjusted + (1 − coverage) × original} at every pixel: unselected pixels stay
 * byte-identical, fully selected ones are fully adjusted, with a hard rectangle and with a soft
 * (feathered, elliptical) selection, in every depth the plugins send.
 */
class SelectionCoverageContractTest {
    private static final int W = 48;
    private static final int H = 40;
    private static final List<Adjustment> GREY = List.of(Adjustment.full(AdjustmentKind.GRAYSCALE));

    /** An opaque, colourful source (no channel equal to another). */
    private static Raster source(PixelFormat format) {
        return TestImages.image(0, 0, W, H, format, (x, y) -> new float[] {
            0.15f + 0.7f * x / (W - 1), 0.25f + 0.5f * y / (H - 1), 0.9f - 0.3f * ((x + y) % 5) / 4f, 1f});
    }

    /** A hard rectangle: 255 inside (12, 10, 20, 16), 0 elsewhere. */
    static byte[] hardRectangle() {
        byte[] mask = new byte[W * H];
        for (int y = 10; y < 26; y++) {
            for (int x = 12; x < 32; x++) {
                mask[y * W + x] = (byte) 255;
            }
        }
        return mask;
    }

    /** A soft ellipse as a host makes it after feathering: 255 in the middle, ramping to 0 over 6 px. */
    static byte[] softEllipse() {
        byte[] mask = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double d = Math.hypot((x - 24) / 14.0, (y - 20) / 10.0); // 1 on the ellipse's border
                double v = Math.max(0, Math.min(1, (1.3 - d) / 0.6));
                mask[y * W + x] = (byte) Math.round(255 * v);
            }
        }
        return mask;
    }

    /** The source after the patch is placed above it with normal blending, as Krita and GIMP do it. */
    private static float[] composited(Raster source, Raster patch, int x, int y) {
        float[] below = TestImages.pixel(source, x, y);
        if (!Rect.of(patch).contains(x, y)) {
            return below;
        }
        float[] above = TestImages.pixel(patch, x, y);
        float a = above[3];
        float[] out = new float[4];
        for (int c = 0; c < 3; c++) {
            out[c] = above[c] * a + below[c] * (1 - a);
        }
        out[3] = a + below[3] * (1 - a);
        return out;
    }

    private static float tolerance(PixelFormat format) {
        // One step of the format (twice: the patch's colour and its alpha are each rounded once).
        return switch (format) {
            case RGBA8, BGRA8 -> 2f / 255;
            case RGBA16 -> 2f / 65535;
            default -> 1e-5f;
        };
    }

    private static void assertContract(PixelFormat format, byte[] mask, List<Adjustment> operations) {
        Raster source = source(format);
        Raster selection = new Raster(0, 0, W, H, PixelFormat.A8, mask);
        Raster patch = new ToneEngine().apply(source, selection, W, H, operations, 0, JobControl.NONE);
        Raster everywhere = new ToneEngine().apply(source, null, W, H, operations, 0, JobControl.NONE);
        int unselected = 0;
        int full = 0;
        int partial = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int m = mask[y * W + x] & 0xFF;
                if (m == 0) {
                    unselected++;
                    assertTrue(!Rect.of(patch).contains(x, y)
                                    || TestImages.pixel(patch, x, y)[3] == 0f,
                            format + ": the patch shows at unselected " + x + "," + y);
                    continue;
                }
                float c = m / 255f;
                float[] got = composited(source, patch, x, y);
                float[] original = TestImages.pixel(source, x, y);
                float[] adjusted = TestImages.pixel(everywhere, x, y);
                for (int ch = 0; ch < 3; ch++) {
                    float expected = c * adjusted[ch] + (1 - c) * original[ch];
                    assertEquals(expected, got[ch], tolerance(format),
                            format + " at " + x + "," + y + " coverage " + m + " channel " + ch);
                }
                if (m == 255) {
                    full++;
                    assertArrayEquals(TestImages.pixelBytes(everywhere, x, y), TestImages.pixelBytes(patch, x, y),
                            format + ": a fully selected pixel is fully adjusted, opaque, at " + x + "," + y);
                } else {
                    partial++;
                }
            }
        }
        assertTrue(unselected > 0 && full > 0, "the mask has unselected and fully selected pixels");
        Rect selected = bounds(mask);
        assertEquals(selected, Rect.of(patch), "the patch covers exactly the selected pixels' bounds, no more");
        if (partial > 0) {
            assertTrue(partial > 50, "a soft mask has its soft edge: " + partial);
        }
    }

    private static Rect bounds(byte[] mask) {
        int left = W, top = H, right = 0, bottom = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (mask[y * W + x] != 0) {
                    left = Math.min(left, x);
                    top = Math.min(top, y);
                    right = Math.max(right, x + 1);
                    bottom = Math.max(bottom, y + 1);
                }
            }
        }
        return Rect.fromEdges(left, top, right, bottom);
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "BGRA8", "RGBA16", "RGBAF32"})
    void aHardRectangleChangesExactlyItsPixels(PixelFormat format) {
        assertContract(format, hardRectangle(), GREY);
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "BGRA8", "RGBA16", "RGBAF32"})
    void aSoftSelectionBlendsByItsCoverageAndNothingOutsideChanges(PixelFormat format) {
        assertContract(format, softEllipse(), GREY);
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "RGBA16"})
    void severalAdjustmentsTogetherFollowTheSameCoverage(PixelFormat format) {
        assertContract(format, softEllipse(), List.of(new Adjustment(AdjustmentKind.CONTRAST, 0.5),
                new Adjustment(AdjustmentKind.POSTERIZE, 0.25), new Adjustment(AdjustmentKind.WARMTH, 0.5)));
    }

    /** The per-pixel photo fixes follow the same contract as the older adjustments, in every depth. */
    @ParameterizedTest
    @EnumSource(value = AdjustmentKind.class, names = {"EXPOSURE", "SHADOWS", "HIGHLIGHTS", "CURVE", "TINT",
        "VIBRANCE"})
    void photoFixesFollowTheCoverageExactly(AdjustmentKind kind) {
        for (PixelFormat format : List.of(PixelFormat.RGBA8, PixelFormat.RGBA16, PixelFormat.RGBAF32)) {
            assertContract(format, softEllipse(), List.of(new Adjustment(kind, 0.5)));
            assertContract(format, hardRectangle(), List.of(new Adjustment(kind, -0.5)));
        }
    }

    /** Filters that read neighbours: only where coverage is 0 is the result exactly the original. */
    @ParameterizedTest
    @EnumSource(value = AdjustmentKind.class, names = {"BLUR", "SHARPEN", "VIGNETTE", "CLARITY", "DENOISE",
        "AUTO_LEVELS", "AUTO_CONTRAST", "AUTO_WHITE_BALANCE"})
    void spatialFiltersLeaveUnselectedPixelsByteIdenticalAndReplaceFullySelectedOnes(AdjustmentKind kind) {
        Raster source = source(PixelFormat.RGBA8);
        byte[] mask = softEllipse();
        Raster patch = new ToneEngine().apply(source, new Raster(0, 0, W, H, PixelFormat.A8, mask), W, H,
                List.of(new Adjustment(kind, 0.5)), 0, JobControl.NONE);
        assertEquals(bounds(mask), Rect.of(patch));
        int changed = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int m = mask[y * W + x] & 0xFF;
                if (m == 0 && Rect.of(patch).contains(x, y)) {
                    assertEquals(0, TestImages.pixelBytes(patch, x, y)[3], kind + " shows at unselected " + x + "," + y);
                } else if (m == 255) {
                    assertEquals((byte) 255, TestImages.pixelBytes(patch, x, y)[3], "fully selected is fully replaced");
                    changed += java.util.Arrays.equals(TestImages.pixelBytes(patch, x, y),
                            TestImages.pixelBytes(source, x, y)) ? 0 : 1;
                }
            }
        }
        assertTrue(changed > 0, kind + " changed nothing inside");
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8"})
    void theFeatherOptionStillSoftensTheEdgeWhenAskedFor(PixelFormat format) {
        Raster source = source(format);
        Raster selection = new Raster(0, 0, W, H, PixelFormat.A8, hardRectangle());
        Raster soft = new ToneEngine().apply(source, selection, W, H, GREY, 4, JobControl.NONE);
        assertEquals(new Rect(12, 10, 20, 16).grow(4), Rect.of(soft), "a 4 px feather reaches 4 px outside");
        float inside = TestImages.pixel(soft, 12, 18)[3];
        assertTrue(inside > 0.3f && inside < 0.9f, "the border pixel is only partly changed: " + inside);
    }
}
