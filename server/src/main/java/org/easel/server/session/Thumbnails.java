package org.easel.server.session;

import org.easel.protocol.PixelFormat;
import org.easel.server.imaging.PixelCodec;
import org.easel.server.imaging.Raster;

/**
 * Small rgba8 previews of remembered layers for the history, at most {@link #MAX_SIDE} pixels on
 * the longest side. Each preview pixel averages the source pixels it covers (weighted by alpha,
 * so transparent pixels do not darken edges), which keeps thin strokes visible where sampling
 * would drop them.
 */
public final class Thumbnails {
    public static final int MAX_SIDE = 128;

    private Thumbnails() {
    }

    public static Raster of(Raster image) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.width(), image.height()));
        int width = Math.max(1, (int) Math.round(image.width() * scale));
        int height = Math.max(1, (int) Math.round(image.height() * scale));
        PixelCodec codec = PixelCodec.of(image.format());
        double[] sums = new double[width * height * 4]; // premultiplied R, G, B, then A
        int[] counts = new int[width * height];
        float[] row = new float[image.width() * 4];
        for (int y = 0; y < image.height(); y++) {
            codec.decode(image.pixels(), y * image.width(), image.width(), row, 0);
            int ty = Math.min(height - 1, (int) ((long) y * height / image.height()));
            for (int x = 0; x < image.width(); x++) {
                int tx = Math.min(width - 1, (int) ((long) x * width / image.width()));
                int cell = ty * width + tx;
                float alpha = clamp(row[x * 4 + 3]);
                for (int c = 0; c < 3; c++) {
                    sums[cell * 4 + c] += clamp(row[x * 4 + c]) * alpha;
                }
                sums[cell * 4 + 3] += alpha;
                counts[cell]++;
            }
        }
        byte[] out = new byte[width * height * 4];
        for (int cell = 0; cell < counts.length; cell++) {
            double alpha = sums[cell * 4 + 3];
            for (int c = 0; c < 3; c++) {
                out[cell * 4 + c] = (byte) Math.round(alpha > 0 ? sums[cell * 4 + c] / alpha * 255 : 0);
            }
            out[cell * 4 + 3] = (byte) Math.round(alpha / counts[cell] * 255);
        }
        return new Raster(0, 0, width, height, PixelFormat.RGBA8, out);
    }

    private static float clamp(float v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
