package org.easel.server.engines.classical.fill;

/** Generated images with known content, so a fill can be compared with the truth it replaced. */
final class FillImages {
    static final int SIZE = 192;

    private FillImages() {
    }

    interface Colour {
        void at(int x, int y, float[] rgb);
    }

    static float[] image(int width, int height, Colour colour) {
        float[] rgba = new float[width * height * 4];
        float[] rgb = new float[3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                colour.at(x, y, rgb);
                int i = (y * width + x) * 4;
                rgba[i] = rgb[0];
                rgba[i + 1] = rgb[1];
                rgba[i + 2] = rgb[2];
                rgba[i + 3] = 1f;
            }
        }
        return rgba;
    }

    /** A two-dimensional periodic texture: bricks 16 px wide and 12 px high, with detail inside. */
    static void bricks(int x, int y, float[] rgb) {
        int row = y / 12;
        int shifted = x + (row % 2) * 8;
        boolean mortar = y % 12 < 2 || shifted % 16 < 2;
        float detail = 0.08f * (float) Math.sin(x * 0.9) * (float) Math.cos(y * 1.3);
        rgb[0] = mortar ? 0.85f : 0.6f + detail;
        rgb[1] = mortar ? 0.82f : 0.25f + detail;
        rgb[2] = mortar ? 0.78f : 0.15f;
    }

    /** A hard straight edge at a slant: dark blue above the line, light orange below it. */
    static void slantedEdge(int x, int y, float[] rgb) {
        boolean below = y > 0.45 * x + 50;
        rgb[0] = below ? 0.95f : 0.1f;
        rgb[1] = below ? 0.6f : 0.15f;
        rgb[2] = below ? 0.2f : 0.5f;
    }

    /** A smooth sky-like gradient: mostly top to bottom, with a gentler change across. */
    static void gradient(int x, int y, float[] rgb) {
        float down = y / (float) SIZE;
        float across = x / (float) SIZE;
        rgb[0] = 0.2f + 0.6f * down + 0.1f * across;
        rgb[1] = 0.4f + 0.3f * down - 0.1f * across;
        rgb[2] = 0.9f - 0.5f * down;
    }

    static boolean[] rectangleHole(int width, int height, int x0, int y0, int w, int h) {
        boolean[] hole = new boolean[width * height];
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                hole[y * width + x] = true;
            }
        }
        return hole;
    }

    /** Mean absolute RGB error over the hole pixels, 0..1. */
    static double holeError(float[] result, float[] truth, boolean[] hole) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < hole.length; i++) {
            if (hole[i]) {
                for (int c = 0; c < 3; c++) {
                    sum += Math.abs(result[i * 4 + c] - truth[i * 4 + c]);
                }
                n += 3;
            }
        }
        return sum / n;
    }

    /** The naive fill: every hole pixel becomes the mean colour of the known pixels. */
    static void meanFill(float[] rgba, boolean[] hole) {
        double[] sum = new double[4];
        int n = 0;
        for (int i = 0; i < hole.length; i++) {
            if (!hole[i]) {
                for (int c = 0; c < 4; c++) {
                    sum[c] += rgba[i * 4 + c];
                }
                n++;
            }
        }
        for (int i = 0; i < hole.length; i++) {
            if (hole[i]) {
                for (int c = 0; c < 4; c++) {
                    rgba[i * 4 + c] = (float) (sum[c] / n);
                }
            }
        }
    }
}
