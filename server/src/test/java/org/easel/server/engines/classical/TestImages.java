package org.easel.server.engines.classical;

import org.easel.protocol.PixelFormat;
import org.easel.server.imaging.PixelCodec;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;

/** Builds and reads test images in any colour format. */
final class TestImages {

    @FunctionalInterface
    interface PixelSource {
        /** The RGBA colour at image-local {@code (x, y)}. */
        float[] at(int x, int y);
    }

    private TestImages() {
    }

    static Raster image(int x, int y, int width, int height, PixelFormat format, PixelSource source) {
        PixelCodec codec = PixelCodec.of(format);
        byte[] pixels = new byte[width * height * format.bytesPerPixel()];
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                codec.encode(source.at(col, row), 0, 1, pixels, row * width + col);
            }
        }
        return new Raster(x, y, width, height, format, pixels);
    }

    /** A colourful image: hue and brightness vary across it, alpha varies too (never 0). */
    static Raster colourful(int x, int y, int width, int height, PixelFormat format) {
        return image(x, y, width, height, format, (col, row) -> new float[] {
            0.1f + 0.8f * col / Math.max(1, width - 1),
            0.2f + 0.6f * row / Math.max(1, height - 1),
            0.9f - 0.7f * ((col + row) % 7) / 6f,
            0.3f + 0.7f * ((col * 3 + row) % 11) / 10f
        });
    }

    /** The RGBA of the pixel at canvas {@code (canvasX, canvasY)}. */
    static float[] pixel(Raster raster, int canvasX, int canvasY) {
        if (!Rect.of(raster).contains(canvasX, canvasY)) {
            throw new IllegalArgumentException(canvasX + "," + canvasY + " is outside " + Rect.of(raster));
        }
        float[] rgba = new float[4];
        int index = (canvasY - raster.y()) * raster.width() + (canvasX - raster.x());
        PixelCodec.of(raster.format()).decode(raster.pixels(), index, 1, rgba, 0);
        return rgba;
    }

    /** The raw bytes of one pixel, for exact comparisons in the image's own encoding. */
    static byte[] pixelBytes(Raster raster, int canvasX, int canvasY) {
        int bpp = raster.format().bytesPerPixel();
        int index = (canvasY - raster.y()) * raster.width() + (canvasX - raster.x());
        byte[] bytes = new byte[bpp];
        System.arraycopy(raster.pixels(), index * bpp, bytes, 0, bpp);
        return bytes;
    }

    static Raster mask(Rect extent, Rect selected) {
        byte[] pixels = new byte[extent.width() * extent.height()];
        for (int y = extent.y(); y < extent.bottom(); y++) {
            for (int x = extent.x(); x < extent.right(); x++) {
                if (selected.contains(x, y)) {
                    pixels[(y - extent.y()) * extent.width() + (x - extent.x())] = (byte) 255;
                }
            }
        }
        return new Raster(extent.x(), extent.y(), extent.width(), extent.height(), PixelFormat.A8, pixels);
    }
}
