package org.easel.server.engines.classical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.EditRejectedException;
import org.easel.server.imaging.Raster;
import org.junit.jupiter.api.Test;

/** Crops move the canvas only; flips and quarter turns return the whole layer on the turned canvas. */
class CanvasEngineTest {
    private final CanvasEngine engine = new CanvasEngine();

    private static Raster opaque(int w, int h) {
        byte[] pixels = new byte[w * h * 4];
        for (int i = 0; i < w * h; i++) {
            pixels[4 * i] = (byte) i;
            pixels[4 * i + 1] = (byte) (i * 3);
            pixels[4 * i + 2] = (byte) (i * 7);
            pixels[4 * i + 3] = (byte) 255;
        }
        return new Raster(0, 0, w, h, PixelFormat.RGBA8, pixels);
    }

    /** A mask at (mx, my), mw × mh, selecting the pixels of [sx, sx+sw) × [sy, sy+sh) inside it. */
    private static Raster mask(int mx, int my, int mw, int mh, int sx, int sy, int sw, int sh) {
        byte[] m = new byte[mw * mh];
        for (int y = sy; y < sy + sh; y++) {
            for (int x = sx; x < sx + sw; x++) {
                m[(y - my) * mw + (x - mx)] = (byte) (x == sx ? 40 : 255);   // a soft left edge still counts as selected
            }
        }
        return new Raster(mx, my, mw, mh, PixelFormat.A8, m);
    }

    @Test
    void croppingToTheSelectionKeepsItsBoundingBoxAndMovesTheCanvasOnly() {
        CanvasEngine.Result r = engine.apply(new CanvasOperation.CropToSelection(), opaque(40, 30),
                Optional.of(mask(5, 4, 30, 20, 12, 9, 17, 6)), 40, 30);
        assertEquals(new CanvasEngine.Result(17, 6, -12, -9, Optional.empty()), r);
    }

    @Test
    void croppingToARatioKeepsTheLargestCentredRectangleOfThatShape() {
        Raster image = opaque(16, 12);
        assertEquals(new CanvasEngine.Result(1000, 563, 0, -218, Optional.empty()),
                engine.apply(new CanvasOperation.CropToRatio(16, 9), image, Optional.empty(), 1000, 1000));
        assertEquals(new CanvasEngine.Result(1200, 1200, -200, 0, Optional.empty()),
                engine.apply(new CanvasOperation.CropToRatio(1, 1), image, Optional.empty(), 1600, 1200));
        // Already that shape: nothing moves.
        assertEquals(new CanvasEngine.Result(1920, 1080, 0, 0, Optional.empty()),
                engine.apply(new CanvasOperation.CropToRatio(16, 9), image, Optional.empty(), 1920, 1080));
    }

    @Test
    void croppingToTheSelectionWithoutOneSaysWhatToDo() {
        EditRejectedException none = assertThrows(EditRejectedException.class, () -> engine.apply(
                new CanvasOperation.CropToSelection(), opaque(8, 8), Optional.empty(), 8, 8));
        assertTrue(none.getMessage().contains("select the part to keep"), none.getMessage());
        Raster empty = new Raster(0, 0, 8, 8, PixelFormat.A8, new byte[64]);
        assertThrows(EditRejectedException.class, () -> engine.apply(new CanvasOperation.CropToSelection(),
                opaque(8, 8), Optional.of(empty), 8, 8));
    }

    /**
     * A scan: a noisy white margin (JPEG-like noise up to ±0.03, a speck of dust at (3, 50)) of 12 px at the top,
     * 20 at the bottom, 7 on the left and 9 on the right around a colourful picture.
     */
    private static Raster scanWithAWhiteMargin(PixelFormat format) {
        return TestImages.image(0, 0, 100, 80, format, (x, y) -> {
            boolean picture = x >= 7 && x < 91 && y >= 12 && y < 60;
            if (picture) {
                return new float[] {0.2f + 0.6f * x / 100, 0.3f, 0.5f * y / 80, 1f};
            }
            float noise = ((x * 31 + y * 17) % 13 - 6) / 100f;
            return x == 3 && y == 50 ? new float[] {0.1f, 0.1f, 0.1f, 1f} : new float[] {0.97f + noise / 2, 0.96f - noise / 2, 0.95f, 1f};
        });
    }

