package org.easel.server.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.easel.protocol.PixelFormat;
import org.easel.server.imaging.Raster;
import org.junit.jupiter.api.Test;

class TurnRecorderTest {

    private static Raster image() {
        byte[] pixels = new byte[10 * 6 * 4];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) i;
        }
        return new Raster(-2, 1, 10, 6, PixelFormat.RGBA8, pixels);
    }

    private static ResultLayer layer(int x, int y, int w, int h) {
        return new ResultLayer("l", new Raster(x, y, w, h, PixelFormat.RGBA8, new byte[w * h * 4]));
    }

    @Test
    void keepsOnlyThePartOfTheEditedImageUnderTheResults() {
        Raster image = image();
        Raster part = TurnRecorder.coveredPart(image, List.of(layer(0, 2, 2, 2), layer(3, 3, 1, 2))).orElseThrow();
        assertEquals(0, part.x());
        assertEquals(2, part.y());
        assertEquals(4, part.width());
        assertEquals(3, part.height());
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 4; col++) {
                int src = ((2 - 1 + row) * 10 + (0 + 2 + col)) * 4;
                int dst = (row * 4 + col) * 4;
                assertArrayEquals(java.util.Arrays.copyOfRange(image.pixels(), src, src + 4),
                        java.util.Arrays.copyOfRange(part.pixels(), dst, dst + 4), "pixel " + col + "," + row);
            }
        }
    }

    @Test
    void aWholeLayerResultKeepsTheImageAsIsAndMissesKeepNothing() {
        Raster image = image();
        assertSame(image, TurnRecorder.coveredPart(image, List.of(layer(-5, -5, 30, 30))).orElseThrow());
        assertTrue(TurnRecorder.coveredPart(image, List.of(layer(50, 50, 2, 2))).isEmpty());
        assertEquals(Optional.empty(), TurnRecorder.coveredPart(image, List.of()));
    }
}
