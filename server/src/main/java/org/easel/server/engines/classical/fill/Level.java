package org.easel.server.engines.classical.fill;

import org.easel.server.imaging.BinaryMask;

/**
 * One scale of the fill: the image (hole pixels hold the current estimate), which pixels are
 * missing, and which patch centres may serve as exemplars (their whole patch is known).
 */
final class Level {
    final int width;
    final int height;
    final float[] rgba;
    final boolean[] hole;
    /** Patch centres whose patch lies inside the image and contains no hole pixel. */
    final boolean[] source;
    /** Patch centres whose patch lies inside the image and contains a hole pixel: they get a match. */
    final boolean[] target;
    final int[] sourceList;

    Level(int width, int height, float[] rgba, boolean[] hole, int radius) {
        this.width = width;
        this.height = height;
        this.rgba = rgba;
        this.hole = hole;
        boolean[] nearHole = BinaryMask.dilate(hole, width, height, radius);
        this.source = new boolean[hole.length];
        this.target = new boolean[hole.length];
        int sources = 0;
        for (int y = radius; y < height - radius; y++) {
            for (int x = radius; x < width - radius; x++) {
                int i = y * width + x;
                if (nearHole[i]) {
                    target[i] = true;
                } else {
                    source[i] = true;
                    sources++;
                }
            }
        }
        this.sourceList = new int[sources];
        for (int i = 0, n = 0; i < source.length; i++) {
            if (source[i]) {
                sourceList[n++] = i;
            }
        }
    }

    /** The next coarser level: half the size; a coarse pixel is missing when any of its four is. */
    Level reduce(int radius) {
        int w = (width + 1) / 2;
        int h = (height + 1) / 2;
        float[] rgba2 = new float[w * h * 4];
        boolean[] hole2 = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int known = 0;
                float[] sum = new float[4];
                boolean missing = false;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int fx = Math.min(width - 1, 2 * x + dx);
                        int fy = Math.min(height - 1, 2 * y + dy);
                        int f = fy * width + fx;
                        if (hole[f]) {
                            missing = true;
                        } else {
                            known++;
                            for (int c = 0; c < 4; c++) {
                                sum[c] += rgba[f * 4 + c];
                            }
                        }
                    }
                }
                int i = y * w + x;
                hole2[i] = missing;
                if (known > 0) {
                    for (int c = 0; c < 4; c++) {
                        rgba2[i * 4 + c] = sum[c] / known;
                    }
                }
            }
        }
        return new Level(w, h, rgba2, hole2, radius);
    }

    int holeCount() {
        return BinaryMask.count(hole);
    }
}
