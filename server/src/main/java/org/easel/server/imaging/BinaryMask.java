package org.easel.server.imaging;

/**
 * Morphology on row-major boolean masks. Square structuring elements, computed separably with
 * running counts, so the cost per pixel does not depend on the radius.
 */
public final class BinaryMask {

    private BinaryMask() {
    }

    /** A new mask: true where any pixel within {@code radius} (Chebyshev distance) of it is true. */
    public static boolean[] dilate(boolean[] mask, int width, int height, int radius) {
        if (mask.length != (long) width * height) {
            throw new IllegalArgumentException("mask of " + mask.length + " values is not " + width + "x" + height);
        }
        if (radius < 0) {
            throw new IllegalArgumentException("radius must not be negative, got " + radius);
        }
        if (radius == 0) {
            return mask.clone();
        }
        boolean[] rows = new boolean[mask.length];
        for (int y = 0; y < height; y++) {
            spread(mask, y * width, 1, width, radius, rows);
        }
        boolean[] out = new boolean[mask.length];
        for (int x = 0; x < width; x++) {
            spread(rows, x, width, height, radius, out);
        }
        return out;
    }

    /** A new mask: true where every pixel within {@code radius} is true; pixels beyond the edge count as false. */
    public static boolean[] erode(boolean[] mask, int width, int height, int radius) {
        boolean[] inverse = invert(mask);
        boolean[] grown = dilate(inverse, width, height, radius);
        boolean[] out = invert(grown);
        // Beyond the edge is false, so nothing within radius of the edge survives.
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (x < radius || y < radius || x >= width - radius || y >= height - radius) {
                    out[y * width + x] = false;
                }
            }
        }
        return out;
    }

    public static boolean[] invert(boolean[] mask) {
        boolean[] out = new boolean[mask.length];
        for (int i = 0; i < mask.length; i++) {
            out[i] = !mask[i];
        }
        return out;
    }

    public static int count(boolean[] mask) {
        int n = 0;
        for (boolean b : mask) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** One line of a dilation: {@code out[i]} is true when any of {@code in[i-r .. i+r]} is. */
    private static void spread(boolean[] in, int start, int stride, int length, int radius, boolean[] out) {
        int inWindow = 0;
        for (int i = 0; i < Math.min(radius, length); i++) {
            if (in[start + i * stride]) {
                inWindow++;
            }
        }
        for (int i = 0; i < length; i++) {
            int entering = i + radius;
            if (entering < length && in[start + entering * stride]) {
                inWindow++;
            }
            out[start + i * stride] = inWindow > 0;
            int leaving = i - radius;
            if (leaving >= 0 && in[start + leaving * stride]) {
                inWindow--;
            }
        }
    }
}
