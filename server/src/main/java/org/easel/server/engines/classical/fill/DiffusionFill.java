package org.easel.server.engines.classical.fill;

/**
 * Fills a hole from its border inward, each pixel the mean of its already known neighbours
 * ("onion peel"). Smooth and structureless: the starting guess at the coarsest scale of
 * {@link PatchMatchFill}, and the naive baseline the tests compare it against.
 */
public final class DiffusionFill {

    private DiffusionFill() {
    }

    /** Fills {@code rgba}'s hole pixels in place; pixels with no known pixel anywhere stay as they are. */
    public static void fill(float[] rgba, boolean[] hole, int width, int height) {
        boolean[] missing = hole.clone();
        boolean[] queued = new boolean[hole.length];
        // The first ring: missing pixels next to a known one. Each later ring is the missing
        // neighbours of the previous ring, so every pixel is visited a bounded number of times.
        int[] ring = new int[hole.length];
        int n = 0;
        for (int i = 0; i < hole.length; i++) {
            if (missing[i] && hasKnownNeighbour(missing, i % width, i / width, width, height)) {
                ring[n++] = i;
                queued[i] = true;
            }
        }
        int[] next = new int[hole.length];
        while (n > 0) {
            for (int k = 0; k < n; k++) {
                int i = ring[k];
                averageKnownNeighbours(rgba, missing, i % width, i / width, width, height);
            }
            for (int k = 0; k < n; k++) {
                missing[ring[k]] = false;
            }
            int m = 0;
            for (int k = 0; k < n; k++) {
                int x = ring[k] % width;
                int y = ring[k] / width;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < width && ny < height) {
                            int j = ny * width + nx;
                            if (missing[j] && !queued[j]) {
                                queued[j] = true;
                                next[m++] = j;
                            }
                        }
                    }
                }
            }
            int[] swap = ring;
            ring = next;
            next = swap;
            n = m;
        }
    }

    private static boolean hasKnownNeighbour(boolean[] missing, int x, int y, int w, int h) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < w && ny < h && !missing[ny * w + nx]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void averageKnownNeighbours(float[] rgba, boolean[] missing, int x, int y, int w, int h) {
        float[] sum = new float[4];
        int n = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < w && ny < h && !missing[ny * w + nx]) {
                    int j = (ny * w + nx) * 4;
                    for (int c = 0; c < 4; c++) {
                        sum[c] += rgba[j + c];
                    }
                    n++;
                }
            }
        }
        int i = (y * w + x) * 4;
        for (int c = 0; c < 4; c++) {
            rgba[i + c] = sum[c] / n;
        }
    }

    /**
     * Relaxes the pixels where {@code where} is true towards the mean of their four neighbours
     * (Jacobi iterations of Laplace's equation), leaving the others fixed as boundary values.
     */
    static void smooth(float[] rgba, boolean[] where, int width, int height, int passes) {
        float[] next = rgba.clone();
        for (int pass = 0; pass < passes; pass++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int i = y * width + x;
                    if (!where[i]) {
                        continue;
                    }
                    int left = x > 0 ? i - 1 : i;
                    int right = x < width - 1 ? i + 1 : i;
                    int up = y > 0 ? i - width : i;
                    int down = y < height - 1 ? i + width : i;
                    for (int c = 0; c < 4; c++) {
                        next[i * 4 + c] = 0.25f * (rgba[left * 4 + c] + rgba[right * 4 + c]
                                + rgba[up * 4 + c] + rgba[down * 4 + c]);
                    }
                }
            }
            System.arraycopy(next, 0, rgba, 0, rgba.length);
        }
    }
}
