package org.easel.server.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.JobControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A small turn about the centre that keeps the canvas and leaves no corner empty. */
class StraightenTest {
    private static final int W = 96;
    private static final int H = 64;

    /** rgbaf32, opaque, red = 0.2 + 0.004·x + 0.003·y at pixel centres; green = row/H; blue = 0.5. */
    private static Raster ramp() {
        ByteBuffer b = ByteBuffer.allocate(W * H * 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                b.putFloat(red(x, y)).putFloat((float) y / H).putFloat(0.5f).putFloat(1f);
            }
        }
        return new Raster(0, 0, W, H, PixelFormat.RGBAF32, b.array());
    }

    private static float red(double x, double y) {
        return (float) (0.2 + 0.004 * x + 0.003 * y);
    }

    private static float channel(Raster r, int x, int y, int c) {
        return ByteBuffer.wrap(r.pixels()).order(ByteOrder.LITTLE_ENDIAN).getFloat(((y * r.width() + x) * 4 + c) * 4);
    }

    @Test
    void theEnlargementJustCoversTheCanvas() {
        assertEquals(1.0, Straighten.zoom(0, W, H), 1e-12);
        double t = Math.toRadians(2);
        assertEquals(Math.cos(t) + Math.sin(t) * 1.5, Straighten.zoom(2, 300, 200), 1e-12);
        assertEquals(Straighten.zoom(2, 300, 200), Straighten.zoom(-2, 300, 200), 1e-12);
    }

    @Test
    void aLinearGradientLandsExactlyWhereTheTurnAndEnlargementTakeIt() {
        double degrees = 3;
        Raster out = Straighten.clockwise(ramp(), degrees, JobControl.NONE);
        double s = Straighten.zoom(degrees, W, H);
        double cos = Math.cos(Math.toRadians(degrees)) / s;
        double sin = Math.sin(Math.toRadians(degrees)) / s;
        for (int y = H / 4; y < 3 * H / 4; y++) {
            for (int x = W / 4; x < 3 * W / 4; x++) {
                double dx = x + 0.5 - W / 2.0;
                double dy = y + 0.5 - H / 2.0;
                double sx = W / 2.0 + dx * cos + dy * sin - 0.5;
                double sy = H / 2.0 - dx * sin + dy * cos - 0.5;
                assertEquals(red(sx, sy), channel(out, x, y, 0), 2e-6, "at " + x + "," + y);
                assertEquals(1f, channel(out, x, y, 3));
            }
        }
    }

    @Test
    void clockwiseLowersTheRightSideAsSeen() {
        // Green grows down the rows; turned clockwise, the centre row's right half shows rows from above.
        Raster out = Straighten.clockwise(ramp(), 5, JobControl.NONE);
        assertTrue(channel(out, W / 2 + 30, H / 2, 1) < channel(out, W / 2 - 30, H / 2, 1));
        Raster back = Straighten.clockwise(ramp(), -5, JobControl.NONE);
        assertTrue(channel(back, W / 2 + 30, H / 2, 1) > channel(back, W / 2 - 30, H / 2, 1));
    }

    @ParameterizedTest
    @EnumSource(value = PixelFormat.class, names = {"RGBA8", "BGRA8", "RGBA16", "RGBAF32"})
    void aFlatColourStaysExactlyThatColourInEveryFormat(PixelFormat format) {
        int bpp = format.bytesPerPixel();
        byte[] pixel = switch (format) {
            case RGBA8, BGRA8 -> new byte[] {12, 34, 56, (byte) 255};
            case RGBA16 -> new byte[] {1, 2, 3, 4, 5, 6, (byte) 255, (byte) 255};
            default -> ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.75f).putFloat(0.25f)
                    .putFloat(-0.5f).putFloat(1f).array();
        };
        byte[] pixels = new byte[W * H * bpp];
        for (int i = 0; i < W * H; i++) {
            System.arraycopy(pixel, 0, pixels, i * bpp, bpp);
        }
        Raster out = Straighten.clockwise(new Raster(0, 0, W, H, format, pixels), -2.5, JobControl.NONE);
        assertEquals(format, out.format());
        assertArrayEquals(pixels, out.pixels());
    }
}