    @Test
    void trimmingAPlainBorderKeepsWhatLiesInsideItAndSaysWhatWasCut() {
        for (PixelFormat format : new PixelFormat[] {PixelFormat.RGBA8, PixelFormat.RGBA16, PixelFormat.RGBAF32}) {
            CanvasEngine.Result r = engine.apply(new CanvasOperation.TrimBorder(CanvasOperation.TrimBorder.Colour.WHITE),
                    scanWithAWhiteMargin(format), Optional.empty(), 100, 80);
            assertEquals(new CanvasEngine.Result(84, 48, -7, -12, Optional.empty(),
                    "Cut 12 px at the top, 20 px at the bottom, 7 px on the left, 9 px on the right."), r, format.wireName());
        }
    }

    @Test
    void cuttingSidesKeepsWhatLiesBetweenTheStripsAndSaysWhatWasCut() {
        Extension.Amount none = Extension.Amount.NONE;
        CanvasEngine.Result r = engine.apply(new CanvasOperation.CutSides(new Extension(none, Extension.Amount.px(200), none,
                Extension.Amount.percent(10))), opaque(40, 30), Optional.empty(), 1000, 800);
        assertEquals(new CanvasEngine.Result(1000, 520, 0, -200, Optional.empty(), "Cut 200 px at the top, 80 px at the bottom."), r);
        CanvasEngine.Result sides = engine.apply(new CanvasOperation.CutSides(new Extension(Extension.Amount.percent(25), none,
                Extension.Amount.percent(25), none)), opaque(40, 30), Optional.empty(), 1000, 800);
        assertEquals(new CanvasEngine.Result(500, 800, -250, 0, Optional.empty(), "Cut 250 px on the left, 250 px on the right."), sides);
        // pixels said are not said again
        assertEquals(new CanvasEngine.Result(1000, 792, 0, -8, Optional.empty()), engine.apply(new CanvasOperation.CutSides(
                new Extension(none, Extension.Amount.px(8), none, none)), opaque(40, 30), Optional.empty(), 1000, 800));
    }

    @Test
    void cuttingMoreThanTheCanvasHasSaysSoAndCutsNothing() {
        Extension.Amount none = Extension.Amount.NONE;
        EditRejectedException e = assertThrows(EditRejectedException.class, () -> engine.apply(new CanvasOperation.CutSides(
                new Extension(none, Extension.Amount.px(500), none, Extension.Amount.px(300))), opaque(40, 30), Optional.empty(), 1000, 800));
        assertTrue(e.getMessage().contains("would leave nothing of this 1000×800 px canvas"), e.getMessage());
    }

    @Test
    void trimmingFindsBlackBarsAndTheEmptyCanvasAroundALayer() {
        // Letterboxed: black bars of 10 px above and below a grey frame.
        Raster letterboxed = TestImages.image(0, 0, 60, 50, PixelFormat.RGBA8, (x, y) -> y < 10 || y >= 40
                ? new float[] {0.02f, 0.02f, 0.03f, 1f} : new float[] {0.5f, 0.4f + x / 200f, 0.3f, 1f});
        assertEquals(new CanvasEngine.Result(60, 30, 0, -10, Optional.empty(), "Cut 10 px at the top, 10 px at the bottom."),
                engine.apply(new CanvasOperation.TrimBorder(CanvasOperation.TrimBorder.Colour.BLACK), letterboxed,
                        Optional.empty(), 60, 50));
        // A drawing on a transparent layer smaller than the canvas: the canvas beyond the layer is empty too.
        Raster drawing = TestImages.image(10, 5, 30, 30, PixelFormat.RGBA8, (x, y) -> x >= 4 && x < 20 && y >= 6 && y < 26
                ? new float[] {0.1f, 0.2f, 0.9f, 1f} : new float[] {0, 0, 0, 0});
        assertEquals(new CanvasEngine.Result(16, 20, -14, -11, Optional.empty(),
                        "Cut 11 px at the top, 19 px at the bottom, 14 px on the left, 50 px on the right."),
                engine.apply(new CanvasOperation.TrimBorder(CanvasOperation.TrimBorder.Colour.ANY), drawing, Optional.empty(), 80, 50));
    }

    @Test
    void trimmingWithoutAPlainBorderOrOfAnotherColourSaysWhatToDoInstead() {
        EditRejectedException none = assertThrows(EditRejectedException.class, () -> engine.apply(
                new CanvasOperation.TrimBorder(CanvasOperation.TrimBorder.Colour.ANY), opaque(40, 30), Optional.empty(), 40, 30));
        assertTrue(none.getMessage().contains("no plain border") && none.getMessage().contains("crop to the selection"),
                none.getMessage());
        EditRejectedException white = assertThrows(EditRejectedException.class, () -> engine.apply(
                new CanvasOperation.TrimBorder(CanvasOperation.TrimBorder.Colour.BLACK), scanWithAWhiteMargin(PixelFormat.RGBA8),
                Optional.empty(), 100, 80));
        assertTrue(white.getMessage().contains("is white, not black"), white.getMessage());
        // All one colour: nothing inside a border to keep.
        Raster blank = TestImages.image(0, 0, 20, 20, PixelFormat.RGBA8, (x, y) -> new float[] {1, 1, 1, 1});
        assertThrows(EditRejectedException.class, () -> engine.apply(new CanvasOperation.TrimBorder(
                CanvasOperation.TrimBorder.Colour.ANY), blank, Optional.empty(), 20, 20));
    }

