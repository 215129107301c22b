package org.easel.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.easel.protocol.PixelFormat;
import org.easel.server.imaging.Raster;
import org.junit.jupiter.api.Test;

class ThumbnailsTest {

    @Test
    void shrinksToTheLongestSideKeepingTheAspectAndAveragingColours() {
        // 512×256: left half red, right half blue, fully opaque.
        byte[] p = new byte[512 * 256 * 4];
        for (int i = 0; i < 512 * 256; i++) {
            boolean left = i % 512 < 256;
            p[i * 4] = (byte) (left ? 255 : 0);
            p[i * 4 + 2] = (byte) (left ? 0 : 255);
            p[i * 4 + 3] = (byte) 255;
        }
        Raster t = Thumbnails.of(new Raster(10, 20, 512, 256, PixelFormat.RGBA8, p));
        assertEquals(128, t.width());
        assertEquals(64, t.height());
        assertEquals(PixelFormat.RGBA8, t.format());
        assertEquals(255, t.pixels()[0] & 0xFF);
        assertEquals(0, t.pixels()[2] & 0xFF);
        int last = (64 * 128 - 1) * 4;
        assertEquals(0, t.pixels()[last] & 0xFF);
        assertEquals(255, t.pixels()[last + 2] & 0xFF);
        assertEquals(255, t.pixels()[last + 3] & 0xFF);
    }

    @Test
    void transparentPixelsDoNotDarkenAndDeepFormatsAreConverted() {
        // 2×1 rgbaf32 scaled to... stays 2×1; then a 256×2 rgba16 half transparent row.
        ByteBuffer f = ByteBuffer.allocate(256 * 2 * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 256 * 2; i++) {
            boolean opaque = i % 2 == 0;
            f.putShort((short) 65535).putShort((short) 0).putShort((short) 0).putShort((short) (opaque ? 65535 : 0));
        }
        Raster t = Thumbnails.of(new Raster(0, 0, 256, 2, PixelFormat.RGBA16, f.array()));
        assertEquals(128, t.width());
        assertEquals(1, t.height());
        assertEquals(255, t.pixels()[0] & 0xFF, "pure red, not darkened by the transparent neighbours");
        assertEquals(128, t.pixels()[3] & 0xFF, "half the pixels are opaque");
    }

    @Test
    void smallImagesKeepTheirSize() {
        Raster t = Thumbnails.of(new Raster(0, 0, 3, 2, PixelFormat.BGRA8, new byte[] {
                10, 20, 30, (byte) 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        assertEquals(3, t.width());
        assertEquals(30, t.pixels()[0] & 0xFF, "bgra8 comes out as rgba8");
        assertEquals(10, t.pixels()[2] & 0xFF);
    }
}
