package org.easel.server.imaging;

import org.easel.protocol.PixelFormat;

/** Builds a8 selection rasters for tests. */
final class Masks {

    private Masks() {
    }

    /** A mask over {@code extent} with {@code value} inside {@code selected} (canvas coordinates) and 0 elsewhere. */
    static Raster rectangle(Rect extent, Rect selected, int value) {
        byte[] pixels = new byte[extent.width() * extent.height()];
        for (int y = extent.y(); y < extent.bottom(); y++) {
            for (int x = extent.x(); x < extent.right(); x++) {
                if (selected.contains(x, y)) {
                    pixels[(y - extent.y()) * extent.width() + (x - extent.x())] = (byte) value;
                }
            }
        }
        return new Raster(extent.x(), extent.y(), extent.width(), extent.height(), PixelFormat.A8, pixels);
    }
}
