package org.easel.server.session;

import java.util.Arrays;
import org.easel.server.imaging.Raster;

/**
 * Whether a layer holds a picture at all: fully transparent, or one flat colour (a new document's
 * white background). On such a layer, a description asks for a new picture, not an edit of one.
 */
final class BlankLayer {

    private BlankLayer() {
    }

    static boolean isBlank(Raster image) {
        int size = image.format().bytesPerPixel();
        byte[] pixels = image.pixels();
        if (pixels.length < size) {
            return true;
        }
        // The alpha channel is the last quarter of each pixel in every colour format.
        int alphaOffset = size - size / 4;
        byte[] first = Arrays.copyOfRange(pixels, 0, size);
        for (int at = 0; at + size <= pixels.length; at += size) {
            if (!transparent(pixels, at + alphaOffset, size / 4)
                    && !Arrays.equals(pixels, at, at + size, first, 0, size)) {
                return false;
            }
        }
        return true;
    }

    private static boolean transparent(byte[] pixels, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (pixels[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