    @Test
    void aBorderGrowsTheCanvasWithPlainStripsAndLetsThePictureShowThrough() {
        Extension sides = new Extension(Extension.Amount.px(3), Extension.Amount.px(2), Extension.Amount.px(3),
                Extension.Amount.px(8));
        CanvasEngine.Result r = engine.apply(new CanvasOperation.AddBorder(sides, CanvasOperation.AddBorder.Colour.BLACK),
                opaque(10, 6), Optional.empty(), 10, 6);
        assertEquals(16, r.canvasWidth());
        assertEquals(16, r.canvasHeight());
        assertEquals(3, r.offsetX());
        assertEquals(2, r.offsetY());
        Raster layer = r.layer().orElseThrow();
        assertEquals(new org.easel.server.imaging.Rect(0, 0, 16, 16), org.easel.server.imaging.Rect.of(layer));
        assertArrayEquals(new float[] {0, 0, 0, 1}, TestImages.pixel(layer, 0, 0));      // a corner: border
        assertArrayEquals(new float[] {0, 0, 0, 1}, TestImages.pixel(layer, 8, 15));     // the wide bottom strip
        assertArrayEquals(new float[] {0, 0, 0, 1}, TestImages.pixel(layer, 13, 4));     // beside the picture, right
        assertEquals(0f, TestImages.pixel(layer, 3, 2)[3]);                               // over the picture: see-through
        assertEquals(0f, TestImages.pixel(layer, 12, 7)[3]);
        // grown past what Easel handles: refused, nothing made
        Extension huge = new Extension(Extension.Amount.px(40_000), Extension.Amount.NONE, Extension.Amount.NONE,
                Extension.Amount.NONE);
        EditRejectedException tooLarge = assertThrows(EditRejectedException.class, () -> engine.apply(
                new CanvasOperation.AddBorder(huge, CanvasOperation.AddBorder.Colour.WHITE), opaque(10, 6), Optional.empty(), 10, 6));
        assertEquals(EditRejectedException.Reason.TOO_LARGE, tooLarge.reason());
    }

    @Test
    void aQuarterTurnSwapsTheCanvasSidesAndTurnsTheWholeLayer() {
        Raster image = opaque(3, 2);
        CanvasEngine.Result r = engine.apply(new CanvasOperation.Rotate(90), image, Optional.empty(), 3, 2);
        assertEquals(2, r.canvasWidth());
        assertEquals(3, r.canvasHeight());
        assertEquals(0, r.offsetX());
        Raster layer = r.layer().orElseThrow();
        // Clockwise: the new top row is the old left column read bottom to top (pixels 3, 0).
        assertEquals(2, layer.width());
        assertArrayEquals(new byte[] {3, 9, 21, -1, 0, 0, 0, -1}, java.util.Arrays.copyOf(layer.pixels(), 8));
    }

    @Test
    void aFlipKeepsTheCanvasAndMirrorsTheLayer() {
        CanvasEngine.Result r = engine.apply(new CanvasOperation.Flip(CanvasOperation.Flip.Axis.HORIZONTAL),
                opaque(2, 1), Optional.of(mask(0, 0, 2, 1, 0, 0, 1, 1)), 2, 1);
        assertEquals(2, r.canvasWidth());
        assertEquals(1, r.canvasHeight());
        // The selection does not limit it: the whole layer is mirrored.
        assertArrayEquals(new byte[] {1, 3, 7, -1, 0, 0, 0, -1}, r.layer().orElseThrow().pixels());
    }

