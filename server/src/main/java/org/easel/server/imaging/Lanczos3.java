package org.easel.server.imaging;

/**
 * Resizes images with a separable Lanczos-3 filter: sharp when enlarging, free of aliasing when
 * reducing (the kernel widens with the reduction, so every source pixel contributes; bilinear
 * downscaling skips pixels and blurred small crops for peer projects).
 *
 * <p>Colour is filtered premultiplied by alpha, so transparent pixels (whose colour is arbitrary)
 * do not bleed into their neighbours. Values are not clamped: Lanczos rings slightly past the
 * input range at hard edges, and the codecs clamp integer formats when encoding.
 */
public final class Lanczos3 {
    private static final int LOBES = 3;

    private Lanczos3() {
    }

    /** {@code source} resized to {@code width × height}, placed at the same canvas position. */
    public static FloatImage resize(FloatImage source, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("target size must be at least 1x1, got " + width + "x" + height);
        }
        if (width == source.width() && height == source.height()) {
            return source.copy();
        }
        // Opaque images (the usual case) skip the premultiplication: it would change nothing.
        boolean opaque = isOpaque(source.data());
        float[] input = opaque ? source.data() : premultiply(source.data());
        float[] horizontal = pass(input, source.width(), source.height(), width, true);
        float[] both = pass(horizontal, width, source.height(), height, false);
        if (!opaque) {
            unpremultiply(both);
        }
        return new FloatImage(source.x(), source.y(), width, height, both);
    }

    /**
     * Resizes in linear light: sRGB-encoded colour is decoded to linear before filtering and
     * encoded again after, so fine light-on-dark detail keeps its brightness when reduced (in
     * gamma space, averaging black and white gives a too-dark 50% grey instead of 73%).
     */
    public static FloatImage resizeLinearLight(FloatImage source, int width, int height) {
        FloatImage linear = source.copy();
        Srgb.toLinear(linear.data());
        FloatImage out = resize(linear, width, height);
        Srgb.fromLinear(out.data());
        return out;
    }

    /** The weights that map {@code sourceSize} samples onto {@code targetSize}, per target sample. */
    record Kernel(int[] first, float[][] weights) {
        static Kernel of(int sourceSize, int targetSize) {
            double scale = (double) targetSize / sourceSize;
            double stretch = Math.max(1.0, 1.0 / scale);   // widen the kernel when reducing
            double support = LOBES * stretch;
            int[] first = new int[targetSize];
            float[][] weights = new float[targetSize][];
            for (int t = 0; t < targetSize; t++) {
                double centre = (t + 0.5) / scale - 0.5;
                int from = (int) Math.ceil(centre - support);
                int to = (int) Math.floor(centre + support);
                double[] w = new double[to - from + 1];
                double sum = 0;
                for (int s = from; s <= to; s++) {
                    double value = lanczos((s - centre) / stretch);
                    w[s - from] = value;
                    sum += value;
                }
                // Edge samples repeat (clamp), folded into the taps that exist.
                int clampedFrom = Math.max(0, from);
                int clampedTo = Math.min(sourceSize - 1, to);
                float[] folded = new float[clampedTo - clampedFrom + 1];
                for (int s = from; s <= to; s++) {
                    int c = Math.min(clampedTo, Math.max(clampedFrom, s));
                    folded[c - clampedFrom] += (float) (w[s - from] / sum);
                }
                first[t] = clampedFrom;
                weights[t] = folded;
            }
            return new Kernel(first, weights);
        }
    }

    /**
     * One RGBA pixel of a horizontal pass: the sum of {@code w.length} consecutive source pixels from
     * float index {@code s}, each times its weight, written at float index {@code o} of {@code out}.
     */
    static void weightedPixel(float[] src, int s, float[] w, float[] out, int o) {
        float r = 0, g = 0, b = 0, a = 0;
        for (int k = 0; k < w.length; k++, s += 4) {
            float wk = w[k];
            r += src[s] * wk;
            g += src[s + 1] * wk;
            b += src[s + 2] * wk;
            a += src[s + 3] * wk;
        }
        out[o] = r;
        out[o + 1] = g;
        out[o + 2] = b;
        out[o + 3] = a;
    }

    static double lanczos(double x) {
        if (x == 0) {
            return 1;
        }
        if (x <= -LOBES || x >= LOBES) {
            return 0;
        }
        double px = Math.PI * x;
        return LOBES * Math.sin(px) * Math.sin(px / LOBES) / (px * px);
    }

    private static float[] pass(float[] src, int srcWidth, int srcHeight, int targetLength, boolean horizontal) {
        int sourceLength = horizontal ? srcWidth : srcHeight;
        Kernel kernel = Kernel.of(sourceLength, targetLength);
        int outWidth = horizontal ? targetLength : srcWidth;
        int outHeight = horizontal ? srcHeight : targetLength;
        float[] out = new float[outWidth * outHeight * 4];
        if (horizontal) {
            java.util.stream.IntStream.range(0, srcHeight).parallel().forEach(row -> {
                int rowBase = row * srcWidth * 4;
                int outBase = row * outWidth * 4;
                for (int t = 0; t < targetLength; t++) {
                    weightedPixel(src, rowBase + kernel.first[t] * 4, kernel.weights[t], out, outBase + t * 4);
                }
            });
        } else {
            // Whole rows at a time, so memory is read in order.
            int rowFloats = srcWidth * 4;
            java.util.stream.IntStream.range(0, targetLength).parallel().forEach(t -> {
                float[] w = kernel.weights[t];
                int outBase = t * rowFloats;
                for (int k = 0; k < w.length; k++) {
                    float wk = w[k];
                    int srcBase = (kernel.first[t] + k) * rowFloats;
                    for (int i = 0; i < rowFloats; i++) {
                        out[outBase + i] += src[srcBase + i] * wk;
                    }
                }
            });
        }
        return out;
    }

    private static boolean isOpaque(float[] rgba) {
        for (int p = 3; p < rgba.length; p += 4) {
            if (rgba[p] != 1f) {
                return false;
            }
        }
        return true;
    }

    private static float[] premultiply(float[] rgba) {
        float[] out = new float[rgba.length];
        for (int p = 0; p < rgba.length; p += 4) {
            float a = rgba[p + 3];
            out[p] = rgba[p] * a;
            out[p + 1] = rgba[p + 1] * a;
            out[p + 2] = rgba[p + 2] * a;
            out[p + 3] = a;
        }
        return out;
    }

    private static void unpremultiply(float[] rgba) {
        for (int p = 0; p < rgba.length; p += 4) {
            float a = rgba[p + 3];
            if (a > 1e-6f) {
                rgba[p] /= a;
                rgba[p + 1] /= a;
                rgba[p + 2] /= a;
            } else {
                rgba[p] = 0f;
                rgba[p + 1] = 0f;
                rgba[p + 2] = 0f;
                rgba[p + 3] = 0f;
            }
        }
    }
}
