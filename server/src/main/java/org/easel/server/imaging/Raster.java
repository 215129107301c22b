package org.easel.server.imaging;

import java.util.Objects;
import org.easel.protocol.PixelFormat;

/**
 * A rectangle of pixels placed on the canvas: position in canvas coordinates, size, layout, and
 * the raw bytes exactly as they crossed the wire (rows top to bottom, no padding).
 */
public record Raster(int x, int y, int width, int height, PixelFormat format, byte[] pixels) {

    public Raster {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pixels, "pixels");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("raster size must be at least 1x1, got " + width + "x" + height);
        }
        long expected = format.byteLength(width, height);
        if (pixels.length != expected) {
            throw new IllegalArgumentException("raster " + width + "x" + height + " " + format.wireName()
                    + " needs " + expected + " bytes, got " + pixels.length);
        }
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }
}
