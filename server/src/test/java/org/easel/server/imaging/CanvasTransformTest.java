package org.easel.server.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.easel.protocol.PixelFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Flips and quarter turns move whole pixels, byte for byte, in every format. The source is 3×2
 * pixels a b c / d e f at (1, 2) on a 10×8 canvas; each pixel's bytes are distinct, so a pixel
 * that came from the wrong place, or a byte out of order, fails.
 */
class CanvasTransformTest {
    private static final int CANVAS_W = 10;
    private static final int CANVAS_H = 8;
    private static final int A = 0, B = 1, C = 2, D = 3, E = 4, F = 5;

    private static Raster source(PixelFormat format) {
        int bpp = format.bytesPerPixel();
        byte[] pixels = new byte[6 * bpp];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (7 + 3 * i);
        }
        return new Raster(1, 2, 3, 2, format, pixels);
    }

    /** The pixels {@code order} names, taken from the source, in that order. */
    private static byte[] expected(Raster source, int... order) {
        int bpp = source.format().bytesPerPixel();
        byte[] out = new byte[order.length * bpp];
        for (int k = 0; k < order.length; k++) {
            System.arraycopy(source.pixels(), order[k] * bpp, out, k * bpp, bpp);
        }
        return out;
    }

    private static void assertRaster(Raster actual, int x, int y, int w, int h, Raster source, int... order) {
        assertEquals(Arrays.asList(x, y, w, h), Arrays.asList(actual.x(), actual.y(), actual.width(), actual.height()));
        assertEquals(source.format(), actual.format());
        assertArrayEquals(expected(source, order), actual.pixels());
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "BGRA8", "RGBA16", "RGBAF32"})
    void flippingHorizontallySwapsLeftAndRight(PixelFormat format) {
        Raster s = source(format);
        assertRaster(CanvasTransform.flipHorizontally(s, CANVAS_W), 6, 2, 3, 2, s, C, B, A, F, E, D);
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "BGRA8", "RGBA16", "RGBAF32"})
    void flippingVerticallySwapsTopAndBottom(PixelFormat format) {
        Raster s = source(format);
        assertRaster(CanvasTransform.flipVertically(s, CANVAS_H), 1, 4, 3, 2, s, D, E, F, A, B, C);
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "BGRA8", "RGBA16", "RGBAF32"})
    void aQuarterTurnClockwiseMovesTheLeftColumnToTheTop(PixelFormat format) {
        Raster s = source(format);
        // On the 8×10 canvas the turn leaves, the raster's rows 2..3 become columns 8−4 .. 8−2.
        assertRaster(CanvasTransform.rotateClockwise(s, 90, CANVAS_W, CANVAS_H), 4, 1, 2, 3, s, D, A, E, B, F, C);
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "BGRA8", "RGBA16", "RGBAF32"})
    void aHalfTurnReversesEveryRowAndColumn(PixelFormat format) {
        Raster s = source(format);
        assertRaster(CanvasTransform.rotateClockwise(s, 180, CANVAS_W, CANVAS_H), 6, 4, 3, 2, s, F, E, D, C, B, A);
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "BGRA8", "RGBA16", "RGBAF32"})
    void threeQuarterTurnsClockwiseAreOneAnticlockwise(PixelFormat format) {
        Raster s = source(format);
        assertRaster(CanvasTransform.rotateClockwise(s, 270, CANVAS_W, CANVAS_H), 2, 6, 2, 3, s, C, F, B, E, A, D);
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "RGBAF32"})
    void fourQuarterTurnsGiveTheImageBack(PixelFormat format) {
        Raster s = source(format);
        Raster turned = s;
        int w = CANVAS_W, h = CANVAS_H;
        for (int i = 0; i < 4; i++) {
            turned = CanvasTransform.rotateClockwise(turned, 90, w, h);
            int t = w;
            w = h;
            h = t;
        }
        assertRaster(turned, 1, 2, 3, 2, s, A, B, C, D, E, F);
    }
}