    @Test
    void aFlipOrTurnOfALayerTheOriginalWouldShowThroughIsRefused() {
        // One float pixel at half opacity: the mirrored layer above would show the original through it.
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(2 * 16).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putFloat(0.2f).putFloat(0.3f).putFloat(0.4f).putFloat(1f).putFloat(0.2f).putFloat(0.3f).putFloat(0.4f).putFloat(0.5f);
        Raster halfClear = new Raster(0, 0, 2, 1, PixelFormat.RGBAF32, b.array());
        EditRejectedException e = assertThrows(EditRejectedException.class, () -> engine.apply(
                new CanvasOperation.Flip(CanvasOperation.Flip.Axis.VERTICAL), halfClear, Optional.empty(), 2, 1));
        assertEquals(EditRejectedException.Reason.UNSUPPORTED, e.reason());
        assertTrue(e.getMessage().contains("Mirror / Rotate"), e.getMessage());
        // A layer smaller than the canvas leaves the rest of the canvas unturned.
        assertThrows(EditRejectedException.class, () -> engine.apply(new CanvasOperation.Rotate(180), opaque(4, 4),
                Optional.empty(), 5, 4));
        // Opaque float (alpha exactly 1) is fine, and its values come back bit for bit.
        b.putFloat(28, 1f);
        Raster opaqueFloat = new Raster(0, 0, 2, 1, PixelFormat.RGBAF32, b.array());
        Raster turned = engine.apply(new CanvasOperation.Rotate(180), opaqueFloat, Optional.empty(), 2, 1).layer()
                .orElseThrow();
        assertArrayEquals(java.util.Arrays.copyOfRange(b.array(), 16, 32), java.util.Arrays.copyOf(turned.pixels(), 16));
    }

    /** Dark sky over bright ground, {@code w × h}, turned {@code clockwise} degrees: a tilted photograph's horizon. */
    private static Raster tiltedHorizon(int w, int h, double clockwise) {
        byte[] pixels = new byte[w * h * 4];
        java.util.Random grain = new java.util.Random(3);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = (y < h / 2 ? 60 : 190) + grain.nextInt(9) - 4;
                int i = 4 * (y * w + x);
                pixels[i] = (byte) v;
                pixels[i + 1] = (byte) v;
                pixels[i + 2] = (byte) v;
                pixels[i + 3] = (byte) 255;
            }
        }
        Raster level = new Raster(0, 0, w, h, PixelFormat.RGBA8, pixels);
        return clockwise == 0 ? level : org.easel.server.imaging.Straighten.clockwise(level, clockwise,
                org.easel.server.engines.JobControl.NONE);
    }

    @Test
    void levellingTurnsByTheMeasuredTiltAndSaysBy() {
        Raster tilted = tiltedHorizon(480, 320, 2.5);
        CanvasEngine.Result result = engine.apply(new CanvasOperation.Level(java.util.OptionalDouble.empty()), tilted,
                Optional.empty(), 480, 320);
        assertEquals(480, result.canvasWidth());
        assertEquals(320, result.canvasHeight());
        assertTrue(result.note().matches("Measured a tilt of 2\\.[4-6]°: turned it 2\\.[4-6]° anticlockwise\\."), result.note());
        // Levelled: measuring the result again finds (almost) nothing left to turn.
        java.util.OptionalDouble left = org.easel.server.imaging.TiltFinder.levellingTurn(result.layer().orElseThrow(), 8,
                org.easel.server.engines.JobControl.NONE);
        assertTrue(left.isPresent() && Math.abs(left.getAsDouble()) < 0.2, String.valueOf(left));
    }

    @Test
    void aMagnitudeSaidWithoutAWayIsTurnedTheMeasuredWay() {
        CanvasEngine.Result result = engine.apply(new CanvasOperation.Level(java.util.OptionalDouble.of(2)),
                tiltedHorizon(480, 320, -2.4), Optional.empty(), 480, 320);
        assertEquals("Turned it 2.0° clockwise.", result.note());
    }

    @Test
    void levellingAPictureWithoutLinesOrAlreadyLevelSaysWhatToTypeInstead() {
        byte[] noise = new byte[200 * 150 * 4];
        new java.util.Random(5).nextBytes(noise);
        for (int i = 3; i < noise.length; i += 4) {
            noise[i] = (byte) 255;
        }
        Raster grain = new Raster(0, 0, 200, 150, PixelFormat.RGBA8, noise);
        EditRejectedException noLines = assertThrows(EditRejectedException.class, () -> engine.apply(
                new CanvasOperation.Level(java.util.OptionalDouble.empty()), grain, Optional.empty(), 200, 150));
        assertEquals(EditRejectedException.Reason.UNSUPPORTED, noLines.reason());
        assertTrue(noLines.getMessage().contains("straighten by 2° clockwise"), noLines.getMessage());
        EditRejectedException level = assertThrows(EditRejectedException.class, () -> engine.apply(
                new CanvasOperation.Level(java.util.OptionalDouble.empty()), tiltedHorizon(480, 320, 0), Optional.empty(),
                480, 320));
        assertTrue(level.getMessage().contains("already looks level"), level.getMessage());
    }
}
