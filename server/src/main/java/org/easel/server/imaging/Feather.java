package org.easel.server.imaging;

/**
 * Softens a coverage mask in place with three separable box blurs, which together approximate a
 * Gaussian. Each box pass uses a running sum, so the cost per pixel does not depend on the radius.
 *
 * <p>The three box radii add up to the feather width, so coverage spreads outward by at most
 * {@code featherPx} pixels. Values are 16-bit fixed point (0..65535); every pass rounds to
 * nearest, which keeps a constant region exactly constant (fully selected stays exactly 65535,
 * unselected exactly 0) and a step edge monotonic.
 */
public final class Feather {

    private Feather() {
    }

    /** The three box radii for a feather of {@code featherPx}; they sum to {@code featherPx}. */
    public static int[] boxRadii(int featherPx) {
        if (featherPx < 0) {
            throw new IllegalArgumentException("feather must not be negative, got " + featherPx);
        }
        int base = featherPx / 3;
        int extra = featherPx % 3;
        return new int[] {base + (extra > 0 ? 1 : 0), base + (extra > 1 ? 1 : 0), base};
    }

    /**
     * Blurs a {@code width × height} row-major mask in place. Pixels beyond the array count as 0,
     * so values within {@code featherPx} of the array's border are only right when the caller
     * gave the array that much margin.
     */
    public static void blur(char[] values, int width, int height, int featherPx) {
        if ((long) width * height != values.length) {
            throw new IllegalArgumentException("mask of " + values.length + " values is not " + width + "x" + height);
        }
        for (int radius : boxRadii(featherPx)) {
            if (radius > 0) {
                horizontalPass(values, width, height, radius);
            }
        }
        for (int radius : boxRadii(featherPx)) {
            if (radius > 0) {
                verticalPass(values, width, height, radius);
            }
        }
    }

    private static void horizontalPass(char[] values, int width, int height, int radius) {
        long window = 2L * radius + 1;
        char[] row = new char[width];
        for (int y = 0; y < height; y++) {
            int offset = y * width;
            System.arraycopy(values, offset, row, 0, width);
            long sum = 0;
            for (int x = 0, last = Math.min(radius, width - 1); x <= last; x++) {
                sum += row[x];
            }
            for (int x = 0; x < width; x++) {
                values[offset + x] = (char) ((sum + radius) / window);
                int entering = x + radius + 1;
                int leaving = x - radius;
                if (entering < width) {
                    sum += row[entering];
                }
                if (leaving >= 0) {
                    sum -= row[leaving];
                }
            }
        }
    }

    /**
     * Runs down all columns at once, row by row, so memory is read in order. Output rows overwrite
     * input rows that later rows still need to subtract, so the last {@code radius + 1} input rows
     * are kept in a ring.
     */
    private static void verticalPass(char[] values, int width, int height, int radius) {
        long window = 2L * radius + 1;
        int ringRows = radius + 1;
        char[] ring = new char[ringRows * width];
        long[] sums = new long[width];
        for (int y = 0, last = Math.min(radius, height - 1); y <= last; y++) {
            addRow(sums, values, y * width, width, 1);
        }
        for (int y = 0; y < height; y++) {
            int offset = y * width;
            System.arraycopy(values, offset, ring, (y % ringRows) * width, width);
            for (int x = 0; x < width; x++) {
                values[offset + x] = (char) ((sums[x] + radius) / window);
            }
            int entering = y + radius + 1;
            int leaving = y - radius;
            if (entering < height) {
                addRow(sums, values, entering * width, width, 1);
            }
            if (leaving >= 0) {
                addRow(sums, ring, (leaving % ringRows) * width, width, -1);
            }
        }
    }

    private static void addRow(long[] sums, char[] source, int offset, int width, int sign) {
        for (int x = 0; x < width; x++) {
            sums[x] += sign * source[offset + x];
        }
    }
}
