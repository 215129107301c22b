package org.easel.server.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.easel.protocol.PixelFormat;
import org.easel.server.imaging.Raster;
import org.junit.jupiter.api.Test;

/** An empty layer (transparent or one flat colour) reads a description as a new picture. */
class BlankLayerTest {

    private static Raster raster(PixelFormat format, byte[] pixels) {
        return new Raster(0, 0, 4, 2, format, pixels);
    }

    @Test
    void aTransparentLayerIsBlankInEveryFormat() {
        for (PixelFormat format : new PixelFormat[] {PixelFormat.RGBA8, PixelFormat.BGRA8, PixelFormat.RGBA16,
                PixelFormat.RGBAF32}) {
            assertTrue(BlankLayer.isBlank(raster(format, new byte[8 * format.bytesPerPixel()])), format.toString());
        }
    }

    @Test
    void oneFlatColourIsBlankButOneDifferentPixelIsAPicture() {
        byte[] white = new byte[8 * 4];
        Arrays.fill(white, (byte) 255);
        assertTrue(BlankLayer.isBlank(raster(PixelFormat.RGBA8, white)));
        white[7 * 4] = 10;   // the last pixel's red
        assertFalse(BlankLayer.isBlank(raster(PixelFormat.RGBA8, white)));
    }

    @Test
    void transparentPixelsAroundOneFlatColourStillCount() {
        byte[] pixels = new byte[8 * 4];
        for (int p = 0; p < 4; p++) {
            Arrays.fill(pixels, p * 4, p * 4 + 4, (byte) 200);   // four opaque grey pixels, four transparent
        }
        assertTrue(BlankLayer.isBlank(raster(PixelFormat.RGBA8, pixels)));
        pixels[4 * 4 + 3] = 1;   // a transparent pixel becomes faintly visible, and black
        assertFalse(BlankLayer.isBlank(raster(PixelFormat.RGBA8, pixels)));
    }
}
