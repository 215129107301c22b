package org.easel.server.imaging;

import org.easel.server.engines.JobControl;

/**
 * Turns an opaque, canvas-sized layer by a small angle about the canvas centre and enlarges it
 * just enough that no corner of the canvas is left empty, so the canvas keeps its size and the
 * result hides the original completely (what a phone's "straighten" does). The enlargement is
 * {@link #zoom}: for a 3:2 picture 2° costs about 5% of each side.
 *
 * <p>Resampled with Catmull-Rom bicubic weights on the stored values (as the painting programs'
 * own rotate does), which reproduce flat areas and linear gradients exactly. Integer formats are
 * clamped by their codec; float keeps values outside 0–1. Alpha stays exactly opaque. Works in
 * bands of output rows, decoding only the source rows a band reads, so memory stays well below
 * a float copy of the whole layer.
 */
public final class Straighten {
    private static final int BAND_ROWS = 128;

    private Straighten() {
    }

    /** How much the turned picture is enlarged so it still covers a {@code width × height} canvas. */
    public static double zoom(double degrees, int width, int height) {
        double t = Math.toRadians(Math.abs(degrees));
        double cos = Math.cos(t);
        double sin = Math.sin(t);
        return Math.max((width * cos + height * sin) / width, (width * sin + height * cos) / height);
    }

    /**
     * {@code image} (covering the canvas at 0, 0) turned {@code degrees} clockwise (negative:
     * anticlockwise) about its centre and enlarged by {@link #zoom}, as a raster of the same place,
     * size and format.
     */
    public static Raster clockwise(Raster image, double degrees, JobControl control) {
        int w = image.width();
        int h = image.height();
        double t = Math.toRadians(degrees);
        double s = zoom(degrees, w, h);
        // Screen y points down, so this matrix turns clockwise as seen; its inverse finds the source.
        double cos = Math.cos(t) / s;
        double sin = Math.sin(t) / s;
        double cx = w / 2.0;
        double cy = h / 2.0;
        PixelCodec codec = PixelCodec.of(image.format());
        byte[] out = new byte[image.pixels().length];
        float[] row = new float[w * 4];
        for (int top = 0; top < h; top += BAND_ROWS) {
            control.checkCancelled();
            int bottom = Math.min(h, top + BAND_ROWS);
            FloatImage band = sourceRows(image, top, bottom, cx, cy, cos, sin);
            for (int y = top; y < bottom; y++) {
                double dy = y + 0.5 - cy;
                for (int x = 0; x < w; x++) {
                    double dx = x + 0.5 - cx;
                    // Source position in pixel-centre coordinates.
                    double sx = cx + dx * cos + dy * sin - 0.5;
                    double sy = cy - dx * sin + dy * cos - 0.5;
                    sample(band, sx, sy, row, x * 4);
                    row[x * 4 + 3] = 1f;
                }
                codec.encode(row, 0, w, out, y * w);
            }
            control.progress(bottom, h, "straightening");
        }
        return new Raster(image.x(), image.y(), w, h, image.format(), out);
    }

    /** The source rows output rows [top, bottom) read from, with the 2 rows bicubic weights reach past them. */
    private static FloatImage sourceRows(Raster image, int top, int bottom, double cx, double cy, double cos, double sin) {
        double lowest = Double.MAX_VALUE;
        double highest = -Double.MAX_VALUE;
        for (int y : new int[] {top, bottom}) {
            for (int x : new int[] {0, image.width()}) {
                double sy = cy - (x - cx) * sin + (y - cy) * cos;
                lowest = Math.min(lowest, sy);
                highest = Math.max(highest, sy);
            }
        }
        int first = Math.max(0, (int) Math.floor(lowest) - 3);
        int last = Math.min(image.height(), (int) Math.ceil(highest) + 3);
        return FloatImage.read(image, new Rect(0, first, image.width(), Math.max(1, last - first)));
    }

    /** Catmull-Rom bicubic at (sx, sy), edge pixels repeated; writes R, G, B into {@code dst}. */
    private static void sample(FloatImage band, double sx, double sy, float[] dst, int at) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        double[] wx = weights(sx - x0);
        double[] wy = weights(sy - y0);
        float[] data = band.data();
        int left = band.x();
        int right = band.x() + band.width() - 1;
        int upper = band.y();
        int lower = band.y() + band.height() - 1;
        for (int c = 0; c < 3; c++) {
            double sum = 0;
            for (int j = 0; j < 4; j++) {
                int yy = Math.max(upper, Math.min(lower, y0 - 1 + j));
                double across = 0;
                for (int i = 0; i < 4; i++) {
                    int xx = Math.max(left, Math.min(right, x0 - 1 + i));
                    across += wx[i] * data[band.offset(xx, yy) + c];
                }
                sum += wy[j] * across;
            }
            dst[at + c] = (float) sum;
        }
    }

    /** Catmull-Rom weights of the four taps at −1, 0, 1, 2 for a position {@code f} ∈ [0, 1) past tap 0. */
    private static double[] weights(double f) {
        double f2 = f * f;
        double f3 = f2 * f;
        return new double[] {
            0.5 * (-f3 + 2 * f2 - f),
            0.5 * (3 * f3 - 5 * f2 + 2),
            0.5 * (-3 * f3 + 4 * f2 + f),
            0.5 * (f3 - f2)
        };
    }
}
