package org.easel.server.engines.classical.fill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.easel.protocol.PixelFormat;
import org.easel.server.engines.EditRejectedException;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.classical.Extension;
import org.easel.server.imaging.CreatedPixelsEdge;
import org.easel.server.imaging.FloatImage;
import org.easel.server.imaging.PixelCodec;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.junit.jupiter.api.Test;

/** The fill and extension engines end to end: wire-format rasters in, patches out. */
class FillEngineTest {
    private static final int N = 160;
    /** The mean colour of the bricks texture, roughly: the naive flat fill. */
    private static final float[] FLAT = {0.65f, 0.35f, 0.25f};

    private static Raster bricks(PixelFormat format, int width, int height) {
        return new FloatImage(0, 0, width, height, FillImages.image(width, height, FillImages::bricks)).encode(format);
    }

    private static Raster mask(int canvasW, int canvasH, Rect selected) {
        byte[] m = new byte[canvasW * canvasH];
        for (int y = selected.y(); y < selected.bottom(); y++) {
            for (int x = selected.x(); x < selected.right(); x++) {
                m[y * canvasW + x] = (byte) 255;
            }
        }
        return new Raster(0, 0, canvasW, canvasH, PixelFormat.A8, m);
    }

    /** The source with the patch composited over it (straight-alpha "over"), in the source's format. */
    private static Raster compositeOver(Raster source, Raster patch) {
        FloatImage base = FloatImage.read(source, Rect.of(source));
        FloatImage top = FloatImage.read(patch, Rect.of(patch));
        float[] b = base.data();
        for (int y = patch.y(); y < patch.bottom(); y++) {
            for (int x = patch.x(); x < patch.right(); x++) {
                int bi = base.offset(x, y);
                int ti = top.offset(x, y);
                float a = top.data()[ti + 3];
                if (a == 0f) {
                    continue;
                }
                for (int c = 0; c < 3; c++) {
                    b[bi + c] = top.data()[ti + c] * a + b[bi + c] * (1 - a);
                }
            }
        }
        return base.encode(source.format());
    }

    /** Every byte of every pixel outside {@code reach} is the source's. */
    private static void assertUnchangedOutside(Raster source, Raster result, Rect reach) {
        int bpp = source.format().bytesPerPixel();
        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                if (!reach.contains(x, y)) {
                    int i = (y * N + x) * bpp;
                    for (int k = 0; k < bpp; k++) {
                        assertEquals(source.pixels()[i + k], result.pixels()[i + k], source.format().wireName()
                                + ": pixel " + x + "," + y + " outside the selection changed");
                    }
                }
            }
        }
    }

    /** Mean absolute RGB error of {@code result} against the bricks over {@code area}. */
    private static double bricksError(Raster result, Rect area) {
        FloatImage image = FloatImage.read(result, Rect.of(result));
        float[] truth = FillImages.image(N, N, FillImages::bricks);
        double error = 0;
        int n = 0;
        for (int y = area.y(); y < area.bottom(); y++) {
            for (int x = area.x(); x < area.right(); x++) {
                for (int c = 0; c < 3; c++) {
                    error += Math.abs(image.get(x, y, c) - truth[(y * N + x) * 4 + c]);
                    n++;
                }
            }
        }
        return error / n;
    }

    @Test
    void pixelsOutsideTheSelectionAreByteIdenticalAndTheHoleIsRebuilt() {
        for (PixelFormat format : new PixelFormat[] {PixelFormat.RGBA8, PixelFormat.RGBA16, PixelFormat.RGBAF32}) {
            Raster source = bricks(format, N, N);
            Rect selected = new Rect(60, 50, 40, 40);
            int feather = 4;
            Raster patch = new FillEngine().fill(source, mask(N, N, selected), N, N, feather, 3, JobControl.NONE);
            assertEquals(format, patch.format(), "the patch keeps the document's depth");
            Raster result = compositeOver(source, patch);
            assertUnchangedOutside(source, result, selected.grow(CreatedPixelsEdge.GROW_PX + feather));
            double error = bricksError(result, selected);
            assertTrue(error < 0.03, format.wireName() + ": hole error " + error);
        }
    }

    @Test
    void aLargeContextIsFilledReducedAndEnlargedBackWithoutTouchingTheRest() {
        Raster source = bricks(PixelFormat.RGBA16, N, N);
        Rect selected = new Rect(50, 50, 50, 50);
        Raster patch = new FillEngine(96).fill(source, mask(N, N, selected), N, N, 2, 4, JobControl.NONE);
        Raster result = compositeOver(source, patch);
        assertUnchangedOutside(source, result, selected.grow(CreatedPixelsEdge.GROW_PX + 2));
        double error = bricksError(result, selected);
        double flatError = bricksError(new FloatImage(0, 0, N, N,
                FillImages.image(N, N, (x, y, rgb) -> System.arraycopy(FLAT, 0, rgb, 0, 3))).encode(PixelFormat.RGBA16),
                selected);
        // Measured 0.13 against 0.17 for the flat fill, where a full-size fill gets below 0.03: at
        // a reduced size the 2 px mortar lines blur and the bricks' layout breaks up in the hole.
        // This path only runs for holes whose context exceeds the working size (768 px).
        assertTrue(error < 0.15, "reduced fill error " + error);
        assertTrue(error < flatError, "no better than a flat fill: " + error + " vs " + flatError);
    }

    @Test
    void aSelectionAtTheCanvasEdgeIsContinuedOutward() {
        Raster source = bricks(PixelFormat.RGBA8, N, N);
        Rect selected = new Rect(N - 30, 40, 30, 50);
        Raster patch = new FillEngine().fill(source, mask(N, N, selected), N, N, 0, 2, JobControl.NONE);
        double error = bricksError(compositeOver(source, patch), selected);
        assertTrue(error < 0.05, "edge hole error " + error);
    }

    @Test
    void sixteenBitDetailSurvivesTheRoundTrip() {
        // Values that 8 bits cannot hold: a 16-bit fill must come back at 16 bits, unquantised.
        Raster source = new FloatImage(0, 0, N, N, FillImages.image(N, N, (x, y, rgb) -> {
            rgb[0] = 0.5f + (x % 7) / 65535f;
            rgb[1] = 0.25f + (y % 5) / 65535f;
            rgb[2] = 0.75f;
        })).encode(PixelFormat.RGBA16);
        Raster patch = new FillEngine().fill(source, mask(N, N, new Rect(70, 70, 20, 20)), N, N, 0, 1, JobControl.NONE);
        assertEquals(PixelFormat.RGBA16, patch.format());
        float[] px = new float[4];
        boolean between8BitLevels = false;
        for (int i = 0; i < patch.width() * patch.height(); i++) {
            PixelCodec.of(PixelFormat.RGBA16).decode(patch.pixels(), i, 1, px, 0);
            if (px[3] > 0 && Math.abs(px[0] * 255 - Math.round(px[0] * 255)) > 1e-3) {
                between8BitLevels = true;
            }
        }
        assertTrue(between8BitLevels, "the filled values were quantised to 8 bits");
    }

    @Test
    void cancellingStopsTheFillPartWay() {
        Raster source = bricks(PixelFormat.RGBA8, N, N);
        java.util.List<String> stages = new java.util.ArrayList<>();
        JobControl control = new JobControl() {
            @Override
            public void progress(int step, int steps, String stage) {
                stages.add(stage);
            }

            @Override
            public void checkCancelled() {
                // Cancelled as soon as the first scale is filled: the finer ones must not run.
                if (stages.contains("filling")) {
                    throw new org.easel.server.engines.CancelledException();
                }
            }
        };
        assertThrows(org.easel.server.engines.CancelledException.class, () -> new FillEngine()
                .fill(source, mask(N, N, new Rect(60, 60, 40, 40)), N, N, 4, 1, control));
        assertTrue(stages.contains("filling"), "reported filling progress before the cancel: " + stages);
        assertTrue(!stages.contains("compositing"), "ran to the end despite the cancel: " + stages);
    }

    @Test
    void refusesWithoutASelection() {
        Raster source = bricks(PixelFormat.RGBA8, N, N);
        EditRejectedException e = assertThrows(EditRejectedException.class,
                () -> new FillEngine().fill(source, null, N, N, 4, 1, JobControl.NONE));
        assertTrue(e.getMessage().contains("Select what to remove"), e.getMessage());
        assertThrows(EditRejectedException.class,
                () -> new FillEngine().fill(source, mask(N, N, new Rect(0, 0, N, N)), N, N, 4, 1, JobControl.NONE));
    }

    @Test
    void extendingContinuesAPeriodicTexture() {
        int w = 128;
        int h = 96;
        int extra = 40;
        Raster source = bricks(PixelFormat.RGBA8, w, h);
        ExtendEngine.Extended out = new ExtendEngine().extend(source, w, h,
                new Extension(Extension.Amount.NONE, Extension.Amount.NONE, Extension.Amount.px(extra),
                        Extension.Amount.NONE), 5, JobControl.NONE);
        assertEquals(w + extra, out.canvasWidth());
        assertEquals(h, out.canvasHeight());
        assertEquals(0, out.offsetX());
        assertEquals(new Rect(w, 0, extra, h), Rect.of(out.patch()));
        FloatImage strip = FloatImage.read(out.patch(), Rect.of(out.patch()));
        float[] truth = FillImages.image(w + extra, h, FillImages::bricks);
        float[] naive = new float[3];
        double error = 0;
        double naiveError = 0;
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = w; x < w + extra; x++) {
                for (int c = 0; c < 3; c++) {
                    float expected = truth[(y * (w + extra) + x) * 4 + c];
                    error += Math.abs(strip.get(x, y, c) - expected);
                    // The naive extension repeats the last column.
                    naive[c] = truth[(y * (w + extra) + w - 1) * 4 + c];
                    naiveError += Math.abs(naive[c] - expected);
                    n++;
                }
                assertEquals(1f, strip.get(x, y, 3), 1e-6f, "the new strip is opaque");
            }
        }
        assertTrue(error / n < 0.05, "the bricks' period was not continued: error " + error / n);
        assertTrue(error < 0.5 * naiveError, "not clearly better than repeating the edge: " + error / n
                + " vs " + naiveError / n);
    }

    @Test
    void extendingOnTheLeftAndTopMovesTheOldCanvas() {
        Raster source = bricks(PixelFormat.BGRA8, 100, 80);
        ExtendEngine.Extended out = new ExtendEngine().extend(source, 100, 80,
                new Extension(Extension.Amount.percent(20), Extension.Amount.px(16), Extension.Amount.NONE,
                        Extension.Amount.NONE), 1, JobControl.NONE);
        assertEquals(120, out.canvasWidth());
        assertEquals(96, out.canvasHeight());
        assertEquals(20, out.offsetX());
        assertEquals(16, out.offsetY());
        assertEquals(new Rect(0, 0, 120, 96), Rect.of(out.patch()));
        FloatImage patch = FloatImage.read(out.patch(), Rect.of(out.patch()));
        assertEquals(0f, patch.get(60, 50, 3), "the old canvas stays transparent in the patch");
        assertEquals(1f, patch.get(5, 50, 3), 1e-6f);
        assertEquals(1f, patch.get(60, 5, 3), 1e-6f);
        assertEquals(PixelFormat.BGRA8, out.patch().format());
    }

    @Test
    void refusesAnExtensionBeyondTheLimits() {
        Raster source = bricks(PixelFormat.RGBA8, 64, 64);
        EditRejectedException e = assertThrows(EditRejectedException.class, () -> new ExtendEngine().extend(source,
                64, 64, new Extension(Extension.Amount.NONE, Extension.Amount.NONE, Extension.Amount.px(20000),
                        Extension.Amount.NONE), 1, JobControl.NONE));
        assertTrue(e.getMessage().contains("smaller extension"), e.getMessage());
        assertArrayEquals(bricks(PixelFormat.RGBA8, 64, 64).pixels(), source.pixels(), "the input is untouched");
    }
}
